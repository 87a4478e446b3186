"""Pages of assessments, one module per subdomain: frameworks, rounds, answers, consensus,
results, inventory. Each view loads and checks through `event_view` or `object_view`.
"""
