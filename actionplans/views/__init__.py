"""The action-plan pages, one module per subdomain; `actionplans/urls.py` lists them all."""
