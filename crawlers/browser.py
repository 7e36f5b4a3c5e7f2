"""Chromium under the guard: what a rendered page may load, and redirects it may not follow by itself.

scrapy-playwright intercepts every request a page makes (Playwright's ``page.route``), but Playwright does not
show a route handler the hops of a redirect: Chromium would follow ``302 Location: http://10.0.0.1/`` unseen
(verified with Playwright 1.65 and Debian's Chromium). So this handler sends each allowed request itself with
redirects off (``route.fetch(max_redirects=0)``) and looks at every hop:

- the page's own navigation: a redirect is handed back to Scrapy (its target held under a private header that
  crawlers/guard.py turns back into Location), so Scrapy's RedirectMiddleware and the guard see it like any other;
- anything else the page loads (scripts, XHR, fetch, frames): each hop is checked here, up to five.

Images, fonts, media and requests to other sites are not loaded at all: a rendered page needs its scripts and
their data, nothing else, and every blocked request is time, memory and traffic the shop does not see.
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import Request as PlaywrightRequest
from playwright.async_api import Route
from scrapy.crawler import Crawler
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawlers.guard import HELD_LOCATION, guard_for
from crawlers.scope import CrawlScope

logger = logging.getLogger(__name__)

# Playwright resource types a product page's facts never depend on.
BLOCKED_TYPES = frozenset({"image", "media", "font", "texttrack", "manifest", "beacon", "ping", "imageset"})
# Schemes that never reach the network.
LOCAL_SCHEMES = ("data:", "blob:", "about:")
MAX_SUBRESOURCE_REDIRECTS = 5


def blocked_resource(resource_type: str, url: str, scope: CrawlScope) -> str | None:
    """Why the browser should not load this at all (None: load it, subject to the guard)."""
    if url.startswith(LOCAL_SCHEMES):
        return None
    if resource_type in BLOCKED_TYPES:
        return resource_type
    if not scope.in_scope(url):
        return "third_party"
    return None


class GuardedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler with the guard on every browser request and every redirect hop."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self._crawler = crawler
        self.abort_request = self._abort

    async def _abort(self, request: PlaywrightRequest) -> bool:
        guard = guard_for(self._crawler)
        why = blocked_resource(request.resource_type, request.url, guard.scope)
        if why is not None:
            self._crawler.stats.inc_value(f"shelfwatch/browser_blocked/{why}")
            return True
        if request.url.startswith(LOCAL_SCHEMES):
            return False
        reason = await guard.verdict(request.url)
        if reason is not None:
            guard.refuse(request.url, reason, where="browser")
            return True
        return False

    def _make_request_handler(self, **kwargs: Any) -> Any:
        inner = super()._make_request_handler(**kwargs)

        async def handler(route: Route, request: PlaywrightRequest) -> None:
            await inner(_CheckedRoute(route, request, self), request)

        return handler


class _CheckedRoute:
    """Stands in for a Route: ``continue_`` fetches without following redirects and checks every hop."""

    def __init__(self, route: Route, request: PlaywrightRequest, handler: GuardedPlaywrightHandler) -> None:
        self._route = route
        self._request = request
        self._handler = handler

    async def abort(self, *args: Any, **kwargs: Any) -> None:
        await self._route.abort(*args, **kwargs)

    async def continue_(self, **overrides: Any) -> None:
        request = self._request
        if request.url.startswith(LOCAL_SCHEMES):
            await self._route.continue_(**overrides)
            return
        response = await self._route.fetch(max_redirects=0, **overrides)
        location = response.headers.get("location")
        if not (300 <= response.status < 400 and location):
            await self._route.fulfill(response=response)
            return
        if request.is_navigation_request() and request.frame.parent_frame is None:
            # The page itself moved: Scrapy follows it (and the guard checks it) as a new request.
            headers = {k: v for k, v in response.headers.items() if k.lower() != "location"}
            headers[HELD_LOCATION] = urljoin(request.url, location)
            await self._route.fulfill(status=response.status, headers=headers, body=b"")
            return
        guard = guard_for(self._handler._crawler)
        url = request.url
        for _ in range(MAX_SUBRESOURCE_REDIRECTS):
            url = urljoin(url, location)
            reason = await guard.verdict(url)
            if reason is not None:
                guard.refuse(url, reason, where="browser-redirect")
                await self._route.abort("blockedbyclient")
                return
            # 301/302/303 turn into GET, as browsers do; 307/308 keep the method.
            method = "GET" if response.status in (301, 302, 303) else request.method
            response = await self._route.fetch(url=url, method=method, max_redirects=0)
            location = response.headers.get("location")
            if not (300 <= response.status < 400 and location):
                await self._route.fulfill(response=response)
                return
        await self._route.abort("failed")  # too many redirects
