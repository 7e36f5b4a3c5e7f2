"""The index is written from the store's rows: sync catches up whatever the two disagree on, reindex rebuilds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from sqlalchemy import delete

from index import Filters, SearchRequest
from index.sqlite_fts import SqliteIndex
from shelfwatch.indexing import Embed, index_listings, reindex, store_documents, sync, sync_text
from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.schema import listings
from shelfwatch.store import Review, Store

WITHDRAWN = Finding(code=FindingCode.STANDARD_WITHDRAWN, severity=Severity.MEDIUM, evidence="GB/T 14272-2011",
                    explanation="标准已废止", subject="GB/T 14272-2011")


class Letters:
    """A stand-in embedder: one dimension per distinct character (enough to rank by shared characters)."""

    name = "letters"
    dim = 64

    def embed(self, texts: list[str], *, role: str = "passage") -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in zip(out, texts):
            for ch in text:
                row[ord(ch) % self.dim] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)


def ids(index: SqliteIndex, query: str = "", **kw: object) -> list[int]:
    return [h.listing_id for h in index.search(SearchRequest(query=query, limit=50, **kw)).hits]  # type: ignore[arg-type]


def _fill(store: Store, make_listing: Callable[..., Listing]) -> tuple[int, int, int]:
    crawl = store.start_crawl([])
    a = store.save_listing(make_listing(params={"执行标准": "GB/T 14272-2011"}), [], [WITHDRAWN], risk=40,
                           crawl_id=crawl)
    b = store.save_listing(make_listing(url="http://x/2", item_id="2", title="益智拼装积木", maker="某玩具厂"), [], [],
                           risk=0, crawl_id=crawl)
    c = store.save_listing(make_listing(url="http://x/3", item_id="3", title="移动电源 20000mAh", price=None), [], [],
                           risk=0, crawl_id=crawl)
    return a, b, c


def test_documents_carry_what_the_store_knows(fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    a, _, _ = _fill(fresh_store, make_listing)
    (doc,) = list(store_documents(fresh_store, [a]))
    assert (doc.listing_id, doc.title, doc.price, doc.risk) == (a, "儿童羽绒服 冬季加厚", 299.0, 40)
    assert doc.text == "执行标准：GB/T 14272-2011"
    assert (doc.finding_codes, doc.severities, doc.reviews) == (("standard_withdrawn",), ("medium",), ("open",))
    assert doc.crawled_at is not None and doc.version


def test_sync_catches_up_new_changed_reviewed_and_deleted(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    a, b, c = _fill(fresh_store, make_listing)
    index = SqliteIndex(tmp_path / "index.db")
    first = sync(fresh_store, index)
    assert (first.written, first.deleted, index.count()) == (3, 0, 3)
    assert sync(fresh_store, index).written == 0  # nothing differs: nothing written

    # The store committed a re-crawl but the process died before indexing it: the next sync writes it.
    crawl = fresh_store.start_crawl([])
    fresh_store.save_listing(make_listing(url="http://x/2", item_id="2", title="磁力片玩具"), [], [], risk=5,
                             crawl_id=crawl)
    # An inspector's verdict changes the review facet.
    (finding,) = fresh_store.find_findings(listing_id=a)[0]
    fresh_store.set_review(finding["id"], Review.CONFIRMED)
    # A listing removed from the store leaves the index too.
    with fresh_store.engine.begin() as conn:
        conn.execute(delete(listings).where(listings.c.id == c))
    report = sync(fresh_store, index)
    assert (report.written, report.deleted) == (2, 1)
    assert ids(index, "积木") == [] and ids(index, "磁力片") == [b]
    assert ids(index, filters=Filters(reviews=("confirmed",))) == [a]
    assert ids(index, "电源") == []
    index.close()


def test_index_listings_reads_back_from_the_store(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    a, b, _ = _fill(fresh_store, make_listing)
    index = SqliteIndex(tmp_path / "index.db")
    assert index_listings(fresh_store, index, [a, b, 999]) == 2
    assert sorted(i for i, _ in index.versions()) == [a, b]
    index.close()


def test_reindex_rebuilds_with_vectors_and_reports_progress(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    a, b, c = _fill(fresh_store, make_listing)
    index = SqliteIndex(tmp_path / "index.db")
    index.upsert(list(store_documents(fresh_store, [a])))
    seen: list[tuple[int, int]] = []
    embed = Embed(Letters())
    report = reindex(fresh_store, index, embed, lambda done, total: seen.append((done, total)))
    assert (report.written, report.total, index.count()) == (3, 3, 3)
    assert seen[-1] == (3, 3)
    hits = index.search(SearchRequest(vector=embed.query("益智拼装积木"))).hits
    assert hits[0].listing_id == b
    # A new embedder makes every version stale: the next sync re-embeds everything.
    assert sync(fresh_store, index, embed).written == 0
    assert sync(fresh_store, index, None).written == 3
    assert index.search(SearchRequest(vector=embed.query("积木"))).hits == []
    index.close()


def test_crawl_documents_without_vectors_are_found_by_text_and_caught_up_by_a_sync_with_the_embedder(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    a, b, c = _fill(fresh_store, make_listing)
    index = SqliteIndex(tmp_path / "index.db")
    embed = Embed(Letters())
    # What the crawl's writer does: documents for text search at once, vectors later.
    first = sync_text(fresh_store, index, embed.name)
    assert (first.report.written, first.pending) == (3, {a, b, c})
    query = embed.query("益智拼装积木")
    assert ids(index, "积木") == [b]
    assert ids(index, "积木", vector=query) == [b]  # hybrid: the text ranking still finds it
    assert ids(index, vector=query) == []  # semantic alone: no vector, no neighbour (not an error)

    caught = sync(fresh_store, index, embed)  # the catch-up after the crawl
    assert caught.written == 3
    assert ids(index, vector=query)[0] == b
    # A later text sync leaves documents that have their vectors as they are, and finds none pending.
    again = sync_text(fresh_store, index, embed.name)
    assert (again.report.written, again.pending) == (0, set())
    # A listing crawled again gets a text-only document; only it awaits its vector.
    crawl = fresh_store.start_crawl([])
    fresh_store.save_listing(make_listing(url="http://x/2", item_id="2", title="磁力片玩具"), [], [], risk=5,
                             crawl_id=crawl)
    changed = sync_text(fresh_store, index, embed.name)
    assert (changed.report.written, changed.pending) == (1, {b})
    assert ids(index, "磁力片") == [b]
    # Semantic search off: no vectors awaited at all.
    assert sync_text(fresh_store, index, "").pending == set()
    index.close()
