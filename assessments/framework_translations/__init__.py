"""The default framework's texts in the other languages, keyed by code (see
default_framework.py)."""
