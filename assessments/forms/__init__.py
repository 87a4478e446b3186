"""Forms of assessments, one module per subdomain; the services decide what is allowed."""
