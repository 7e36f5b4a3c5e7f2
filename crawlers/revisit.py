"""Incremental re-crawls: an item page that has not changed since it was stored costs a 304 or a hash, not a read.

For each item request of a stored listing, the store says (shelfwatch/evidence.py, ``revisit_infos``) which ETag /
Last-Modified its stored page came with and the sha256 of its stored body. The request asks with If-None-Match /
If-Modified-Since; the answer is unchanged when it is a 304, or a full page whose body has the stored sha256. Then
only the listing's ``last_seen_at`` is written and the request ends here (``Unchanged``): nothing is extracted or
judged, the listing is not marked gone, and its claims, findings and evidence stay as they are. A changed page
goes on to the spider like any other.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from datetime import UTC, datetime

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from sqlalchemy.exc import OperationalError

from shelfwatch.evidence import Revisit, has_revisitable, mark_unchanged, revisit_infos
from shelfwatch.settings import load_settings
from shelfwatch.store import Store

logger = logging.getLogger(__name__)

_META = "shelfwatch_revisit"
_CONDITIONAL = (b"If-None-Match", b"If-Modified-Since")


class Unchanged(IgnoreRequest):
    """An item page unchanged since it was stored; counted under ``shelfwatch/unchanged/<how>``, not a failure."""


class RevisitMiddleware:
    """Downloader middleware: conditional requests for stored listings, and the end of the road for unchanged ones."""

    def __init__(self, crawler: Crawler, db: str) -> None:
        self.crawler = crawler
        self.db = db
        self._store: Store | None = None
        self._asked: dict[str, asyncio.Future[Revisit | None]] = {}
        self._nothing_stored: bool | None = None
        """True when the store held no stored page as this crawl's first item request went out: a first crawl asks
        nothing (this crawl's own pages are not fetched twice: the duplicate filter, or a shared frontier, sees to
        it). Each batched look-up costs about a third of a millisecond a page on the reactor thread."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RevisitMiddleware:
        db = crawler.settings.get("SHELFWATCH_DB")
        if not db or not crawler.settings.getbool("SHELFWATCH_REVISIT", True):
            raise NotConfigured("no store to compare with")
        mw = cls(crawler, db)
        from scrapy import signals

        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    @property
    def store(self) -> Store:
        if self._store is None:  # opened on first use: the pipeline has created and migrated the store by then
            from shelfwatch.wiring import open_store

            self._store = open_store(load_settings(db=self.db))
        return self._store

    def spider_closed(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    async def process_request(self, request: Request) -> None:
        if not request.meta.get("item"):
            return
        for name in _CONDITIONAL:  # a redirect copies the request: its target gets its own validators or none
            request.headers.pop(name, None)
        try:
            if self._nothing_stored is None:
                self._nothing_stored = not has_revisitable(self.store)
            if self._nothing_stored:
                return
            info = await self._revisit_info(request.url)
        except OperationalError as exc:
            # The store is unreachable (a PostgreSQL restart): fetch the page in full rather than lose it; the
            # writer stores it once the database is back (its writes are retried), an unchanged page included.
            self._store_unreachable(exc)
            info = None
        request.meta[_META] = info
        if info is None or request.meta.get("playwright"):
            return  # Chromium would send them on the page's navigation and be handed a bodiless 304
        if info.etag:
            request.headers[b"If-None-Match"] = info.etag
        if info.last_modified:
            request.headers[b"If-Modified-Since"] = info.last_modified

    async def _revisit_info(self, url: str) -> Revisit | None:
        """The store's answer for one URL, asked together with every other item request of the same moment: the
        engine hands the downloader several requests per turn of the loop, and a query each, on the reactor
        thread, cost about a third as much as extracting the pages (cProfile of the demo crawl)."""
        loop = asyncio.get_running_loop()
        if not self._asked:
            loop.call_soon(self._answer)
        answer = self._asked.get(url)
        if answer is None:
            answer = self._asked[url] = loop.create_future()
        return await asyncio.shield(answer)

    def _answer(self) -> None:
        asked, self._asked = self._asked, {}
        try:
            infos = revisit_infos(self.store, list(asked))
        except Exception as exc:  # every asker gets it (an unreachable store is handled there)
            for answer in asked.values():
                answer.set_exception(exc)
            return
        for url, answer in asked.items():
            answer.set_result(infos.get(url))

    def process_response(self, request: Request, response: Response) -> Response:
        info: Revisit | None = request.meta.get(_META)
        if info is None or request.url != response.url:
            return response
        asked = any(request.headers.get(name) for name in _CONDITIONAL)
        if response.status == 304 and asked:
            self._unchanged(request, "not_modified")
        if response.status == 200 and hashlib.sha256(response.body).hexdigest() == info.content_sha256:
            self._unchanged(request, "same_hash")
        return response

    def _store_unreachable(self, exc: OperationalError) -> None:
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("shelfwatch/revisit/store_unreachable")
        logger.warning("store unreachable, page fetched in full: %s", str(exc.orig).strip().splitlines()[0][:200])

    def _unchanged(self, request: Request, how: str) -> None:
        stats = self.crawler.stats
        assert stats is not None
        try:
            mark_unchanged(self.store, request.url, seen_at=datetime.now(UTC).replace(tzinfo=None))
        except OperationalError as exc:  # not recorded as seen: a full page goes on and is stored like a changed
            # one; a 304 (no body) is dropped by Scrapy as an HTTP error, leaving the stored listing as it was
            self._store_unreachable(exc)
            return
        stats.inc_value("shelfwatch/listings_unchanged")
        stats.inc_value(f"shelfwatch/unchanged/{how}")
        raise Unchanged(f"unchanged since stored ({how}): {request.url}")
