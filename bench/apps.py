from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Benchmarks and the load test: commands that build data and measure, never served."""

    name = "bench"
    verbose_name = "Benchmarks"
