"""Reads, one module per subdomain: querysets already limited to what the person asking may see."""
