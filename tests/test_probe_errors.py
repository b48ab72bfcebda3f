"""The failure classifier reads POSIX errnos and Windows' own codes (constructed exceptions)."""

from __future__ import annotations

import errno
import socket
import ssl

import pytest

from core.probes import errors


def windows_error(winerror: int, errno_value: int = errno.EINVAL) -> OSError:
    """What the Proactor loop raises: a plain OSError with a Win32 code in `winerror` (the
    attribute is only filled in by Python on Windows, so it is set by hand here)."""
    exc = OSError(errno_value, f"[WinError {winerror}] something")
    exc.winerror = winerror  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(
    ("winerror", "outcome"),
    [
        (1231, "unreachable"),  # ERROR_NETWORK_UNREACHABLE
        (1232, "unreachable"),  # ERROR_HOST_UNREACHABLE
        (121, "timeout"),  # ERROR_SEM_TIMEOUT
        (1225, "refused"),  # ERROR_CONNECTION_REFUSED
        (64, "reset"),  # ERROR_NETNAME_DELETED
        (1236, "reset"),  # ERROR_CONNECTION_ABORTED
        (10061, "refused"),
        (10054, "reset"),
        (10060, "timeout"),
        (10051, "unreachable"),
    ],
)
def test_proactor_codes_in_a_plain_oserror(winerror: int, outcome: str) -> None:
    assert errors.connect_outcome(windows_error(winerror)) == outcome


def test_windows_codes_inside_a_chain() -> None:
    try:
        try:
            raise windows_error(1232)
        except OSError as inner:
            raise ConnectionError("connect failed") from inner
    except ConnectionError as outer:
        assert errors.connect_outcome(outer) == "unreachable"
    group = ExceptionGroup("happy eyeballs", [windows_error(121)])
    assert errors.connect_outcome(group) == "timeout"
    assert errors.is_timeout(windows_error(121))
    assert not errors.is_timeout(windows_error(1231))


@pytest.mark.parametrize("number", [121, 64, 1231, 1232])
def test_win32_numbers_as_posix_errnos_are_not_read_as_windows_codes(number: int) -> None:
    """errno 121 is EREMOTEIO and 64 ENONET on Linux: only `winerror` carries Win32 codes."""
    assert errors.connect_outcome(OSError(number, "posix")) == "error"


def test_posix_errnos_unchanged() -> None:
    assert errors.connect_outcome(ConnectionRefusedError(errno.ECONNREFUSED, "x")) == "refused"
    assert errors.connect_outcome(OSError(errno.ENETUNREACH, "x")) == "unreachable"
    assert errors.connect_outcome(OSError(errno.ETIMEDOUT, "x")) == "timeout"
    assert errors.connect_outcome(ConnectionResetError(errno.ECONNRESET, "x")) == "reset"
    assert errors.tls_failure(ssl.SSLCertVerificationError("bad")) == "bad_certificate"


@pytest.mark.parametrize(
    ("code", "outcome"),
    [
        (11001, "nxdomain"),  # WSAHOST_NOT_FOUND == EAI_NONAME == EAI_NODATA on Windows
        (11004, "nodata"),  # WSANO_DATA
        (11002, "timeout"),  # WSATRY_AGAIN
        (11003, "error"),  # WSANO_RECOVERY
        (socket.EAI_NONAME, "nxdomain"),
        (getattr(socket, "EAI_NODATA", -5), "nodata"),
        (socket.EAI_AGAIN, "timeout"),
        (socket.EAI_FAIL, "error"),
    ],
)
def test_resolver_outcome(code: int, outcome: str) -> None:
    assert errors.resolver_outcome(socket.gaierror(code, "getaddrinfo failed")) == outcome
