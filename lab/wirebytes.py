"""The bytes the calling thread's sockets move, counted at the socket itself (a monkeypatch of
socket.socket's send and receive methods): the yardstick the run's own count
(core/probes/meter.py) is held against, in the tests and the bench. The lab serves from its own
thread, so only the client's side is counted."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Callable, Iterator

_SENDS = ("send", "sendto", "sendall")
_RECEIVES = ("recv", "recv_into", "recvfrom", "recvfrom_into")


@contextlib.contextmanager
def wire_bytes() -> Iterator[dict[str, int]]:
    """Bytes the calling thread's sockets send and receive while inside (payload, both ways).

    The lab serves from its own thread in this process, so only this thread is counted.
    """
    counts = {"sent": 0, "received": 0}
    me = threading.get_ident()
    originals = {name: getattr(socket.socket, name) for name in (*_SENDS, *_RECEIVES)}

    def counting(name: str, original: Callable[..., object]) -> Callable[..., object]:
        def wrapper(sock: socket.socket, *args: object, **kwargs: object) -> object:
            result = original(sock, *args, **kwargs)
            if threading.get_ident() == me:
                counts.update(_counted(name, args, result, counts))
            return result

        return wrapper

    for name, original in originals.items():
        setattr(socket.socket, name, counting(name, original))
    try:
        yield counts
    finally:
        for name, original in originals.items():
            setattr(socket.socket, name, original)


def _counted(name: str, args: tuple[object, ...], result: object, counts: dict[str, int]) -> dict:
    if name == "sendall" and args and isinstance(args[0], bytes | bytearray | memoryview):
        return {"sent": counts["sent"] + len(args[0])}
    if name in _SENDS and isinstance(result, int):
        return {"sent": counts["sent"] + result}
    if isinstance(result, bytes):
        size = len(result)
    elif isinstance(result, int):
        size = result
    elif isinstance(result, tuple) and result:
        first = result[0]
        size = len(first) if isinstance(first, bytes) else first if isinstance(first, int) else 0
    else:
        size = 0
    return {"received": counts["received"] + size}
