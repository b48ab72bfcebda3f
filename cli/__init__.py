"""`svyaz` on the command line: the same engine as the app, headless. Never imports Qt."""
