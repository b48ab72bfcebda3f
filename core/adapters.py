"""Network adapters as Windows describes them: psutil only gives friendly names ("Ethernet 2").

What identifies a VPN on Windows is the adapter's description ("TAP-Windows Adapter V9",
"Wintun Userspace Tunnel", "WireGuard Tunnel") or its type (PPP for the built-in VPN client);
both come from GetAdaptersAddresses through ctypes, read locally. Elsewhere the interface name
already says it (wg0, tun0, utun3), and this module returns nothing.
"""

from __future__ import annotations

import ctypes
import sys
from dataclasses import dataclass

# IANA ifType values Windows reports.
IF_TYPE_PPP = 23  # the built-in VPN client (PPTP, L2TP, SSTP, IKEv2) and dial-up
IF_TYPE_TUNNEL = 131

_ERROR_BUFFER_OVERFLOW = 111
_AF_UNSPEC = 0
# Skip the address lists: only the names, description and type are read.
_GAA_FLAGS = 0x0001 | 0x0002 | 0x0004 | 0x0008  # SKIP_UNICAST|ANYCAST|MULTICAST|DNS_SERVER


@dataclass(frozen=True)
class AdapterFacts:
    description: str
    if_type: int
    up: bool


class _AdapterAddresses(ctypes.Structure):
    """The leading fields of IP_ADAPTER_ADDRESSES (iphlpapi.h); the rest is never read."""


_AdapterAddresses._fields_ = [
    ("length", ctypes.c_uint32),
    ("if_index", ctypes.c_uint32),
    ("next", ctypes.POINTER(_AdapterAddresses)),
    ("adapter_name", ctypes.c_char_p),
    ("first_unicast", ctypes.c_void_p),
    ("first_anycast", ctypes.c_void_p),
    ("first_multicast", ctypes.c_void_p),
    ("first_dns_server", ctypes.c_void_p),
    ("dns_suffix", ctypes.c_wchar_p),
    ("description", ctypes.c_wchar_p),
    ("friendly_name", ctypes.c_wchar_p),
    ("physical_address", ctypes.c_ubyte * 8),
    ("physical_address_length", ctypes.c_uint32),
    ("flags", ctypes.c_uint32),
    ("mtu", ctypes.c_uint32),
    ("if_type", ctypes.c_uint32),
    ("oper_status", ctypes.c_int),
]


def windows_adapters() -> dict[str, AdapterFacts]:
    """{friendly name: description, type, up} on Windows; {} elsewhere or when it fails."""
    if sys.platform == "win32":
        try:
            return _read_adapters()
        except (OSError, AttributeError, ValueError):  # no iphlpapi (locked-down): no facts
            return {}
    return {}


def _read_adapters() -> dict[str, AdapterFacts]:
    call = getattr(ctypes, "windll").iphlpapi.GetAdaptersAddresses  # noqa: B009 (Windows only)
    size = ctypes.c_uint32(16_384)
    for _ in range(3):  # adapters can appear between the size query and the read
        buffer = ctypes.create_string_buffer(size.value)
        status = call(_AF_UNSPEC, _GAA_FLAGS, None, buffer, ctypes.byref(size))
        if status != _ERROR_BUFFER_OVERFLOW:
            break
    if status != 0:
        return {}
    found: dict[str, AdapterFacts] = {}
    entry = ctypes.cast(buffer, ctypes.POINTER(_AdapterAddresses))
    while entry:
        item = entry.contents
        if item.friendly_name:
            found[item.friendly_name] = AdapterFacts(
                description=item.description or "",
                if_type=int(item.if_type),
                up=item.oper_status == 1,  # IfOperStatusUp
            )
        entry = item.next
    return found
