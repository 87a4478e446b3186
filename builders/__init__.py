"""Data builders for the tests, the demo and the benchmarks: factories, and events, rounds and
plans built through the real services. Sits with the wiring and may import every app."""
