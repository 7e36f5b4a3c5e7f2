"""List pages whose item links JavaScript draws: the spider's part that reads JSON endpoints or renders the list.

Mixed into ListingSpider. The decisions (which endpoint, which parameter pages, when the answer is the last one)
are pure functions in crawlers/jsdiscover.py; the browser script that presses "load more" is in
crawlers/browser.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import scrapy
from scrapy.http import Response
from scrapy_playwright.page import PageMethod

from crawlers.browser import LOAD_ALL_JS
from crawlers.guard import guard_for
from crawlers.jsdiscover import LOAD_MORE, Endpoint, json_endpoints, next_url, no_more, parse_json, urls_in_json
from crawlers.links import canonical_url, crawlable, looks_like_item, looks_like_list
from crawlers.platforms import Platform, platform_for

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

MAX_ENDPOINTS = 3
"""Endpoints tried per list page: the first ones fetch() is called with, then other data-looking URLs."""


class JsListMixin:
    if TYPE_CHECKING:
        crawler: Crawler
        logger: Any

        def _item_request(self, url: str, platform: Platform, *, rendered: bool = False) -> scrapy.Request: ...
        def _may_render(self, platform: Platform) -> bool: ...
        def parse(self, response: Response) -> AsyncIterator[Any]: ...
        def on_error(self, failure: Any) -> None: ...

    def _within_list_cap(self, pages: int, url: str) -> bool:
        cap = self.crawler.settings.getint("SHELFWATCH_MAX_LIST_PAGES", 100)
        if cap and pages > cap:
            stats = self.crawler.stats
            assert stats is not None
            if not stats.get_value("shelfwatch/capped/list_pages"):
                self.logger.warning("list chain reached SHELFWATCH_MAX_LIST_PAGES=%d at %s; stopping it", cap, url)
            stats.inc_value("shelfwatch/capped/list_pages")
            return False
        return True

    def _js_list_requests(self, response: Response, platform: Platform, *, found_items: bool) -> Iterator[Any]:
        """JSON endpoint requests, else one rendered request, for a static list page that needs them."""
        load_more = any(LOAD_MORE.match(t) for t in response.xpath(
            "//button//text() | //a//text() | //*[@role='button']//text() | //*[@onclick]//text()").getall())
        is_list = platform.is_listing(response.url) or (platform.item is None and looks_like_list(response.url))
        if not (load_more or (not found_items and (is_list or platform.item is None))):
            return
        scope = guard_for(self.crawler).scope
        scripts = response.xpath("//script[not(@src)]/text()").getall()
        endpoints = [e for e in json_endpoints(scripts, response.url) if scope.in_scope(e.url)][:MAX_ENDPOINTS]
        for endpoint in endpoints:
            yield self._json_request(endpoint, endpoint.page_url(endpoint.first), endpoint.first,
                                     chain=response.meta.get("chain", response.url),
                                     pages=int(response.meta.get("list_pages", 1)))
        if not endpoints and (load_more or is_list) and response.xpath("//script") and self._may_render(platform):
            yield self._rendered_list_request(response)

    def _json_request(self, endpoint: Endpoint, url: str, value: int, *, chain: str, pages: int) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_json_list,
            errback=self.on_error,
            headers={"Accept": "application/json, text/javascript, */*", "X-Requested-With": "XMLHttpRequest"},
            meta={"endpoint": endpoint, "value": value, "chain": chain, "list_pages": pages},
        )

    def _rendered_list_request(self, response: Response) -> scrapy.Request:
        rounds = self.crawler.settings.getint("SHELFWATCH_MAX_LIST_PAGES", 100) or 1000
        return scrapy.Request(
            response.url,
            callback=self.parse,
            errback=self.on_error,
            dont_filter=True,  # the static fetch of the same URL is already in the seen set
            meta={
                "playwright": True,
                "playwright_page_methods": [PageMethod("evaluate", LOAD_ALL_JS, rounds)],
                "list_pages": response.meta.get("list_pages", 1),
                "chain": response.meta.get("chain", response.url),
                "rendered_list": True,
            },
        )

    def _count_rendered_list(self, response: Response) -> None:
        stats = self.crawler.stats
        assert stats is not None
        stats.inc_value("shelfwatch/rendered_lists")
        methods = response.meta.get("playwright_page_methods") or []
        result = getattr(methods[0], "result", None) if methods else None
        if isinstance(result, dict) and result.get("capped"):
            self.logger.warning("load-more rounds reached SHELFWATCH_MAX_LIST_PAGES at %s; the rest is not crawled",
                                response.url)
            stats.inc_value("shelfwatch/capped/list_pages")

    def parse_json_list(self, response: Response) -> Iterator[Any]:
        """One page of a list's JSON endpoint: its item URLs, then the next page while new items keep coming."""
        stats = self.crawler.stats
        assert stats is not None
        endpoint: Endpoint = response.meta["endpoint"]
        chain: str = response.meta["chain"]
        data = parse_json(response.body)
        if data is None:
            stats.inc_value("shelfwatch/json_list/not_json")
            return
        stats.inc_value("shelfwatch/json_list/pages")
        scope = guard_for(self.crawler).scope
        new = 0
        for raw in urls_in_json(data, response.url):
            url = canonical_url(raw)
            target = platform_for(url)
            if not crawlable(url) or not scope.in_scope(url):
                continue
            if (target.is_item(url) or (target.item is None and looks_like_item(url))) and self._admit_item(chain, url):
                new += 1
                yield self._item_request(url, target)
        pages = int(response.meta.get("list_pages", 1)) + 1
        if new == 0 or no_more(data) or not self._within_list_cap(pages, response.url):
            return
        given = next_url(data, response.url)
        if given is not None:
            yield self._json_request(Endpoint(url=given), given, 0, chain=chain, pages=pages)
        elif endpoint.param:
            value = endpoint.next_value(int(response.meta["value"]), new)
            yield self._json_request(endpoint, endpoint.page_url(value), value, chain=chain, pages=pages)

    def _chain_items(self, chain: str) -> set[str]:
        chains: dict[str, set[str]] = self.__dict__.setdefault("_json_chains", {})
        return chains.setdefault(chain, set())

    def _admit_item(self, chain: str, url: str) -> bool:
        """Whether to request an item found on a list chain: new to the chain, and within SHELFWATCH_MAX_LIST_ITEMS."""
        seen = self._chain_items(chain)
        if url in seen:
            return False
        cap = self.crawler.settings.getint("SHELFWATCH_MAX_LIST_ITEMS", 0)
        if cap and len(seen) >= cap:
            stats = self.crawler.stats
            assert stats is not None
            if not stats.get_value(f"shelfwatch/capped_chain/{chain}"):
                stats.set_value(f"shelfwatch/capped_chain/{chain}", True)
                self.logger.warning("list chain from %s reached SHELFWATCH_MAX_LIST_ITEMS=%d; its other items are "
                                    "not crawled", chain, cap)
            stats.inc_value("shelfwatch/capped/list_items")
            return False
        seen.add(url)
        return True
