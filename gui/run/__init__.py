"""The diagnostic view: run bar, banner, tiles, a service's details, the run state, stored runs."""
