"""Svyaz desktop app (Qt). Imports core; core never imports this."""
