"""Benchmarks at office scale: a seeded data generator (``generate.py``) and the runner (``run.py``).

See docs/performance.md for how to run them and the latest figures.
"""
