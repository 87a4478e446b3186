"""Benchmarks, synthetic data and the load test: measuring code that sits with the wiring and
may import every app; nothing in the site imports it."""
