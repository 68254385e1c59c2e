"""Storage: SQLAlchemy mapping, engine, migrations."""
