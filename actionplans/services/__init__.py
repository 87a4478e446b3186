"""Every write to key issues, the plan, its versions, the endorsement, pledges and the
follow-up, one module per subdomain; callers import from the subdomain's module."""
