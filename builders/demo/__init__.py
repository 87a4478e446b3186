"""The demo of `manage.py seed_demo`: its content, its event and its plan, and the demo event
grown large for the report benchmarks."""
