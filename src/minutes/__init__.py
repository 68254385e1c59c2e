"""Biên bản: meeting minutes and action tracking for formal meetings."""

__version__ = "0.1.0"
