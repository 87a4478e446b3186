"""Reads for assessments, one module per subdomain: frameworks, rounds, answers, consensus,
results, inventory. Each returns what the person may see; views and services import the module.
"""
