"""Judge only: pure functions from measured facts to verdict codes, status and words."""
