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

Every request that goes out, Scrapy's own downloads and each one a rendered page makes, waits for a turn under the
site's request limit (crawlers/politeness.py), and a rendered page is one of the site's pages in flight while open.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urljoin

from playwright.async_api import APIResponse, Page, Route
from playwright.async_api import Request as PlaywrightRequest
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawlers.guard import HELD_LOCATION, guard_for
from crawlers.politeness import site_limits
from crawlers.scope import CrawlScope

logger = logging.getLogger(__name__)

# Playwright resource types a product page's facts never depend on.
BLOCKED_TYPES = frozenset({"image", "media", "font", "texttrack", "manifest", "beacon", "ping", "imageset"})
# Schemes that never reach the network.
LOCAL_SCHEMES = ("data:", "blob:", "about:")
MAX_SUBRESOURCE_REDIRECTS = 5

# Run in a rendered list page: press its "load more" control and scroll to the bottom, round after round, until
# no new links appear twice in a row or the round cap is reached. Returns {rounds, links, capped}.
LOAD_ALL_JS = """
async (maxRounds) => {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const more = /^\\s*(加载更多|查看更多|更多商品|点击加载更多?|显示更多|load more|show more|more)\\s*$/i;
  const links = () => document.querySelectorAll("a[href]").length;
  const control = () => [...document.querySelectorAll("button, a, [role=button], [onclick], .load-more, .more")]
    .find((e) => more.test(e.textContent || "") && e.offsetParent !== null && !e.disabled &&
      !(e.tagName === "A" && /^https?:/.test(e.getAttribute("href") || "")));
  let rounds = 0, stale = 0;
  while (rounds < maxRounds && stale < 2) {
    const before = links(), height = document.body.scrollHeight;
    const button = control();
    if (button) button.click();
    window.scrollTo(0, document.body.scrollHeight);
    for (let i = 0; i < 20 && links() === before && document.body.scrollHeight === height; i++) await sleep(100);
    await sleep(50);
    rounds++;
    stale = links() === before ? stale + 1 : 0;
  }
  return { rounds, links: links(), capped: rounds >= maxRounds };
}
"""


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
        # Chromium's memory grows with every page a context has seen: a fresh context every N pages keeps it flat.
        self._pages_per_context = max(1, crawler.settings.getint("SHELFWATCH_BROWSER_CONTEXT_PAGES", 100))
        self._generation = 0
        self._pages_in_generation = 0
        self._open: dict[str, int] = {}  # context name -> pages given to it and not closed yet
        self.fetch_turns, self.page_turns = site_limits(crawler)

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("playwright"):
            # Its own requests (document, scripts, XHR) each take a fetch turn in _CheckedRoute, not this one:
            # holding one here while they wait for theirs would deadlock a limit of 1.
            async with self.page_turns.turn(request.url):
                return await super().download_request(request)
        async with self.fetch_turns.turn(request.url):
            return await super().download_request(request)

    def _context_name(self) -> str:
        return f"shelfwatch-{self._generation}"

    async def _create_page(self, request: Request, spider: Spider) -> Page:
        if self._pages_in_generation >= self._pages_per_context:
            retired = self._context_name()
            self._generation += 1
            self._pages_in_generation = 0
            self._crawler.stats.inc_value("shelfwatch/browser_contexts_recycled")
            if not self._open.get(retired):
                self._close_context(retired)
        name = self._context_name()
        self._pages_in_generation += 1
        self._open[name] = self._open.get(name, 0) + 1
        request.meta["playwright_context"] = name
        try:
            page = await super()._create_page(request, spider)
        except BaseException:
            self._page_done(name)
            raise
        page.on("close", lambda _page: self._page_done(name))
        return page

    def _page_done(self, name: str) -> None:
        self._open[name] = self._open.get(name, 1) - 1
        if self._open[name] <= 0 and name != self._context_name():
            self._close_context(name)

    def _close_context(self, name: str) -> None:
        """Close a retired context once the last page given to it is closed (never one a page is opening in)."""
        self._open.pop(name, None)
        wrapper = self.context_wrappers.get(name)
        if wrapper is not None:
            asyncio.ensure_future(wrapper.context.close())


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

    async def _fetch(self, target: str, **kwargs: Any) -> APIResponse:
        """One request on the wire, in its turn under the site's limit (Playwright reads the whole body here)."""
        async with self._handler.fetch_turns.turn(target):
            return await self._route.fetch(**kwargs)

    async def continue_(self, **overrides: Any) -> None:
        request = self._request
        if request.url.startswith(LOCAL_SCHEMES):
            await self._route.continue_(**overrides)
            return
        response = await self._fetch(request.url, max_redirects=0, **overrides)
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
            response = await self._fetch(url, url=url, method=method, max_redirects=0)
            location = response.headers.get("location")
            if not (300 <= response.status < 400 and location):
                await self._route.fulfill(response=response)
                return
        await self._route.abort("failed")  # too many redirects
