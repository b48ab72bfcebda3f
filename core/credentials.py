"""The one credential scrubber: a proxy's user name and password never leave the machine.

A proxy URL reaches Svyaz from the `--proxy` flag (or the settings dialog), from environment
variables (`https_proxy=...`) and from the system's settings (Windows registry, macOS), with or
without a scheme, and nothing stops its password from holding '@' or ':'
(`http://alice:x@zq9secretpw@127.0.0.1:3128`). The user part of such a URL ends at its *last*
'@' before the host, not the first one, so every function here cuts there. They are applied
where a proxy URL is taken in or named (core/environment.py, core/config.py's messages,
core/probes/tcp.py's error, core/crashlog.py's crash reports) and again on every document
before it is shown or shared (core/report/privacy.py), so a run stored before this scrubber
existed cannot leak either.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

HIDDEN = "[hidden]"
# A secret shorter than this is not searched for on its own in free text (a one-letter
# password would hide every "a"); the URL forms that carry it are still hidden whole.
MIN_SECRET_LENGTH = 4
_CODE_LIKE = re.compile(r"[a-z_]+")
_SCHEME = re.compile(r"(?i)^\s*([a-z][a-z0-9+.-]*://)")
# In free text: a URL whose authority holds user info, up to the last '@' before the host
# (the authority ends at whitespace, '/', '?' or '#'). The runs are bounded: this text may be a
# hostile server's page, and an unbounded run would let it make the search quadratic.
_URL_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{0,30}://)[^\s/?#]{0,512}@")
# In free text without a scheme: `user:password@host:port` (a colon after the user name and a
# port after the host, so an e-mail address is left alone).
_BARE_USERINFO = re.compile(r"(?<![\w.:@/%~+-])[\w.%~+-]{1,128}:[^\s/?#]{0,512}@(?=[\w.-]+:\d)")


def hide_proxy_credentials(url: str) -> str:
    """`socks5://alice:p@ss@host:1080` -> `socks5://[hidden]@host:1080`; `a:b@h:1` likewise."""
    match = _SCHEME.match(url)
    scheme = match.group(1) if match else ""
    rest = url[match.end() :] if match else url.strip()
    authority_end = _authority_end(rest)
    at = rest.rfind("@", 0, authority_end)
    if at < 0:
        return url
    return f"{scheme}{HIDDEN}{rest[at:]}"


def proxy_secrets(url: str) -> list[str]:
    """What in `url` is secret, as it may appear anywhere: the user info, the password and its
    pieces between '@' and ':', the user.

    Raw and percent-decoded (`p%40ss` is `p@ss`), longest first so the whole is hidden before
    its parts; none shorter than MIN_SECRET_LENGTH, and no lower-case word that could be one of
    a document's codes ("blocked", "not_tested": hiding one would break the report; the URL
    forms that carry such a password are hidden all the same).
    """
    match = _SCHEME.match(url)
    rest = url[match.end() :] if match else url.strip()
    at = rest.rfind("@", 0, _authority_end(rest))
    if at <= 0:
        return []
    userinfo = rest[:at]
    user, _, password = userinfo.partition(":")
    # its pieces too: "x@zq9secretpw" may have been typed, logged or echoed as "zq9secretpw"
    pieces = [userinfo, user, password, *re.split(r"[@:]", password)]
    pieces += [unquote(p) for p in pieces] + re.split(r"[@:]", unquote(password))
    secrets = {p for p in pieces if len(p) >= MIN_SECRET_LENGTH and not _CODE_LIKE.fullmatch(p)}
    return sorted(secrets, key=len, reverse=True)


def hide_secrets(text: str, secrets: list[str]) -> str:
    """Each of `secrets` hidden in `text` where it stands as a token of its own (not inside a
    longer word: a password "test1" leaves "test12" alone)."""
    if not secrets:
        return text
    pattern = "|".join(re.escape(s) for s in secrets)
    return re.sub(rf"(?<!\w)(?:{pattern})(?!\w)", HIDDEN, text)


def strip_credentials_in_text(text: str) -> str:
    """Every proxy-style URL in free text loses its user info (with a scheme or without)."""
    text = _URL_USERINFO.sub(lambda m: f"{m.group(1)}{HIDDEN}@", text)
    return _BARE_USERINFO.sub(f"{HIDDEN}@", text)


def _authority_end(rest: str) -> int:
    """Where the authority of a URL (without its scheme) ends: the first '/', '?' or '#' after
    its last '@' — a password may hold '/' only percent-encoded, but '@' and ':' as they are."""
    last_at = rest.rfind("@")
    for index in range(max(last_at, 0), len(rest)):
        if rest[index] in "/?#" or rest[index].isspace():
            return index
    return len(rest)
