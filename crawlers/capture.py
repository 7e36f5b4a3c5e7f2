"""``shelfwatch capture URL``: render one stored listing in Chromium now and keep its DOM and a full-page screenshot.

It is a one-request crawl through the same machinery as every crawl (the address guard on every request and redirect
hop, images, fonts, media and other sites blocked in the browser, the page-size cap), so a capture reaches nothing a
crawl could not. The DOM becomes a page version of the listing (source ``capture``) beside the crawled ones, so the
web app, ``shelfwatch evidence`` and takedown notices list its sha256 like theirs; the screenshot is tied to it.
Nothing is extracted or judged: a capture records what the page shows, it does not change the listing.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from crawlers.config import scrapy_settings
from crawlers.evidence import exchange, screenshot_method
from crawlers.links import canonical_url
from shelfwatch.evidence import save_capture
from shelfwatch.settings import Settings


class CaptureSpider(scrapy.Spider):
    name = "capture"

    def __init__(self, url: str, listing_id: int, db: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = [url]
        self.listing_id = listing_id
        self.db = db
        self.result: dict[str, Any] = {}
        self.error = ""

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(
            self.start_urls[0], callback=self.parse, errback=self.on_error, dont_filter=True,
            meta={"playwright": True, "handle_httpstatus_all": True,
                  "playwright_page_methods": [PageMethod("wait_for_load_state", "networkidle"), screenshot_method()]},
        )

    def parse(self, response: Response) -> None:
        from shelfwatch.settings import load_settings
        from shelfwatch.wiring import open_store

        record = exchange(response, max_bytes=self.settings.getint("DOWNLOAD_MAXSIZE"), stats=self.crawler.stats)
        shot = record.pop("screenshot")
        if not shot:
            self.error = f"Chromium returned no screenshot for {response.url} (status {response.status})"
            return
        store = open_store(load_settings(db=self.db))
        try:
            self.result = save_capture(store, self.listing_id, {
                "url": canonical_url(response.url), "body": response.body, "status": response.status,
                "content_type": (response.headers.get(b"Content-Type") or b"").decode("latin-1"),
                "fetched_at": datetime.now(UTC).replace(tzinfo=None), **record,
            }, shot)
        finally:
            store.close()
        self.result.update(status=response.status, final_url=response.url)

    def on_error(self, failure: Any) -> None:
        self.error = failure.getErrorMessage()


def run_capture(url: str, listing_id: int, settings: Settings) -> dict[str, Any]:
    """Render ``url`` and keep its DOM and screenshot with listing ``listing_id``; what was kept, with hashes.

    Raises RuntimeError when the page could not be rendered (refused by the guard, unreachable, too large)."""
    extra: dict[str, Any] = {"SHELFWATCH_START_URLS": [url], "ITEM_PIPELINES": {}, "SHELFWATCH_REVISIT": False,
                             "EXTENSIONS": {}}
    process = CrawlerProcess(scrapy_settings(settings, **extra))
    crawler = process.create_crawler(CaptureSpider)
    process.crawl(crawler, url=url, listing_id=listing_id, db=settings.db)
    process.start()
    spider = crawler.spider
    assert isinstance(spider, CaptureSpider)
    if not spider.result:
        refused = {k: v for k, v in (crawler.stats.get_stats() if crawler.stats else {}).items()
                   if k.startswith("shelfwatch/refused/")}
        raise RuntimeError(spider.error or (f"refused: {refused}" if refused else f"nothing captured from {url}"))
    return spider.result
