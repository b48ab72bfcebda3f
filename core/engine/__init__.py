"""One diagnostic run: the run context, name resolution, endpoint probing, signatures, events."""
