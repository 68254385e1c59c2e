"""The benchmark tests: the generator's data and the runner's quick mode (part of the normal suite)."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "benchmarks: checks that the benchmarks work (not their figures)")
