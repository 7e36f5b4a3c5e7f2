"""A progress line on stderr every few seconds of a long crawl (Scrapy's own LogStats is hidden below INFO), and the
CPU time the crawl's process spent between the spider's open and close."""

from __future__ import annotations

import sys
import time
from collections.abc import Mapping
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task


def progress_line(stats: Mapping[str, Any], elapsed: float) -> str:
    pages = int(stats.get("response_received_count", 0))
    blocked = sum(int(v) for k, v in stats.items() if k.startswith("shelfwatch/page_state/") and not k.endswith("gone"))
    refused = sum(int(v) for k, v in stats.items() if k.startswith("shelfwatch/refused/"))
    return (f"进度 progress: {elapsed:.0f} s, {pages} pages ({pages / elapsed if elapsed else 0:.1f}/s), "
            f"{stats.get('shelfwatch/listings_stored', 0)} listings, {stats.get('shelfwatch/page_state/gone', 0)} gone, "
            f"{stats.get('shelfwatch/failed_requests', 0)} failed, {blocked} blocked, {refused} refused")


class ProgressLine:
    """Scrapy extension: print :func:`progress_line` every SHELFWATCH_PROGRESS_SECONDS (0: never)."""

    def __init__(self, crawler: Crawler, every: float) -> None:
        self.crawler = crawler
        self.every = every
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProgressLine:
        every = crawler.settings.getfloat("SHELFWATCH_PROGRESS_SECONDS", 0)
        if every <= 0:
            raise NotConfigured("no progress line")
        ext = cls(crawler, every)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider: Any = None) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.every, now=False)

    def tick(self) -> None:
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        print(progress_line(stats, time.monotonic() - self.started), file=sys.stderr, flush=True)

    def closed(self, spider: Any = None, reason: str = "") -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()


class CrawlCpu:
    """Scrapy extension: ``shelfwatch/cpu_seconds``, the CPU time of the crawl's own process (the reactor thread and
    its helper threads; not the writer process) from spider open to close.

    Against the crawl's elapsed time it says how busy the reactor was: near 1 per core means fetching waits on
    Python work in this process, far below means it waits on the shop, the writer or the machine. Unlike elapsed
    time it barely moves when other jobs share the cores, so a benchmark can compare it across runs."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.started = 0.0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlCpu:
        ext = cls(crawler)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider: Any = None) -> None:
        self.started = time.process_time()

    def closed(self, spider: Any = None, reason: str = "") -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("shelfwatch/cpu_seconds", round(time.process_time() - self.started, 3))
