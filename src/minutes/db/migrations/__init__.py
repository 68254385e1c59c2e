"""Alembic migrations (env.py and versions/), shipped with the package."""
