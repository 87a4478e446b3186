"""Every write to assessments, one module per subdomain: frameworks, rounds, answers, consensus,
inventory. Each refuses with a `ValidationError` that says why, in words a member understands.
"""
