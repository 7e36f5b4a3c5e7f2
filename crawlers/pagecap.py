"""Pages per crawl (``SHELFWATCH_MAX_PAGES``): a precise cap, where Scrapy's CLOSESPIDER_PAGECOUNT is a soft one.

Why not CLOSESPIDER_PAGECOUNT: it counts responses and, on the Nth, schedules the spider's close as a task. Every
request the engine had already taken from the scheduler is still fetched: up to CONCURRENT_REQUESTS (16) waiting in
the downloader, plus those it took while the close task waited for its turn on the loop. The engine refills the
downloader as each response arrives, so under load (a slow loop, slow pipelines) that is two downloader-fulls: a
cap of 6 was seen fetching 32 pages of 61.

Here a request is counted as it reaches the downloader (after the address guard and the resumed job's skip, so a
refused or already-stored page costs nothing), the spider is closed as soon as the Nth is sent, and a request the
engine took after that is held back, never sent. It waits for the close to begin before it is dropped, so nothing
settles it as done: a shared frontier's close puts every request it took and did not finish back in the shared
queue (crawlers/frontier.py), and a resumed job finds it again from its list pages like any page it had not stored
(crawlers/resume.py). Only if the close has not begun within CLOSE_WAIT_TURNS steps is it handed back to the
scheduler at once (with ``dont_filter``: the duplicate filter has seen it). robots.txt and other downloads the
engine makes for itself are not pages of the shop and are not counted.
"""

from __future__ import annotations

import asyncio
import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.defer import deferred_from_coro

logger = logging.getLogger(__name__)

REASON = "closespider_pagecount"
"""The close reason, Scrapy's own, which the crawl summary and the job file read as "stopped at the pages cap"."""


CLOSE_WAIT_S = 0.01
CLOSE_WAIT_TURNS = 500
"""A held-back request waits (in steps of CLOSE_WAIT_S, at most this many) for the close to begin, which it does on
the loop's next turn; the bound only keeps a request from waiting for ever on an engine that never closes."""


class HeldBack(IgnoreRequest):
    """A request taken from the scheduler after the cap was reached: handed back, not sent, not a failure."""


def admit(sent: int, cap: int) -> bool:
    """Whether one more page may be sent when ``sent`` have been (pure)."""
    return sent < cap


class PageCapMiddleware:
    """Downloader middleware, last before the download handlers: at most ``SHELFWATCH_MAX_PAGES`` pages sent."""

    def __init__(self, crawler: Crawler, cap: int) -> None:
        self.crawler = crawler
        self.cap = cap
        self.sent = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PageCapMiddleware:
        cap = crawler.settings.getint("SHELFWATCH_MAX_PAGES")
        if cap <= 0:
            raise NotConfigured("no pages cap")
        return cls(crawler, cap)

    async def process_request(self, request: Request) -> None:
        if request.callback is NO_CALLBACK:  # robots.txt and the like: the engine's own, not a page of the shop
            return
        stats = self.crawler.stats
        assert stats is not None and self.crawler.engine is not None
        if admit(self.sent, self.cap):
            self.sent += 1
            stats.set_value("shelfwatch/pages_sent", self.sent)
            if self.sent == self.cap:
                logger.warning("pages cap reached (SHELFWATCH_MAX_PAGES=%d): closing after the pages in flight",
                               self.cap)
                deferred_from_coro(self.crawler.engine.close_spider_async(reason=REASON))
            return
        stats.inc_value("shelfwatch/capped/pages_held_back")
        if not await self._until_closing():  # still taking requests: the scheduler must keep this one
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is not None:
                slot.scheduler.enqueue_request(request.replace(dont_filter=True))
        raise HeldBack(f"pages cap SHELFWATCH_MAX_PAGES={self.cap} reached: {request.url} not sent")

    async def _until_closing(self) -> bool:
        """Whether the engine is closing (it then takes nothing more from the scheduler), waiting for that first."""
        for _ in range(CLOSE_WAIT_TURNS):
            slot = getattr(self.crawler.engine, "_slot", None)
            if slot is None or getattr(slot, "closing", None) is not None:
                return True
            await asyncio.sleep(CLOSE_WAIT_S)  # the crawl runs on the asyncio reactor (crawlers/config.py)
        return False
