"""Qt item models: each holds ids plus preformatted display rows, so ``data()`` stays cheap."""
