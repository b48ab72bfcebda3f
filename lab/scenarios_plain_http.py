"""Plain HTTP judged like HTTPS (issue 20): a request reset only because of its Host header, a
generic page put in the site's place (no known fingerprint), and the site's own answers over
plain HTTP that must never read as censorship (its CAPTCHA, a redirect loop, a redirect to
HTTPS, a broken redirect)."""

from __future__ import annotations

from lab.censor import Censor
from lab.origin import ServicePage
from lab.registry import scenario
from lab.world import World

X = "x-com.test"
LINKEDIN = "www.linkedin-com.test"
# The sites' own pages over HTTPS: real-sized, with their own titles, so that a short page with
# another title over plain HTTP differs from them as a replaced page would.
SITE_PARAGRAPH = "<p>Welcome to your professional community: people, jobs and news.</p>"
LINKEDIN_TITLE = "LinkedIn: Log In or Sign Up"
X_TITLE = "X. It's what's happening"
CAPTCHA_PAGE = (
    "<!doctype html><title>Just a moment...</title><p>Checking your browser.</p>"
    '<script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script>'
)


def site_page(title: str) -> ServicePage:
    """A site's own page of about 7 KB."""
    return ServicePage(200, f"<!doctype html><title>{title}</title>{SITE_PARAGRAPH * 100}")


@scenario
def http_host_reset(w: World) -> Censor:
    """Plain-HTTP requests carrying X's Host are reset after the request; another Host on the
    same address is answered, and X's HTTPS is untouched: cut by name on plain HTTP. LinkedIn's
    plain HTTP resets every request, whatever its Host (the site's or the line's fault, not a
    filter by name)."""
    return Censor(host_reset={X}, plain_reset={w.addresses[LINKEDIN]})


@scenario
def http_page_replaced(w: World) -> Censor:
    """LinkedIn's plain-HTTP page is replaced on the way by a short "Access denied" page that
    no fingerprint or registry word names, while its HTTPS shows the site's own page."""
    return Censor(
        service_pages={LINKEDIN: site_page(LINKEDIN_TITLE)},
        blockpage={n: "access_denied" for n in w.names("linkedin")},
    )


@scenario
def http_site_captcha_and_loop(w: World) -> Censor:
    """The sites' own doing, never censorship: X answers plain HTTP with its CAPTCHA (a short
    page with another title), LinkedIn's plain HTTP redirects to itself (a loop); over HTTPS
    both serve their real pages. The provider does nothing."""
    return Censor(
        service_pages={X: site_page(X_TITLE), LINKEDIN: site_page(LINKEDIN_TITLE)},
        plain_service_pages={
            X: ServicePage(200, CAPTCHA_PAGE),
            LINKEDIN: ServicePage(301, "", location=f"http://{LINKEDIN}/"),
        },
    )


@scenario
def http_site_redirects(w: World) -> Censor:
    """The sites' own redirects over plain HTTP: X's to its HTTPS site (the usual case on the
    real internet), LinkedIn's a broken one (a Location no client can read)."""
    return Censor(
        service_pages={X: site_page(X_TITLE), LINKEDIN: site_page(LINKEDIN_TITLE)},
        plain_service_pages={
            X: ServicePage(301, "", location=f"https://{X}/"),
            LINKEDIN: ServicePage(302, "", location="http://[broken/"),
        },
    )
