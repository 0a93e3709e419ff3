"""Benchmarks for ``make bench``: figures printed, each against a baseline timed in the same run."""
