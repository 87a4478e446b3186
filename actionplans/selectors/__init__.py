"""Reads for key issues, the plan, its versions, the endorsement, donors and the follow-up, one
module per subdomain; callers import from the subdomain's module."""
