"""The search index is written from the store's rows, never from anything the store did not keep.

Every document carries a ``version`` made of what the store knows about the listing (its last crawl, fetch time,
risk, findings with their review state, and the embedder that made its vector). :func:`sync` compares the store
with the index and writes only what differs, so whatever happened in between (a crash after the store committed
and before the index did, a verdict set in the web app, a listing deleted) is caught up by the next sync. The
crawl pipeline syncs text when it opens (:func:`sync_text`) and indexes the listings it stored (read back from
the store) as it goes, without vectors; `shelfwatch crawl` then syncs with the embedder, which gives those
documents their vectors (a document's version names its embedder, so one without a vector is out of date).
:func:`reindex` rebuilds any backend from scratch and swaps it in whole.

This module sits on top (it reads the store and calls the embedder); ``index/`` never imports either.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from index import IndexedListing, SearchIndex
from shelfwatch.schema import findings, listings
from shelfwatch.store import Store

Progress = Callable[[int, int], None]
"""Called with (done, total) as documents are written."""

BATCH = 1000


class Embed:
    """Passage embedding for the index, from any object with ``name`` and ``embed(texts, role=...)``."""

    def __init__(self, embedder: Any) -> None:
        self.embedder = embedder
        self.name: str = embedder.name

    def __call__(self, texts: Sequence[str]) -> Any:
        return self.embedder.embed(list(texts), role="passage")

    def query(self, text: str) -> Any:
        """The vector of a search query (one row)."""
        return self.embedder.embed([text], role="query")[0]


def passage_text(doc: IndexedListing) -> str:
    """What the vector of a listing is made from: what it is, not its parameter list."""
    return " ".join(part for part in (doc.title, doc.brand, doc.category) if part)


def _findings_by_listing(conn: Any, ids: Sequence[int] | None) -> dict[int, list[tuple[str, str, str]]]:
    q = select(findings.c.listing_id, findings.c.code, findings.c.severity, findings.c.review)
    if "active" in findings.c:  # findings a re-crawl no longer raises are history, not the listing's verdict
        q = q.where(findings.c.active.is_(True))
    if ids is not None:
        q = q.where(findings.c.listing_id.in_(ids))
    out: dict[int, list[tuple[str, str, str]]] = {}
    for listing_id, code, severity, review in conn.execute(q.order_by(findings.c.listing_id, findings.c.id)):
        out.setdefault(int(listing_id), []).append((code, severity, review))
    return out


def _version(row: Any, found: list[tuple[str, str, str]], embedder: str) -> str:
    key = json.dumps([row["last_crawl_id"], str(row["fetched_at"]), row["risk"], bool(row.get("gone", False)),
                      sorted(found), embedder], default=str)
    return hashlib.sha1(key.encode()).hexdigest()[:20]


def _document(row: Any, found: list[tuple[str, str, str]], embedder: str) -> IndexedListing:
    params = json.loads(row["params"] or "{}")
    text = "\n".join([*(f"{k}：{v}" for k, v in params.items()), row["description"] or ""]).strip()
    return IndexedListing(
        listing_id=int(row["id"]), url=row["url"], platform=row["platform"], item_id=row["item_id"] or "",
        title=row["title"] or "", brand=row["brand"] or "", maker=row["maker"] or "", category=row["category"] or "",
        category_key=row["category_key"] or "", text=text, price=row["price"], risk=float(row["risk"] or 0.0),
        finding_codes=tuple(dict.fromkeys(c for c, _, _ in found)),
        severities=tuple(dict.fromkeys(s for _, s, _ in found)),
        reviews=tuple(dict.fromkeys(r for _, _, r in found)),
        crawled_at=row["fetched_at"], gone=bool(row.get("gone", False)), version=_version(row, found, embedder),
    )


def store_documents(store: Store, ids: Sequence[int] | None = None, *, embedder: str = "") -> Iterator[IndexedListing]:
    """Index documents of the given listings (all of them when ``ids`` is None), read from the store in batches."""
    with store.engine.connect() as conn:
        if ids is not None:
            for start in range(0, len(ids), BATCH):
                chunk = list(ids[start : start + BATCH])
                found = _findings_by_listing(conn, chunk)
                rows = conn.execute(select(listings).where(listings.c.id.in_(chunk)).order_by(listings.c.id))
                for row in rows.mappings():
                    yield _document(row, found.get(int(row["id"]), []), embedder)
            return
        last = 0
        while True:  # keyset pages: memory stays flat at a million listings
            rows = conn.execute(select(listings).where(listings.c.id > last).order_by(listings.c.id).limit(BATCH))
            batch = list(rows.mappings())
            if not batch:
                return
            found = _findings_by_listing(conn, [int(r["id"]) for r in batch])
            for row in batch:
                yield _document(row, found.get(int(row["id"]), []), embedder)
            last = int(batch[-1]["id"])


def store_versions(store: Store, *, embedder: str = "") -> dict[int, str]:
    """listing id -> the version its document should carry."""
    return {i: v for i, (v,) in _versions(store, (embedder,)).items()}


def _versions(store: Store, embedders: Sequence[str]) -> dict[int, tuple[str, ...]]:
    """listing id -> the version its document should carry with each embedder named ("": none), in one read."""
    out: dict[int, tuple[str, ...]] = {}
    with store.engine.connect() as conn:
        found = _findings_by_listing(conn, None)
        columns = [listings.c.id, listings.c.last_crawl_id, listings.c.fetched_at, listings.c.risk]
        if "gone" in listings.c:
            columns.append(listings.c.gone)
        for row in conn.execute(select(*columns)).mappings():
            listing_found = found.get(int(row["id"]), [])
            out[int(row["id"])] = tuple(_version(row, listing_found, e) for e in embedders)
    return out


def _with_vectors(docs: Iterable[IndexedListing], embed: Embed | None) -> Iterator[list[IndexedListing]]:
    """Documents in batches, each batch embedded in one call."""
    from dataclasses import replace

    batch: list[IndexedListing] = []

    def flush() -> list[IndexedListing]:
        if embed is None:
            return batch
        vectors = embed([passage_text(d) for d in batch])
        return [replace(d, vector=v) for d, v in zip(batch, vectors)]

    for doc in docs:
        batch.append(doc)
        if len(batch) >= BATCH:
            yield flush()
            batch = []
    if batch:
        yield flush()


@dataclass(frozen=True, kw_only=True)
class SyncReport:
    """What a sync or reindex wrote."""

    written: int
    deleted: int
    total: int
    seconds: float


def index_listings(store: Store, index: SearchIndex, ids: Sequence[int], embed: Embed | None = None) -> int:
    """(Re)index the given listings from the store's rows; a listing the store no longer has is deleted."""
    written = 0
    docs = store_documents(store, ids, embedder=embed.name if embed else "")
    seen: set[int] = set()
    for batch in _with_vectors(docs, embed):
        written += index.upsert(batch)
        seen.update(d.listing_id for d in batch)
    missing = [i for i in ids if i not in seen]
    if missing:
        index.delete(missing)
    return written


