"""Item pipeline: adapts a PageItem to the store and the index. No judgment lives here."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from crawlers.evidence import page_evidence
from crawlers.items import GoneItem, PageItem
from crawlers.monitor import REQUIRED_FIELDS, cap_warnings, crawl_alarms
from crawlers.resume import write_job
from index import SearchIndex
from shelfwatch.audit import Actor
from shelfwatch.indexing import Embed, index_listings, sync
from shelfwatch.notices import reconcile_with_crawls
from shelfwatch.pipeline import judge, listing_from_extraction, load_match_context
from shelfwatch.registry_io import ensure_bundled_registry
from shelfwatch.settings import load_settings
from shelfwatch.store import Store
from shelfwatch.wiring import open_embedder, open_search, open_store

logger = logging.getLogger(__name__)


class StorePipeline:
    """Judge each item page against the registry and blacklist, store it with its evidence, index it."""

    def __init__(self, db: str, index_backend: str, es_url: str, as_of: date | None, start_urls: list[str]) -> None:
        self.settings = load_settings(db=db, index_backend=index_backend, es_url=es_url)
        self.as_of = as_of
        self.start_urls = start_urls
        self.store: Store | None = None
        self.search: SearchIndex | None = None
        self.pending: list[int] = []  # listing ids stored, indexed from the store's rows in batches
        self.embed: Embed | None = None
        self.stats: StatsCollector | None = None
        self.job_dir = ""
        self.job_crawl_ids: list[int] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        s = crawler.settings
        as_of = s.get("SHELFWATCH_AS_OF")
        pipeline = cls(
            db=s.get("SHELFWATCH_DB"),
            index_backend=s.get("SHELFWATCH_INDEX_BACKEND", "sqlite"),
            es_url=s.get("SHELFWATCH_ES_URL", ""),
            as_of=date.fromisoformat(as_of) if as_of else None,
            start_urls=list(s.getlist("SHELFWATCH_START_URLS")),
        )
        # Scrapy 2.19 calls open_spider/close_spider without the spider: the stats come from the crawler.
        pipeline.stats = crawler.stats
        pipeline.job_dir = s.get("SHELFWATCH_JOB_DIR") or ""
        pipeline.job_crawl_ids = [int(i) for i in s.getlist("SHELFWATCH_JOB_CRAWL_IDS")]
        # Only spider_closed knows why the crawl ended (a cap, or the end): the crawl's record is finished there.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Any = None) -> None:
        self.store = open_store(self.settings)
        # Whatever started the crawl (CLI, Celery, `scrapy crawl`), an empty store gets the bundled registry.
        imported = ensure_bundled_registry(self.store)
        if imported and self.stats is not None:
            self.stats.set_value("shelfwatch/registry_imported", imported)
        self.search = open_search(self.settings, self.store)
        self.embed = open_embedder(self.settings)
        # Catch up whatever an interrupted run left unindexed (a killed crawl loses its last unwritten batch).
        sync(self.store, self.search, self.embed)
        self.crawl_id = self.store.start_crawl(self.start_urls)
        if self.job_dir:
            write_job(self.job_dir, {"crawl_ids": [*self.job_crawl_ids, self.crawl_id], "finished": False})
        self.ctx = load_match_context(self.store, self.as_of or date.today())

    def process_item(self, item: PageItem | GoneItem, spider: Any = None) -> PageItem | GoneItem:
        assert self.store is not None
        if isinstance(item, GoneItem):
            # The spider counted it (shelfwatch/page_state/gone); a stored listing is marked, nothing is deleted.
            if self.store.mark_gone(item.url, seen_at=item.seen_at, status=item.status) and self.stats is not None:
                self.stats.inc_value("shelfwatch/listings_gone")
            return item
        listing = listing_from_extraction(
            item.extraction, url=item.url, platform=item.platform, fetched_at=item.fetched_at, rendered=item.rendered
        )
        judged = judge(listing, list(item.extraction.claims), self.ctx)
        listing_id = self.store.save_listing(
            listing,
            judged.claims,
            judged.findings,
            risk=judged.risk,
            crawl_id=self.crawl_id,
            unverified=judged.unverified,
            page={
                "url": item.url,
                "body": item.body,
                "status": item.status,
                "content_type": item.content_type,
                "fetched_at": item.fetched_at,
                "rendered": item.rendered,
                **page_evidence(item, has_findings=bool(judged.findings)),
            },
        )
        if self.stats is not None:
            self.stats.inc_value("shelfwatch/listings_stored")
            for name in REQUIRED_FIELDS:
                if getattr(listing, name) in ("", None):
                    self.stats.inc_value(f"shelfwatch/missing/{name}")
        self.pending.append(listing_id)
        if len(self.pending) >= 100:
            self._flush()
        return item

    def _flush(self) -> None:
        if self.search is not None and self.store is not None and self.pending:
            index_listings(self.store, self.search, self.pending, self.embed)
        self.pending = []

    def close_spider(self, spider: Any = None) -> None:
        self._flush()
        if self.search is not None:
            self.search.close()

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        if self.store is not None:
            stats = {**(self.stats.get_stats() if self.stats is not None else {}), "finish_reason": reason}
            previous = self.store.previous_crawl_stats(self.crawl_id)
            alarms, caps = crawl_alarms(stats, previous), cap_warnings(stats)
            for alarm in alarms:
                logger.warning("crawl alarm: %s", alarm)
            for cap in caps:
                logger.warning("crawl cap: %s", cap)
            figures = {"shelfwatch/alarms": alarms, "shelfwatch/cap_warnings": caps}
            if self.stats is not None:
                for key, value in figures.items():
                    self.stats.set_value(key, value)
            self.store.finish_crawl(self.crawl_id, {**stats, **figures})
            # Issued takedowns checked against what this crawl saw: gone pages verify removals, live ones reopen.
            reconcile_with_crawls(self.store, actor=Actor(name="system:crawl"))
            if self.job_dir and reason == "finished":  # ran to its end: the next run is a new job
                write_job(self.job_dir, {"crawl_ids": [*self.job_crawl_ids, self.crawl_id], "finished": True})
            self.store.close()
            self.store = None
