"""The per-site request limit (``SHELFWATCH_CONCURRENCY_PER_DOMAIN``), held where requests leave for the shop.

Why Scrapy's own limit (CONCURRENT_REQUESTS_PER_DOMAIN) is not enough: Scrapy 2.19's downloader counts a request
against its slot only once the coroutine that downloads it has started (``Downloader._download`` adds it to
``slot.transferring``). On the asyncio reactor that coroutine is a task that starts on a later turn of the loop
(``_schedule_coro`` calls ``loop.create_task``), so with no delay ``Downloader._process_queue`` sees every slot still
free and hands the whole queue to the network at once: up to CONCURRENT_REQUESTS (16) requests to one site, whatever
the limit, at the start (start URLs arrive together) and again after every answer. With a delay above 0 it sends one
and stops, which is why a delay hid it. Twisted's own reactor starts the coroutine at once, where the count holds.

So :class:`SiteLimit` counts requests in flight per site itself, around the two places bytes go out
(crawlers/browser.py): Scrapy's HTTP download of a request, and each request a rendered page makes (its document,
scripts, XHR), which Scrapy never counts. A rendered page also takes a turn among the site's pages for as long as it
is open, so a limit of 1 renders one page of the site at a time. A request over the limit waits for a turn; its
timeout starts when it is sent.

A site is the registrable domain of the host, as for the crawl's scope (crawlers/scope.py): ``item.jd.com`` and
``search.jd.com`` share one limit. :class:`SiteSlotMiddleware` gives Scrapy's download slots the same key, so the
delay, AutoThrottle and a 429's pause (crawlers/backoff.py) are per site too, where Scrapy keys them by host.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler

from crawlers.scope import endpoint, registrable_domain

SLOT_META = "download_slot"
"""Scrapy's meta key naming a request's download slot (``Downloader.DOWNLOAD_SLOT``)."""


def site_of(url: str) -> str:
    """The site a request counts against: the registrable domain of its host, any port (pure)."""
    ep = endpoint(url)
    if ep is not None:
        return registrable_domain(ep[0])
    return (urlsplit(url).hostname or "").lower()


class SiteLimit:
    """At most ``limit`` holders at once per site; one instance per kind of turn (a fetch, an open page)."""

    def __init__(self, limit: int, stats: Any, name: str) -> None:
        self.limit = max(1, limit)
        self.stats = stats
        self.name = name
        self._turns: dict[str, asyncio.Semaphore] = {}

    @asynccontextmanager
    async def turn(self, url: str) -> AsyncIterator[None]:
        """Hold one of the site's turns for the body of the ``async with``, waiting for one if none is free."""
        site = site_of(url)
        turns = self._turns.get(site)
        if turns is None:
            turns = self._turns[site] = asyncio.Semaphore(self.limit)
        if turns.locked() and self.stats is not None:
            # Counted, not logged: with no delay Scrapy's downloader overshoots the limit all the time.
            self.stats.inc_value(f"shelfwatch/politeness/{self.name}_waited")
        async with turns:
            yield


def site_limits(crawler: Crawler) -> tuple[SiteLimit, SiteLimit]:
    """The crawl's (fetches, rendered pages) limits, both CONCURRENT_REQUESTS_PER_DOMAIN per site."""
    limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
    return SiteLimit(limit, crawler.stats, "fetch"), SiteLimit(limit, crawler.stats, "page")


class SiteSlotMiddleware:
    """Downloader middleware: a request's Scrapy download slot is its site, not its host (see the module's text)."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteSlotMiddleware:
        return cls()

    def process_request(self, request: Request) -> None:
        # Always set, not only when missing: a redirect or a retry copies the meta of the request it came from,
        # and its slot key with it, even when it goes to another site.
        request.meta[SLOT_META] = site_of(request.url)
