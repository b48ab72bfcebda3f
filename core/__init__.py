"""Svyaz's probing engine: catalog -> probes -> steps -> verdicts. Never imports Qt."""

__version__ = "0.1.0"
