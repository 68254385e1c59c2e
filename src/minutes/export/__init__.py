"""Document export: the official Vietnamese formats (Decree 30/2020, HD 36-HD/VPTW) and a plain family."""
