"""Periodic screenshot reports: every dashboard page as a PNG and one PDF, from a real
browser, ready to attach to an official report. ``python -m dashboard.report --help``."""
