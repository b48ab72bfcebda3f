"""Rows read straight from a damaged SQLite file's pages, the way SQLite's own recovery does.

A file cut short (a full disk, a crash) or with a broken page no longer opens as a database:
SQLite refuses the whole file ("database disk image is malformed") though most of its pages
are intact. This reads every page on its own (and the write-ahead log's copies of pages),
takes each table leaf page's cells, follows their overflow chains while the pages are there,
and decodes the records, so every row whose pages survive comes back. Nothing here knows
which table a page belonged to; `core.history.recovery` tells rows apart by their shape.

The file format: https://www.sqlite.org/fileformat2.html (b-tree pages, cells, records).
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"SQLite format 3\x00"
TABLE_LEAF = 0x0D
TABLE_INTERIOR = 0x05
WAL_HEADER = 32
WAL_FRAME_HEADER = 24
MAX_PAYLOAD = 16 * 1024 * 1024
"""A cell whose payload claims more than this is not assembled: a stored document is ~10 KB
compressed, and none may inflate past 16 MB (core/history/schema.py: MAX_DOCUMENT_BYTES), so a
larger cell is damage or hostile, and assembling it would cost its size twice in memory."""

Value = None | int | float | bytes | str


class NotSQLite(Exception):
    """The file does not start with SQLite's header: there are no pages to read."""


@dataclass(frozen=True)
class Cell:
    """One row of a table leaf page: its values, or only the record's column types when part
    of it is lost (an overflow page past the end of the file, a broken chain)."""

    rowid: int
    types: tuple[int, ...]
    values: tuple[Value, ...] | None


class PageFile:
    """The pages of a database file and of its write-ahead log (the log's copy is newer)."""

    def __init__(self, path: Path) -> None:
        self._file: BinaryIO = path.open("rb")
        self._wal: BinaryIO | None = None
        try:
            header = self._file.read(100)
            if len(header) < 100 or not header.startswith(MAGIC):
                raise NotSQLite(f"{path} is not an SQLite database")
            size = struct.unpack(">H", header[16:18])[0]
            self.page_size = 65536 if size == 1 else size
            if self.page_size < 512 or self.page_size & (self.page_size - 1):
                raise NotSQLite(f"{path}: page size {size} is not one SQLite writes")
            self.usable = self.page_size - header[20]
            self._file.seek(0, 2)
            self.pages = self._file.tell() // self.page_size
            self._frames = self._wal_frames(Path(f"{path}-wal"))
            self.pages = max([self.pages, *self._frames])
        except BaseException:
            self.close()
            raise

    def _wal_frames(self, wal: Path) -> dict[int, int]:
        """Page number → offset of its last committed copy in the log. Only frames of the
        log's current generation (their salt matches the header's) up to the last commit
        count, as SQLite itself reads them: an older generation's leftovers could bring back
        a page as it was before a run was deleted."""
        try:
            self._wal = wal.open("rb")
        except OSError:
            return {}
        header = self._wal.read(WAL_HEADER)
        if len(header) < WAL_HEADER or struct.unpack(">I", header[8:12])[0] != self.page_size:
            return {}
        salt = header[16:24]
        frames: dict[int, int] = {}
        pending: dict[int, int] = {}
        offset = WAL_HEADER
        while True:
            self._wal.seek(offset)
            frame = self._wal.read(WAL_FRAME_HEADER)
            if len(frame) < WAL_FRAME_HEADER or frame[8:16] != salt:
                break
            page, committed = struct.unpack(">II", frame[:8])
            start = offset + WAL_FRAME_HEADER
            self._wal.seek(start + self.page_size - 1)
            if page < 1 or not self._wal.read(1):
                break
            pending[page] = start
            if committed:  # a commit frame: every frame up to here is part of the database
                frames.update(pending)
                pending.clear()
            offset = start + self.page_size
        return frames

    def page(self, number: int) -> bytes | None:
        """Page `number` (from 1), or None when it is not in the file (cut off)."""
        if number < 1:
            return None
        source, offset = (
            (self._wal, self._frames[number])
            if number in self._frames and self._wal is not None
            else (self._file, (number - 1) * self.page_size)
        )
        source.seek(offset)
        data = source.read(self.page_size)
        return data if len(data) == self.page_size else None

    def close(self) -> None:
        self._file.close()
        if self._wal is not None:
            self._wal.close()

    def __enter__(self) -> PageFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def varint(data: bytes, at: int) -> tuple[int, int]:
    """SQLite's variable-length integer at `at`: (value, the offset after it)."""
    value = 0
    for i in range(8):
        byte = data[at + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + i + 1
    return (value << 8) | data[at + 8], at + 9


_FIXED = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8, 8: 0, 9: 0}


def _width(serial: int) -> int:
    if serial in _FIXED:
        return _FIXED[serial]
    if serial >= 12:
        return (serial - 12) // 2 if serial % 2 == 0 else (serial - 13) // 2
    raise ValueError(f"serial type {serial} is reserved")


