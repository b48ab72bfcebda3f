"""The history view: stored runs, a per-service timeline by day, two runs compared."""
