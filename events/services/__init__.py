"""Every write to an event goes through these functions, one module per subdomain.

Each one checks its rule and, when it refuses, raises `ValidationError` with a message a
facilitator understands; views show that message on the page, next to the field it concerns.
"""
