"""The one spider: walks list pages and pagination to item pages, on any platform.

It navigates only. Reading a page is the extractors' job, judging it matching's, storing it the pipeline's.
A page is rendered in Chromium only when it needs it: its platform says ``render = "always"``, or (``auto``) the
static page has scripts and an empty container where its facts should be.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from crawlers.items import PageItem
from crawlers.links import canonical_url, crawlable, is_next_link, looks_like_item, same_site
from crawlers.platforms import Platform, Render, platform_for
from extractors import PageExtraction, extract_page


class ListingSpider(scrapy.Spider):
    name = "listings"

    def __init__(
        self,
        start_urls: list[str] | str = (),  # type: ignore[assignment]
        render: str = "auto",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if isinstance(start_urls, str):  # `scrapy crawl listings -a start_urls=a,b`
            start_urls = [u for u in start_urls.split(",") if u]
        self.start_urls = [canonical_url(u) for u in start_urls]
        self.render_policy = Render(render)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # Scrapy 2.19 ignores start_requests(); start() is the entry point.
        for url in self.start_urls:
            platform = platform_for(url)
            if platform.is_item(url) or (platform.item is None and looks_like_item(url)):
                yield self._item_request(url, platform)
            else:
                yield self._list_request(url)

    # -- requests ---------------------------------------------------------------------------------------------
    def _list_request(self, url: str) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error)

    def _item_request(self, url: str, platform: Platform, *, rendered: bool = False) -> scrapy.Request:
        meta: dict[str, Any] = {"platform": platform.name}
        if rendered or self._must_render(platform):
            # The profile's selector appears as soon as the facts are drawn; without one, networkidle means the
            # page's own fetch() calls for its facts have finished (at least 500 ms after the last one).
            wait = (
                PageMethod("wait_for_selector", platform.wait_for, timeout=15_000)
                if platform.wait_for
                else PageMethod("wait_for_load_state", "networkidle")
            )
            meta.update(playwright=True, playwright_page_methods=[wait])
        return scrapy.Request(
            url, callback=self.parse_item, errback=self.on_error, meta=meta, dont_filter=rendered
        )

    def _must_render(self, platform: Platform) -> bool:
        if self.render_policy is Render.NEVER:
            return False
        return self.render_policy is Render.ALWAYS or platform.render is Render.ALWAYS

    def _may_render(self, platform: Platform) -> bool:
        return self.render_policy is not Render.NEVER and platform.render is not Render.NEVER

    # -- callbacks --------------------------------------------------------------------------------------------
    def parse(self, response: Response) -> Iterator[Any]:
        """A list page: follow item links and the next page; a page that is itself a product is read as one."""
        if not hasattr(response, "css"):
            return
        platform = platform_for(response.url)
        found_items = False
        for a in response.css("a[href]"):
            href = a.attrib.get("href", "")
            url = canonical_url(response.urljoin(href))
            if not crawlable(url) or not same_site(url, response.url):
                continue
            target = platform_for(url)
            text = " ".join(a.css("::text").getall()).strip()
            if target.is_item(url) or (target.item is None and looks_like_item(url)):
                found_items = True
                yield self._item_request(url, target)
            elif is_next_link(text, a.attrib.get("rel", "")) or target.is_listing(url):
                yield self._list_request(url)
        if not found_items and platform.item is None:
            yield from self.parse_item(response)

    def parse_item(self, response: Response) -> Iterator[Any]:
        platform = platform_for(response.url)
        rendered = bool(response.meta.get("playwright"))
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        # The extractor decides the encoding from the bytes and the header, never from Scrapy's guess (cp1252 for
        # undeclared pages). A rendered page is re-encoded by scrapy-playwright, whose encoding is then the truth.
        override = getattr(response, "encoding", None) if rendered else None
        try:
            extraction = extract_page(response.body, response.url, content_type=content_type, encoding=override,
                                      page_object=platform.page_object)
        except Exception:  # a page no extractor foresaw: keep it as evidence, flag it in the stats, go on
            self.logger.exception("extraction failed for %s; page kept without facts", response.url)
            self.crawler.stats.inc_value("shelfwatch/extraction_errors")
            extraction = PageExtraction(item_id="")
        for warning in extraction.warnings:  # a page refused or read only in part: say so, keep the page
            self.crawler.stats.inc_value("shelfwatch/extraction_warnings")
            self.logger.warning("%s: %s", response.url, warning)
        # An empty parameter container next to scripts means the facts arrive by JavaScript, even when stray
        # placeholders (价格：加载中…) make the static page look like it has some.
        if not rendered and extraction.needs_js_hint and self._may_render(platform):
            self.crawler.stats.inc_value("shelfwatch/rerendered")
            yield self._item_request(canonical_url(response.url), platform, rendered=True)
            return
        if rendered:
            self.crawler.stats.inc_value("shelfwatch/rendered_pages")
        yield PageItem(
            url=canonical_url(response.url),
            platform=platform.name,
            status=response.status,
            content_type=content_type,
            body=response.body,
            fetched_at=datetime.now(UTC).replace(tzinfo=None),
            rendered=rendered,
            extraction=extraction,
        )

    def on_error(self, failure: Any) -> None:
        """A shop that is down or a page that fails: count it and log the URL, never stop the crawl."""
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        self.crawler.stats.inc_value("shelfwatch/failed_requests")
        failed = self.crawler.stats.get_value("shelfwatch/failed_urls") or []
        if len(failed) < 50:
            failed.append(f"{url}: {failure.getErrorMessage()}")
            self.crawler.stats.set_value("shelfwatch/failed_urls", failed)
        self.logger.warning("failed %s: %s", url, failure.getErrorMessage())
