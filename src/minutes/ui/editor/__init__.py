"""The meeting editor: one section per part of a meeting, in the order a meeting happens."""
