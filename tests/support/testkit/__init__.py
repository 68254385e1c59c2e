"""Helpers for this project's tests (kept out of the installed package; pytest puts ``tests/support`` on
the path, see ``pythonpath`` in pyproject.toml): ``compare`` (DTOs without ids), ``docx_read`` (reading
documents back), ``qt`` (typing Vietnamese into widgets as an input method does, waiting for the editor).
Synthetic meetings and tasks at scale live in ``benchmarks/synthetic.py``, shared with the benchmarks."""
