"""Speed and size figures (`make bench`): printed, never asserted in unit tests."""
