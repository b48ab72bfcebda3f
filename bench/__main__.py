"""`make bench`: print every speed, size and accuracy figure the issues set targets for."""

from __future__ import annotations

from bench import engine, history

if __name__ == "__main__":
    engine.main()
    history.main()
