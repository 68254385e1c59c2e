"""Everything Qt: widgets, item models, dialogs. The only package that imports PySide6."""