def record_types(payload: bytes) -> tuple[tuple[int, ...], int]:
    """A record's column serial types and where its body starts (raises on a bad header)."""
    size, at = varint(payload, 0)
    if size > len(payload) or size < at:
        raise ValueError("record header past the payload")
    types = []
    while at < size:
        serial, at = varint(payload, at)
        _width(serial)
        types.append(serial)
    return tuple(types), size


def _value(serial: int, raw: bytes) -> Value:
    if serial == 0:
        return None
    if serial in (8, 9):
        return serial - 8
    if serial == 7:
        return float(struct.unpack(">d", raw)[0])
    if serial <= 6:
        return int.from_bytes(raw, "big", signed=True)
    if serial % 2 == 0:
        return bytes(raw)
    return raw.decode("utf-8", errors="replace")


def record_values(payload: bytes, types: tuple[int, ...], body: int) -> tuple[Value, ...]:
    values = []
    for serial in types:
        width = _width(serial)
        if body + width > len(payload):
            raise ValueError("record body past the payload")
        values.append(_value(serial, payload[body : body + width]))
        body += width
    return tuple(values)


def _payload(pages: PageFile, data: bytes, at: int, size: int) -> tuple[bytes, bool]:
    """The cell's payload of `size` bytes starting at `at`: (bytes, complete)."""
    usable = pages.usable
    most = usable - 35
    if size <= most:
        return data[at : at + size], at + size <= len(data)
    least = ((usable - 12) * 32 // 255) - 23
    local = least + (size - least) % (usable - 4)
    if local > most:
        local = least
    parts = [data[at : at + local]]
    if size > MAX_PAYLOAD or at + local + 4 > len(data):
        return parts[0], False
    remaining = size - local
    next_page = struct.unpack(">I", data[at + local : at + local + 4])[0]
    hops = 0
    while remaining > 0:
        hops += 1
        page = pages.page(next_page) if hops <= pages.pages else None
        if page is None:
            return b"".join(parts), False
        take = min(usable - 4, remaining)
        parts.append(page[4 : 4 + take])
        remaining -= take
        next_page = struct.unpack(">I", page[:4])[0]
    return b"".join(parts), True


def _cells(pages: PageFile, number: int, data: bytes) -> Iterator[Cell]:
    head = 100 if number == 1 else 0
    if data[head] != TABLE_LEAF:
        return
    count = struct.unpack(">H", data[head + 3 : head + 5])[0]
    for k in range(count):
        pointer = head + 8 + 2 * k
        try:
            at = struct.unpack(">H", data[pointer : pointer + 2])[0]
            size, at = varint(data, at)
            rowid, at = varint(data, at)
            payload, complete = _payload(pages, data, at, size)
            types, body = record_types(payload)
            values = record_values(payload, types, body) if complete else None
        except (IndexError, ValueError, struct.error):
            continue  # a cell that is not one: the page is damaged here
        yield Cell(rowid, types, values)


def table_rows(path: Path) -> Iterator[Cell]:
    """Every cell of every table leaf page still in the file (raises NotSQLite, OSError)."""
    with PageFile(path) as pages:
        for number in range(1, pages.pages + 1):
            data = pages.page(number)
            if data is not None:
                yield from _cells(pages, number, data)


def _tree_leaves(pages: PageFile, root: int) -> Iterator[tuple[int, bytes]]:
    """The leaf pages of the table b-tree at `root` that are still in the file. The schema
    outgrows page 1 once it names enough tables (history schema 5 does): page 1 then becomes
    an interior page pointing at its leaves."""
    todo: list[int] = [root]
    seen: set[int] = set()
    while todo and len(seen) <= pages.pages:
        number = todo.pop()
        if number in seen or not 1 <= number <= pages.pages:
            continue
        seen.add(number)
        data = pages.page(number)
        if data is None:
            continue
        head = 100 if number == 1 else 0
        try:
            if data[head] == TABLE_LEAF:
                yield number, data
            elif data[head] == TABLE_INTERIOR:
                count = struct.unpack(">H", data[head + 3 : head + 5])[0]
                todo.append(struct.unpack(">I", data[head + 8 : head + 12])[0])
                for k in range(count):
                    at = struct.unpack(">H", data[head + 12 + 2 * k : head + 14 + 2 * k])[0]
                    todo.append(struct.unpack(">I", data[at : at + 4])[0])
        except (IndexError, struct.error):
            continue  # a damaged page: its children are lost, the rest is still read


def table_names(path: Path) -> set[str]:
    """The tables the schema (the b-tree rooted at page 1) names, read directly: whose file a
    damaged database is, when SQLite cannot say. Empty when page 1 cannot be read."""
    try:
        with PageFile(path) as pages:
            cells = [c for n, data in _tree_leaves(pages, 1) for c in _cells(pages, n, data)]
    except (NotSQLite, OSError):
        return set()
    return {
        str(cell.values[1])
        for cell in cells
        if cell.values is not None and len(cell.values) == 5 and cell.values[0] == "table"
    }
