"""The address guard: every request Scrapy or Chromium would send is checked against the crawl's scope first.

One :class:`Guard` per crawl, built from the spider's start URLs and the settings, shared by the downloader
middleware (Scrapy's own requests, robots.txt and every redirect hop, since Scrapy schedules a redirect as a new
request) and the browser handler (crawlers/browser.py). Refusals are counted per reason in the crawl stats
(``shelfwatch/refused/<reason>``) and logged with the URL: never silent.

Names are resolved before the check (the address, not the name, decides). The downloader resolves the name again
when it connects; a shop that answers DNS differently within those milliseconds (DNS rebinding) is not stopped by
this guard. Keeping the crawler off networks it must not reach at all is still the firewall's job.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import weakref
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawlers.scope import CrawlScope, Refusal, endpoint, split_list

logger = logging.getLogger(__name__)

# A redirect that Chromium must not follow by itself carries its target under this header until the middleware
# below hands it back to Scrapy's RedirectMiddleware as Location (see crawlers/browser.py).
HELD_LOCATION = "x-shelfwatch-location"


class Refused(IgnoreRequest):
    """A request the guard did not let out; already counted and logged."""

    def __init__(self, url: str, reason: Refusal) -> None:
        super().__init__(f"refused ({reason}): {url}")
        self.url = url
        self.reason = reason


_OFFSITE_LINKS_KEPT = 100_000
"""Distinct offsite link URLs a crawl counts; past that, more are not followed and no longer counted (memory)."""


class Guard:
    """The crawl's scope plus a small DNS cache, with the counting and logging of refusals."""

    def __init__(self, scope: CrawlScope, stats: Any) -> None:
        self.scope = scope
        self.stats = stats
        self._resolved: dict[str, list[str]] = {}
        self._offsite_links: set[str] = set()

    async def addresses(self, host: str, port: int) -> list[str]:
        if host not in self._resolved:
            try:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError):
                infos = []  # unresolvable: the download itself fails and is reported as a failure
            self._resolved[host] = sorted({str(info[4][0]) for info in infos})
        return self._resolved[host]

    async def verdict(self, url: str) -> Refusal | None:
        addresses: list[str] | None = None
        if self.scope.needs_resolution(url):
            ep = endpoint(url)
            assert ep is not None
            addresses = await self.addresses(*ep)
        return self.scope.check(url, addresses)

    def link_offsite(self, url: str) -> None:
        """Count a page's link to a site outside the crawl (not followed) once per URL, as ``refused/offsite_link``.

        Not logged one by one, and not among the refused examples: every footer links elsewhere, and those
        examples are kept for the refusals that matter (redirects, private addresses).
        """
        if url in self._offsite_links or len(self._offsite_links) >= _OFFSITE_LINKS_KEPT:
            return
        self._offsite_links.add(url)
        self.stats.inc_value(f"shelfwatch/refused/{Refusal.OFFSITE_LINK}")

    def refuse(self, url: str, reason: Refusal, *, where: str) -> Refused:
        self.stats.inc_value(f"shelfwatch/refused/{reason}")
        examples = self.stats.get_value("shelfwatch/refused_urls") or []
        if len(examples) < 50:
            self.stats.set_value("shelfwatch/refused_urls", [*examples, f"{where} {reason}: {url}"])
        logger.warning("refused %s request (%s): %s", where, reason, url)
        return Refused(url, reason)


_GUARDS: weakref.WeakKeyDictionary[Crawler, Guard] = weakref.WeakKeyDictionary()


def guard_for(crawler: Crawler) -> Guard:
    """The crawl's one guard, built on first use (the spider, and so its start URLs, exist by then)."""
    guard = _GUARDS.get(crawler)
    if guard is None:
        s = crawler.settings
        start_urls = list(getattr(crawler.spider, "start_urls", None) or s.getlist("SHELFWATCH_START_URLS"))
        scope = CrawlScope.from_start_urls(
            start_urls,
            extra_sites=split_list(s.get("SHELFWATCH_ALLOWED_SITES", "")),
            allow_hosts=split_list(s.get("SHELFWATCH_ALLOW_HOSTS", "")),
        )
        guard = _GUARDS[crawler] = Guard(scope, crawler.stats)
    return guard


class GuardMiddleware:
    """Downloader middleware: refuse requests the scope forbids; hand held browser redirects back to Scrapy."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> GuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        guard = guard_for(self.crawler)
        reason = await guard.verdict(request.url)
        if reason is not None:
            if request.meta.get("dont_obey_robotstxt") and request.url.endswith("/robots.txt"):
                # Scrapy's own robots.txt look-up for a refused request: that request is counted, not this one.
                raise Refused(request.url, reason)
            where = "redirect" if request.meta.get("redirect_times") else "scrapy"
            raise guard.refuse(request.url, reason, where=where)

    def process_response(self, request: Request, response: Response) -> Response:
        held = response.headers.get(HELD_LOCATION)
        if held and 300 <= response.status < 400:
            # Scrapy's RedirectMiddleware (which runs after this one on responses) now follows it as a new
            # request, and that request comes through process_request above like any other.
            headers = response.headers.copy()
            headers[b"Location"] = held
            del headers[HELD_LOCATION]
            return response.replace(headers=headers)
        return response


class PageTooLarge(IgnoreRequest):
    """A rendered DOM over DOWNLOAD_MAXSIZE; already counted and logged."""


class PageSizeMiddleware:
    """Downloader middleware: a rendered DOM larger than DOWNLOAD_MAXSIZE is dropped like a download would be."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageSizeMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if self.maxsize and len(response.body) > self.maxsize:
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("shelfwatch/capped/page_size")
            logger.warning("page of %d bytes is over DOWNLOAD_MAXSIZE=%d, dropped: %s", len(response.body),
                           self.maxsize, request.url)
            raise PageTooLarge(f"page over {self.maxsize} bytes: {request.url}")
        return response
