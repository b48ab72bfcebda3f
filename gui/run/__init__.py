"""The diagnostic view: run bar, banner, service tiles and the details of one service."""
