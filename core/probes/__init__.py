"""Measure only: one network operation each, with real errno and timings; never a verdict."""
