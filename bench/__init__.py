"""Benchmarks: run as ``python -m bench.<name>``; they print figures, they assert nothing."""
