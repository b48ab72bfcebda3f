"""Turn the real exception chain of a failed network operation into one outcome word.

One classifier for every probe (the dpi-detector habit): it walks __cause__/__context__ and
exception groups and looks at errno values, so "reset" means the kernel really saw a reset.
"""

from __future__ import annotations

import errno
import ssl
from collections.abc import Iterator

_REFUSED = {errno.ECONNREFUSED, 10061}
_RESET = {errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED, 10054, 10053}
_TIMEOUT = {errno.ETIMEDOUT, 10060}
_UNREACHABLE = {
    errno.ENETUNREACH,
    errno.EHOSTUNREACH,
    errno.EHOSTDOWN,
    errno.ENETDOWN,
    errno.EACCES,  # a local "prohibit" route or firewall
    errno.EPERM,
    10051,
    10065,
}


def walk(exc: BaseException) -> Iterator[BaseException]:
    """Every exception in the chain, outermost first, each once."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        current = stack.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, BaseExceptionGroup):
            stack.extend(current.exceptions)
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                stack.append(linked)


def describe(exc: BaseException) -> tuple[str, ...]:
    """The chain as short readable lines ("ConnectionResetError: [Errno 104] ...")."""
    lines = []
    for item in walk(exc):
        text = str(item).strip() or repr(item)
        lines.append(f"{type(item).__name__}: {text}"[:300])
    return tuple(lines)


def _errnos(exc: BaseException) -> set[int]:
    found = set()
    for item in walk(exc):
        if isinstance(item, OSError):
            for value in (item.errno, getattr(item, "winerror", None)):
                if isinstance(value, int):
                    found.add(value)
    return found


def _has(exc: BaseException, kind: type[BaseException]) -> bool:
    return any(isinstance(item, kind) for item in walk(exc))


def connect_outcome(exc: BaseException) -> str:
    """refused | reset | timeout | unreachable | error, for a failed TCP connect."""
    codes = _errnos(exc)
    if codes & _REFUSED or _has(exc, ConnectionRefusedError):
        return "refused"
    if codes & _RESET or _has(exc, ConnectionResetError) or _has(exc, ConnectionAbortedError):
        return "reset"
    if codes & _UNREACHABLE:
        return "unreachable"
    if codes & _TIMEOUT or _has(exc, TimeoutError):
        return "timeout"
    return "error"


def is_reset(exc: BaseException) -> bool:
    return connect_outcome(exc) == "reset" or _has(exc, BrokenPipeError)


def is_timeout(exc: BaseException) -> bool:
    return _has(exc, TimeoutError) and not is_reset(exc)


def tls_failure(exc: BaseException) -> str:
    """Which kind of TLS failure, from ssl's exception and its reason string."""
    for item in walk(exc):
        if isinstance(item, ssl.SSLCertVerificationError):
            return "bad_certificate"
    for item in walk(exc):
        if isinstance(item, ssl.SSLError):
            reason = (item.reason or str(item)).upper()
            if "ALERT" in reason:
                return "alert"
            if "WRONG_VERSION_NUMBER" in reason or "RECORD_LAYER" in reason:
                return "non_tls_reply"
            if isinstance(item, ssl.SSLEOFError | ssl.SSLZeroReturnError):
                return "closed"
            return "protocol_error"
    return "error"
