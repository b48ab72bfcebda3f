"""Mobile operators' own sites, where a SIM's verification page lives: a captive-portal redirect
to one of them is the operator pausing mobile data on this SIM, not a hotel login page.

Since November 2025 a Russian SIM back from roaming, or idle for more than 72 hours, gets a
24-hour "cooling period" (no mobile data, no SMS); the operator's SMS links to a page on its own
site where a puzzle or a code lifts it (lenta.ru 2025-11-10; ria.ru 2025-11-26: MTS, MegaFon,
Beeline "send a link that leads to the operator's site"; iguides.ru 2025-11-28 adds T2). The
exact page addresses are not published, so the rule matches the operator's site (its
registrable domain), never a path. Sources: docs/sources.md "Operator verification".
"""

from __future__ import annotations

# registrable domain -> the operator's name (the evidence names the page's host itself)
OPERATOR_SITES: dict[str, str] = {
    "mts.ru": "MTS",
    "megafon.ru": "MegaFon",
    "beeline.ru": "Beeline",
    "t2.ru": "T2",
    "tele2.ru": "T2",
    "yota.ru": "Yota",
    "motivtelecom.ru": "Motiv",
    "tattelecom.ru": "Letai",
    "letai.ru": "Letai",
    "sbermobile.ru": "SberMobile",
    "volnamobile.ru": "Volna",
    "win-mobile.ru": "Win Mobile",
}
# A verification page's own title words, for a page served in place or from an address literal
# (no operator's site to match): the news reports' and operators' name for the pause.
TITLE_WORDS = ("период охлаждения", "периода охлаждения", "cooling period")

# The operators' registry block-page hosts (core/probes/blockpage.py BLOCK_HOSTS) stay block
# pages: a redirect there is a blocked site, not a paused SIM.
NOT_VERIFICATION = frozenset({"blocked.mts.ru", "zapret.beeline.ru", "blackhole.beeline.ru"})


def names_the_pause(title: str) -> bool:
    """A page title that names the SIM's cooling period (matched only, never shown)."""
    low = title.lower()
    return any(words in low for words in TITLE_WORDS)


def operator_of(host: str) -> str:
    """The operator whose site `host` is on ("MTS"), or "" when it is no operator's."""
    host = host.lower().rstrip(".")
    if not host or host in NOT_VERIFICATION:
        return ""
    for site, operator in OPERATOR_SITES.items():
        if host == site or host.endswith("." + site):
            return operator
    return ""
