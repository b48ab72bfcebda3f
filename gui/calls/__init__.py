"""The call-quality view: live chart, big numbers and a verdict per messenger."""
