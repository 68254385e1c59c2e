"""Rules and value types. Pure Python: no database, no Qt."""
