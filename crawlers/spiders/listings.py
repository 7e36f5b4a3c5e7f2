"""The one spider: walks list pages and pagination to item pages, on any platform.

It navigates only. Reading a page is the extractors' job, judging it matching's, storing it the pipeline's.
A page is rendered in Chromium only when it needs it: its platform says ``render = "always"``, or (``auto``) the
static page has scripts and an empty container where its facts should be.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy import signals
from scrapy.exceptions import DownloadCancelledError
from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from crawlers.evidence import exchange, screenshot_method
from crawlers.guard import PageTooLarge, Refused, guard_for
from crawlers.items import GoneItem, PageItem
from crawlers.links import canonical_url, crawlable, is_next_link, looks_like_item, looks_like_list, stays_in_list
from crawlers.pagecap import HeldBack
from crawlers.pagestate import GONE_STATUSES, PageState, generic_patterns, page_state, reads_page_text
from crawlers.platforms import Platform, Render, platform_for
from crawlers.reading import PageReader, ReadFailed, worker_count
from crawlers.resume import AlreadyStored
from crawlers.revisit import Unchanged
from crawlers.spiders.jslists import JsListMixin
from extractors import PageExtraction


class ListingSpider(JsListMixin, scrapy.Spider):
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
        self.reader = PageReader(0)  # from_crawler gives it the configured workers

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ListingSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.reader = PageReader(worker_count(crawler.settings.getint("SHELFWATCH_EXTRACT_WORKERS", -1)))
        crawler.signals.connect(spider.reader.close, signal=signals.spider_closed)
        return spider

    async def start(self) -> AsyncIterator[scrapy.Request]:
        # Scrapy 2.19 ignores start_requests(); start() is the entry point.
        self.reader.start()  # its workers start while the list pages are fetched
        for url in self.start_urls:
            platform = platform_for(url)
            if platform.is_item(url) or (platform.item is None and looks_like_item(url)):
                yield self._item_request(url, platform)
            else:
                yield self._list_request(url)

    # -- requests ---------------------------------------------------------------------------------------------
    def _list_request(self, url: str, *, pages: int = 1, chain: str = "") -> scrapy.Request:
        """A list page; ``pages``: how many list pages its chain (from ``chain``, its first page) has reached."""
        return scrapy.Request(url, callback=self.parse, errback=self.on_error,
                              meta={"list_pages": pages, "chain": chain or url})

    def _item_request(self, url: str, platform: Platform, *, rendered: bool = False) -> scrapy.Request:
        meta: dict[str, Any] = {"platform": platform.name, "item": True}
        if rendered or self._must_render(platform):
            # The profile's selector appears as soon as the facts are drawn; without one, networkidle means the
            # page's own fetch() calls for its facts have finished (at least 500 ms after the last one).
            wait = (
                PageMethod("wait_for_selector", platform.wait_for, timeout=15_000)
                if platform.wait_for
                else PageMethod("wait_for_load_state", "networkidle")
            )
            methods = [wait]
            if self.settings.getbool("SHELFWATCH_EVIDENCE_SCREENSHOTS", True):
                methods.append(screenshot_method())  # kept with the listing if it has a finding
            meta.update(playwright=True, playwright_page_methods=methods)
        # The callback sees a taken-down (404 / 410) or refused (403) item page: it says what the page is.
        meta["handle_httpstatus_list"] = [403, 404, 410]
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
    async def parse(self, response: Response) -> AsyncIterator[Any]:
        """A list page: follow item links and the next page; a page that is itself a product is read as one.

        Item links drawn by JavaScript are read from the JSON endpoint the page's scripts call when they show it,
        else the page is rendered with its "load more" control pressed and scrolled to the end.
        """
        if not hasattr(response, "css"):
            return
        platform = platform_for(response.url)
        if response.meta.get("rendered_list"):
            self._count_rendered_list(response)
        requests, found_items = self._links(response)
        for request in requests:
            yield request
        if not response.meta.get("playwright"):
            js = list(self._js_list_requests(response, platform, found_items=found_items))
            for request in js:
                yield request
            if js and (platform.item is not None or looks_like_list(response.url)):
                return
        if not found_items and platform.item is None:
            async for output in self.parse_item(response):
                yield output
        elif not found_items:
            # A list page without a single item link may be a captcha or login wall in front of the list.
            state = self._state(response, platform, has_product_facts=False)
            if state.is_block:
                self._count_block(response, state)

    def _links(self, response: Response) -> tuple[list[scrapy.Request], bool]:
        """Requests for the page's item and list links, and whether it links to any item at all."""
        requests: list[scrapy.Request] = []
        found_items = False
        guard = guard_for(self.crawler)
        scope = guard.scope
        chain = response.meta.get("chain", response.url)
        for a in response.css("a[href]"):
            href = a.attrib.get("href", "")
            url = canonical_url(response.urljoin(href))
            if not crawlable(url):
                continue
            # Any subdomain of a crawl site (search.jd.com -> item.jd.com); the guard still checks the address.
            if not scope.in_scope(url):
                guard.link_offsite(url)
                continue
            target = platform_for(url)
            text = " ".join(a.css("::text").getall()).strip()
            if target.is_item(url) or (target.item is None and looks_like_item(url)):
                found_items = True
                if self._admit_item(chain, url):
                    requests.append(self._item_request(url, target))
            elif is_next_link(text, a.attrib.get("rel", "")) or (target.is_listing(url) and stays_in_list(chain, url)):
                pages = int(response.meta.get("list_pages", 1)) + 1
                if self._within_list_cap(pages, response.url):
                    requests.append(self._list_request(url, pages=pages, chain=chain))
        return requests, found_items

    async def parse_item(self, response: Response) -> AsyncIterator[Any]:
        platform = platform_for(response.url)
        rendered = bool(response.meta.get("playwright"))
        if response.status in GONE_STATUSES:
            yield self._gone(response, platform)
            return
        content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        # The extractor decides the encoding from the bytes and the header, never from Scrapy's guess (cp1252 for
        # undeclared pages). A rendered page is re-encoded by scrapy-playwright, whose encoding is then the truth.
        override = getattr(response, "encoding", None) if rendered else None
        try:
            extraction = await self.reader.read(response.body, response.url, content_type=content_type,
                                                encoding=override, page_object=platform.page_object)
        except Exception as exc:  # a page no extractor foresaw, or its worker died: keep it as evidence, flag
            # it in the stats, go on
            if isinstance(exc, ReadFailed):
                self.crawler.stats.inc_value("shelfwatch/extraction_workers_lost")
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
        # Only a product page is stored: a captcha or login wall must never replace a listing and its findings.
        state = self._state(response, platform, has_product_facts=extraction.has_product_facts,
                            page_title=extraction.page_title)
        if state is PageState.GONE:
            yield self._gone(response, platform)
            return
        if state.is_block:
            self._count_block(response, state)
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
            **exchange(response, max_bytes=self.settings.getint("DOWNLOAD_MAXSIZE"), stats=self.crawler.stats),
        )

    # -- page states ----------------------------------------------------------------------------------------
    def _state(
        self, response: Response, platform: Platform, *, has_product_facts: bool, page_title: str | None = None
    ) -> PageState:
        """``page_title``: the ``<title>`` the extractors read, when they read the page.

        A page with product facts is judged by its status, URL and title alone (``reads_page_text``), so its title
        is taken from the extraction rather than from a second parse of the page: that parse and its text walk cost
        about as much as extraction itself."""
        if page_title is not None and not reads_page_text(has_product_facts=has_product_facts):
            title, text, password = page_title, "", False
        else:
            title, text, password = _head_text(response)
        return page_state(
            status=response.status,
            url=response.url,
            title=title,
            text=text,
            has_product_facts=has_product_facts,
            has_password_field=password,
            patterns=platform.states + generic_patterns(),
        )

    def _gone(self, response: Response, platform: Platform) -> GoneItem:
        self.crawler.stats.inc_value("shelfwatch/page_state/gone")
        return GoneItem(url=canonical_url(response.url), platform=platform.name, status=response.status,
                        seen_at=datetime.now(UTC).replace(tzinfo=None))

    def _count_block(self, response: Response, state: PageState) -> None:
        stats = self.crawler.stats
        stats.inc_value(f"shelfwatch/page_state/{state}")
        examples = stats.get_value("shelfwatch/blocked_urls") or []
        if len(examples) < 50:
            stats.set_value("shelfwatch/blocked_urls", [*examples, f"{state}: {response.url}"])
        self.logger.warning("not a listing (%s page), nothing stored: %s", state, response.url)

    def on_error(self, failure: Any) -> None:
        """A shop that is down or a page that fails: count it and log the URL, never stop the crawl."""
        if failure.check(Refused):
            return  # the guard counted it under shelfwatch/refused/<reason> and logged it
        if failure.check(PageTooLarge, AlreadyStored, Unchanged, HeldBack):
            # a rendered DOM over DOWNLOAD_MAXSIZE, a page a resumed job stored, one unchanged since it was
            # stored, or one held back at the pages cap: counted where raised
            return
        if failure.check(DownloadCancelledError):  # Scrapy stopped a download over DOWNLOAD_MAXSIZE (and logged it)
            self.crawler.stats.inc_value("shelfwatch/capped/page_size")
            return
        request = getattr(failure, "request", None)
        url = request.url if request is not None else "?"
        self.crawler.stats.inc_value("shelfwatch/failed_requests")
        response = getattr(failure.value, "response", None)  # HttpError carries the response
        kind = f"http_{response.status}" if response is not None else type(failure.value).__name__
        self.crawler.stats.inc_value(f"shelfwatch/failed/{kind}")
        failed = self.crawler.stats.get_value("shelfwatch/failed_urls") or []
        if len(failed) < 50:
            failed.append(f"{url}: {failure.getErrorMessage()}")
            self.crawler.stats.set_value("shelfwatch/failed_urls", failed)
        self.logger.warning("failed %s: %s", url, failure.getErrorMessage())


def _head_text(response: Response) -> tuple[str, str, bool]:
    """Title, the start of the visible text, and whether there is a password field; empty for non-HTML."""
    if not hasattr(response, "xpath"):
        return "", "", False
    try:
        title = " ".join(response.xpath("//title//text()").getall()).strip()
        parts = response.xpath("//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript)]")
        text, size = [], 0
        for part in parts.getall():
            part = part.strip()
            if part:
                text.append(part)
                size += len(part)
                if size > 4000:
                    break
        password = bool(response.xpath("//input[@type='password']"))
    except (ValueError, AttributeError):  # markup lxml cannot parse at all
        return "", "", False
    return title, " ".join(text), password