def sync(store: Store, index: SearchIndex, embed: Embed | None = None, progress: Progress | None = None) -> SyncReport:
    """Write what differs between the store and the index (new, changed, deleted listings); with ``embed``, a
    document without its vector (see :func:`sync_text`) differs too, and gets it."""
    started = time.perf_counter()
    want = store_versions(store, embedder=embed.name if embed else "")
    have = dict(index.versions())
    stale = sorted(i for i, v in want.items() if have.get(i) != v)
    return _write_stale(store, index, want, have, stale, embed, progress, started)


def sync_text(store: Store, index: SearchIndex, embedder: str) -> TextSync:
    """Write, without vectors, the documents of listings that changed; a document up to date with or without the
    vectors of ``embedder`` is left as it is.

    The crawl's way: its writer indexes each batch for text search at once and leaves the vectors (tens of
    milliseconds a listing on a CPU) to a :func:`sync` with the embedder after the crawl. Also says which listings
    still await their vectors (``pending``: their documents carry no vector of ``embedder``, or a stale one).
    """
    started = time.perf_counter()
    both = _versions(store, ("", embedder) if embedder else ("",))
    have = dict(index.versions())
    stale = sorted(i for i, versions in both.items() if have.get(i) not in versions)
    report = _write_stale(store, index, {i: v[0] for i, v in both.items()}, have, stale, None, None, started)
    pending = {i for i, versions in both.items() if embedder and have.get(i) != versions[-1]}
    return TextSync(report=report, pending=pending)


@dataclass(frozen=True, kw_only=True)
class TextSync:
    """What :func:`sync_text` wrote, and the listings still without their vectors."""

    report: SyncReport
    pending: set[int]


def _write_stale(store: Store, index: SearchIndex, want: dict[int, str], have: dict[int, str], stale: list[int],
                 embed: Embed | None, progress: Progress | None, started: float) -> SyncReport:
    gone = sorted(set(have) - set(want))
    written = 0
    for start in range(0, len(stale), BATCH * 10):
        written += index_listings(store, index, stale[start : start + BATCH * 10], embed)
        if progress:
            progress(written, len(stale))
    deleted = index.delete(gone) if gone else 0
    return SyncReport(written=written, deleted=deleted, total=len(want), seconds=time.perf_counter() - started)


def reindex(store: Store, index: SearchIndex, embed: Embed | None = None, progress: Progress | None = None) -> SyncReport:
    """Rebuild the whole index from the store; searches use the old one until the new one is complete."""
    started = time.perf_counter()
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(listings)).scalar() or 0)
    index.begin_rebuild()
    written = 0
    try:
        for batch in _with_vectors(store_documents(store, embedder=embed.name if embed else ""), embed):
            written += index.upsert(batch)
            if progress:
                progress(written, total)
    except BaseException:
        index.abort_rebuild()
        raise
    index.finish_rebuild()
    # Listings stored while the rebuild ran were written to the old index too late for the new one: catch up.
    caught = sync(store, index, embed)
    return SyncReport(written=written + caught.written, deleted=caught.deleted, total=total,
                      seconds=time.perf_counter() - started)


def print_progress(label: str) -> Progress:
    """A progress callback printing ``label done/total (rate/s)`` to stderr, at most twice a second."""
    started = time.perf_counter()
    last = [0.0]

    def report(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] < 0.5 and done < total:
            return
        last[0] = now
        rate = done / max(now - started, 1e-9)
        print(f"\r{label} {done}/{total} ({rate:.0f}/s)", end="" if done < total else "\n", file=sys.stderr,
              flush=True)

    return report
