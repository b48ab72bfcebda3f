"""Watch mode in the window: the tray icon, the network-change source, the watcher on the
engine thread (docs/watch.md, "In the app"). The loop itself is `core.watch`."""
