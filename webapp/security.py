"""Response headers and request checks that keep hostile crawled content from acting on the app's origin.

Every value shown comes from shop pages an adversary may control, so pages get a CSP without scripts, and the
one state-changing request (a review verdict) is refused when another site's page submits it.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

APP_CSP = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
"""CSP of every page the app renders: no script can run, forms post only back to the app, no framing."""

EVIDENCE_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'"
"""CSP of stored shop pages: even if a browser ignored text/plain, the page would run in a null origin."""

_DEFAULT_HEADERS = {
    "Content-Security-Policy": APP_CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Filter values in our URLs (seller names, search terms) stay on this site.
    "Referrer-Policy": "same-origin",
}
_NO_STORE = {"Cache-Control": "no-store"}
"""Case data (findings, evidence, notices, accounts) is kept by no browser or proxy cache; static files may be."""


class SecurityHeaders:
    """ASGI middleware adding the default security headers to every response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _DEFAULT_HEADERS.items():
                    headers.setdefault(name, value)
                if not scope["path"].startswith("/static/"):
                    for name, value in _NO_STORE.items():
                        headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def is_same_origin(request: Request, trusted_origins: frozenset[str] = frozenset()) -> bool:
    """Whether a POST comes from the app's own pages: its Origin is this Host, or one the reverse proxy serves
    the app under (``trusted_origins``, e.g. ``https://inspect.example.gov.cn``)."""
    origin = request.headers.get("origin")
    if origin is not None and origin.rstrip("/").lower() in trusted_origins:
        return True  # behind a proxy the browser's site is the proxy's, which may differ from the Host we see
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    if origin is None:  # non-browser clients and old browsers send none; Sec-Fetch-Site was checked above
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


def safe_next(target: str | None, fallback: str) -> str:
    """A redirect target only when it is a path on this site (no ``//evil``, ``/\\evil`` or scheme)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return fallback
    if any(ord(ch) < 0x20 for ch in target):
        return fallback
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else fallback
