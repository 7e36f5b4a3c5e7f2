"""What the crawl keeps as evidence of a page: the exchange (final URL, request and response headers) and, where
Chromium rendered it, a full-page screenshot. How it is stored, hashed and pruned: shelfwatch/evidence.py."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from crawlers.items import PageItem
from shelfwatch.evidence import header_dict

SCREENSHOT = "screenshot"


def screenshot_method() -> PageMethod:
    """The last page method of a rendered item request: a full-page PNG once its facts are drawn."""
    return PageMethod(SCREENSHOT, full_page=True, type="png", timeout=15_000)


def screenshot_of(response: Response) -> bytes | None:
    """The PNG a rendered response's screenshot method took (scrapy-playwright keeps it as the method's result)."""
    for method in response.meta.get("playwright_page_methods") or ():
        if isinstance(method, PageMethod) and method.method == SCREENSHOT and isinstance(method.result, bytes):
            return method.result
    return None


def exchange(response: Response, *, max_bytes: int = 0, stats: Any = None) -> dict[str, Any]:
    """The PageItem fields that record how the page was fetched. A screenshot over ``max_bytes`` (the page-size
    cap: an endless page makes an endless PNG) is dropped and counted (``shelfwatch/screenshots_dropped``)."""
    shot = screenshot_of(response)
    if shot is not None and max_bytes and len(shot) > max_bytes:
        shot = None
        if stats is not None:
            stats.inc_value("shelfwatch/screenshots_dropped")
    return {
        "final_url": response.url,
        "request_headers": header_dict(response.request.headers) if response.request is not None else {},
        "response_headers": header_dict(response.headers),
        "screenshot": shot,
    }


def page_evidence(item: PageItem, *, has_findings: bool) -> dict[str, Any]:
    """The evidence part of the page record the pipeline stores: a screenshot only for a listing with a finding
    (a PNG is 50-500 times the facts; the page body and headers are kept for every listing)."""
    return {
        "final_url": item.final_url or item.url,
        "request_headers": item.request_headers,
        "response_headers": item.response_headers,
        "screenshot": item.screenshot if has_findings else None,
        "source": "crawl",
    }
