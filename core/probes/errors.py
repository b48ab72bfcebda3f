"""Turn the real exception chain of a failed network operation into one outcome word.

One classifier for every probe (the dpi-detector habit): it walks __cause__/__context__ and
exception groups and looks at errno values, so "reset" means the kernel really saw a reset.
Windows' own codes are matched on `winerror` only (the Proactor loop puts Win32 codes inside a
plain OSError whose errno says little, and their numbers mean other things as POSIX errnos).
"""

from __future__ import annotations

import errno
import socket
import ssl
from collections.abc import Iterator

from core.codes import Outcome

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
# Win32 codes the Proactor loop reports (matched on `winerror` only): ERROR_CONNECTION_REFUSED,
# ERROR_NETNAME_DELETED (64) and ERROR_CONNECTION_ABORTED, ERROR_SEM_TIMEOUT (121),
# ERROR_NETWORK_UNREACHABLE (1231) and ERROR_HOST_UNREACHABLE (1232).
_WIN_REFUSED = {1225}
_WIN_RESET = {64, 1236}
_WIN_TIMEOUT = {121}
_WIN_UNREACHABLE = {1231, 1232}
# getaddrinfo on Windows: WSAHOST_NOT_FOUND (11001) is NXDOMAIN, and Python's EAI_NONAME and
# EAI_NODATA both equal it; "the name exists, no address" is WSANO_DATA (11004);
# WSATRY_AGAIN (11002) is a resolver that did not answer in time.
_WIN_RESOLVER = {11001: Outcome.NXDOMAIN, 11004: Outcome.NODATA, 11002: Outcome.TIMEOUT}


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


def _winerrors(exc: BaseException) -> set[int]:
    found = set()
    for item in walk(exc):
        value = getattr(item, "winerror", None) if isinstance(item, OSError) else None
        if isinstance(value, int):
            found.add(value)
    return found


def _has(exc: BaseException, kind: type[BaseException]) -> bool:
    return any(isinstance(item, kind) for item in walk(exc))


def connect_outcome(exc: BaseException) -> Outcome:
    """refused | reset | timeout | unreachable | error, for a failed TCP connect."""
    codes, windows = _errnos(exc), _winerrors(exc)
    if codes & _REFUSED or windows & _WIN_REFUSED or _has(exc, ConnectionRefusedError):
        return Outcome.REFUSED
    if (
        codes & _RESET
        or windows & _WIN_RESET
        or _has(exc, ConnectionResetError)
        or _has(exc, ConnectionAbortedError)
    ):
        return Outcome.RESET
    if codes & _UNREACHABLE or windows & _WIN_UNREACHABLE:
        return Outcome.UNREACHABLE
    if codes & _TIMEOUT or windows & _WIN_TIMEOUT or _has(exc, TimeoutError):
        return Outcome.TIMEOUT
    return Outcome.ERROR


def resolver_outcome(exc: socket.gaierror) -> Outcome:
    """nxdomain | nodata | timeout | error for a failed getaddrinfo, on POSIX and Windows."""
    code = exc.errno
    if code in _WIN_RESOLVER:  # checked first: on Windows EAI_NONAME == EAI_NODATA == 11001
        return _WIN_RESOLVER[code]
    posix = {
        socket.EAI_NONAME: Outcome.NXDOMAIN,
        getattr(socket, "EAI_NODATA", -5): Outcome.NODATA,
        socket.EAI_AGAIN: Outcome.TIMEOUT,
    }
    return posix.get(code, Outcome.ERROR)


def is_reset(exc: BaseException) -> bool:
    return connect_outcome(exc) == Outcome.RESET or _has(exc, BrokenPipeError)


def is_timeout(exc: BaseException) -> bool:
    timed_out = _has(exc, TimeoutError) or bool(_winerrors(exc) & _WIN_TIMEOUT)
    return timed_out and not is_reset(exc)


def tls_failure(exc: BaseException) -> Outcome:
    """Which kind of TLS failure, from ssl's exception and its reason string."""
    for item in walk(exc):
        if isinstance(item, ssl.SSLCertVerificationError):
            return Outcome.BAD_CERTIFICATE
    for item in walk(exc):
        if isinstance(item, ssl.SSLError):
            reason = (item.reason or str(item)).upper()
            if "ALERT" in reason:
                return Outcome.ALERT
            if "WRONG_VERSION_NUMBER" in reason or "RECORD_LAYER" in reason:
                return Outcome.NON_TLS_REPLY
            if isinstance(item, ssl.SSLEOFError | ssl.SSLZeroReturnError):
                return Outcome.CLOSED
            return Outcome.PROTOCOL_ERROR
    return Outcome.ERROR
