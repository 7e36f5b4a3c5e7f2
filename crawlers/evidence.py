"""What the crawl keeps as evidence of a page: the exchange (final URL, request and response headers) and, where
Chromium rendered it, a full-page screenshot. How it is stored, hashed and pruned: shelfwatch/evidence.py."""

from __future__ import annotations

import logging
from typing import Any

from playwright.async_api import Error as PlaywrightError
from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from crawlers.items import PageItem
from shelfwatch.evidence import header_dict

logger = logging.getLogger(__name__)

MAX_SHOT_HEIGHT = 16_384
"""CSS pixels of a page kept in its screenshot: Chromium cannot paint a full-page PNG of an endless page (and the
attempt costs seconds of CPU before it times out); the top of the page, where the facts are, is what is kept."""


async def take_screenshot(page: Any, timeout: float = 15_000) -> bytes | None:
    """A PNG of the page (its first MAX_SHOT_HEIGHT pixels), or None when Chromium could not take one.

    Evidence is best-effort: a scrapy-playwright page method that raises fails its whole request, and a page must
    never be lost because its picture could not be taken."""
    try:
        size = await page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
        width, height = (int(v) for v in size)
        options: dict[str, Any] = {"full_page": True, "type": "png", "timeout": timeout}
        if height > MAX_SHOT_HEIGHT:
            options["clip"] = {"x": 0, "y": 0, "width": max(width, 1), "height": MAX_SHOT_HEIGHT}
        shot = await page.screenshot(**options)
    except (PlaywrightError, ValueError, TypeError) as exc:
        logger.warning("no screenshot of %s: %s", getattr(page, "url", "?"), exc)
        return None
    return shot if isinstance(shot, bytes) else None


def screenshot_method(timeout: float = 15_000) -> PageMethod:
    """The last page method of a rendered item request: a PNG once its facts are drawn (None if it failed)."""
    return PageMethod(take_screenshot, timeout=timeout)


def _screenshot_method_of(response: Response) -> PageMethod | None:
    for method in response.meta.get("playwright_page_methods") or ():
        if isinstance(method, PageMethod) and method.method is take_screenshot:
            return method
    return None


def screenshot_of(response: Response) -> bytes | None:
    """The PNG a rendered response's screenshot method took (scrapy-playwright keeps it as the method's result)."""
    method = _screenshot_method_of(response)
    return method.result if method is not None and isinstance(method.result, bytes) else None


def exchange(response: Response, *, max_bytes: int = 0, stats: Any = None) -> dict[str, Any]:
    """The PageItem fields that record how the page was fetched. A screenshot over ``max_bytes`` (the page-size
    cap: an endless page makes an endless PNG) is dropped and counted (``shelfwatch/screenshots_dropped``); one
    Chromium could not take is counted as ``shelfwatch/screenshots_failed``."""
    shot = screenshot_of(response)
    if shot is None and stats is not None and _screenshot_method_of(response) is not None:
        stats.inc_value("shelfwatch/screenshots_failed")
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
