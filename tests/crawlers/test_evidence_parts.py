"""The pure parts of crawl evidence: headers as kept, screenshots read back from page methods, kept or dropped."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scrapy.http import HtmlResponse, Request
from scrapy.http.headers import Headers
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawlers.evidence import exchange, page_evidence, screenshot_method
from crawlers.items import PageItem
from extractors import PageExtraction
from shelfwatch.evidence import header_dict

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def test_headers_keep_every_value_of_a_repeated_header() -> None:
    headers = Headers({"Set-Cookie": [b"a=1", b"b=2"], "Content-Type": b"text/html"})
    assert header_dict(headers) == {"Set-Cookie": "a=1\nb=2", "Content-Type": "text/html"}
    assert header_dict({"etag": '"x"'}) == {"etag": '"x"'}
    assert header_dict([("X-A", "1"), ("X-A", "2")]) == {"X-A": "1\n2"}
    assert header_dict(None) == {}


def _rendered(shot: bytes | None) -> HtmlResponse:
    method = screenshot_method()
    method.result = shot
    request = Request("http://127.0.0.1:1/item/1.html", headers={"User-Agent": "shelfwatch/0.1"},
                      meta={"playwright": True, "playwright_page_methods": [method]})
    return HtmlResponse("http://127.0.0.1:1/item/1.html?r=1", body=b"<html></html>", request=request,
                        headers={"ETag": '"v1"'})


def test_exchange_reads_the_screenshot_and_drops_one_over_the_cap() -> None:
    record = exchange(_rendered(PNG))
    assert record["screenshot"] == PNG and record["final_url"].endswith("?r=1")
    assert record["request_headers"]["User-Agent"] == "shelfwatch/0.1" and record["response_headers"]["Etag"] == '"v1"'
    stats = MemoryStatsCollector(get_crawler())
    assert exchange(_rendered(PNG), max_bytes=50, stats=stats)["screenshot"] is None
    assert stats.get_value("shelfwatch/screenshots_dropped") == 1
    assert exchange(_rendered(None))["screenshot"] is None


def test_a_screenshot_is_kept_only_with_a_finding() -> None:
    item = PageItem(url="http://127.0.0.1:1/item/1.html", platform="p", status=200, content_type="text/html",
                    body=b"x", fetched_at=datetime(2026, 12, 1), rendered=True, extraction=PageExtraction(item_id=""),
                    screenshot=PNG)
    assert page_evidence(item, has_findings=True)["screenshot"] == PNG
    kept = page_evidence(item, has_findings=False)
    assert kept["screenshot"] is None and kept["final_url"] == item.url and kept["source"] == "crawl"


class _Page:
    """A stand-in for a Playwright page: its height, and a screenshot that times out or returns a PNG."""

    url = "http://127.0.0.1:1/item/1.html"

    def __init__(self, height: int, *, fail: bool) -> None:
        self.height, self.fail = height, fail
        self.options: dict[str, Any] = {}

    async def evaluate(self, script: str) -> list[int]:
        return [1280, self.height]

    async def screenshot(self, **options: object) -> bytes:
        from playwright.async_api import TimeoutError as PlaywrightTimeout

        self.options = dict(options)
        if self.fail:
            raise PlaywrightTimeout("Page.screenshot: Timeout 15000ms exceeded.")
        return PNG


def test_a_screenshot_that_times_out_loses_nothing_and_is_counted() -> None:
    import asyncio

    from crawlers.evidence import MAX_SHOT_HEIGHT, take_screenshot

    # Before: the screenshot was a plain PageMethod, and its timeout failed the whole request (the page was lost).
    method = screenshot_method()
    assert asyncio.run(method.method(_Page(900, fail=True), **method.kwargs)) is None
    stats = MemoryStatsCollector(get_crawler())
    record = exchange(_rendered(None), stats=stats)
    assert record["screenshot"] is None and stats.get_value("shelfwatch/screenshots_failed") == 1
    tall = _Page(10 * MAX_SHOT_HEIGHT, fail=False)  # an endless page: only its top is painted
    assert asyncio.run(take_screenshot(tall)) == PNG and tall.options["clip"]["height"] == MAX_SHOT_HEIGHT
    short = _Page(900, fail=False)
    assert asyncio.run(take_screenshot(short)) == PNG and "clip" not in short.options
