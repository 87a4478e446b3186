"""Forms of the action plan, one module per subdomain."""
