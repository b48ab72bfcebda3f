"""Where things are in a TOML text: tomllib gives values but no line numbers, and a catalog
problem a person can fix needs its line."""

from __future__ import annotations

import re
import tomllib


def decode_error_line(exc: tomllib.TOMLDecodeError) -> int | None:
    lineno = getattr(exc, "lineno", None)
    if isinstance(lineno, int):
        return lineno
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else None


def strip_position(exc: tomllib.TOMLDecodeError) -> str:
    msg = getattr(exc, "msg", None) or str(exc)
    return re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(msg))


class Locator:
    """Finds the line of a table or key in the TOML text (tomllib gives no positions)."""

    _HEADER = re.compile(r"^\s*\[\[\s*(service(?:\.function(?:\.endpoint)?)?)\s*\]\]")

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.services: list[int] = []
        self.functions: dict[tuple[int, int], int] = {}
        self.endpoints: dict[tuple[int, int, int], int] = {}
        si = fi = ei = -1
        for number, content in enumerate(self.lines, start=1):
            match = self._HEADER.match(content)
            if not match:
                continue
            kind = match.group(1)
            if kind == "service":
                si, fi = si + 1, -1
                self.services.append(number)
            elif kind == "service.function":
                fi, ei = fi + 1, -1
                self.functions[(si, fi)] = number
            else:
                ei += 1
                self.endpoints[(si, fi, ei)] = number

    def service_line(self, si: int) -> int | None:
        return self.services[si] if si < len(self.services) else None

    def function_line(self, si: int, fi: int) -> int | None:
        return self.functions.get((si, fi))

    def endpoint_line(self, si: int, fi: int, ei: int) -> int | None:
        return self.endpoints.get((si, fi, ei))

    def key_line(self, start: int | None, key: str) -> int | None:
        """The first `key = ...` line after line `start` and before the next table header."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range((start or 0) + 1, len(self.lines) + 1):
            content = self.lines[number - 1]
            if content.lstrip().startswith("["):
                return None
            if pattern.match(content):
                return number
        return None
