"""Evidence kept with a listing, and what an unchanged page costs on the next crawl.

Where it lives: in the store, beside the listing, not in files under a data folder. A page version (``pages``:
the body zlib-compressed, its sha256, the final URL, the request and response headers, the fetch time) and its
screenshot (``screenshots``: PNG bytes and their sha256) are written in the same transaction as the listing and
its findings, so a finding never exists without the evidence it was raised on, a crash never leaves a file without
its row (or a row without its file), one backup (or one PostgreSQL server for a province's many crawl machines)
holds the whole case, and retention is one DELETE. The sha256 of every artefact is of the exact bytes kept (the
body as Scrapy handed it over, after any Content-Encoding was undone; the PNG as Chromium wrote it): what
``shelfwatch evidence export`` writes out, ``sha256sum`` checks.

Re-crawls: the listing keeps the stored page's ETag / Last-Modified and the sha256 of its body. The next crawl asks
with If-None-Match / If-Modified-Since; a 304, or a body whose sha256 is the stored one, proves the page unchanged:
only ``last_seen_at`` is written (crawlers/revisit.py). That proof holds only for what the server sent: a listing
whose facts were drawn by JavaScript (stored rendered) is never asked conditionally, since its HTML shell can stay
the same while the data behind it changes; neither is a listing found gone, or one on a takedown notice (those are
always fetched in full, so a relisting or a removal is seen with fresh evidence).
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, exists, func, or_, select, update

from shelfwatch.schema import findings, listings, notice_items, pages, screenshots

if TYPE_CHECKING:
    from shelfwatch.store import Store

PROTECTED_REVIEWS = ("confirmed", "test_purchase")
"""Reviews whose listing's evidence retention never deletes: the case an inspector made, or is still making."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def header_dict(headers: Mapping[Any, Any] | Iterable[tuple[Any, Any]] | None) -> dict[str, str]:
    """Headers (Scrapy's bytes multi-dict, Playwright's str dict, or pairs) as ``{name: value}``; repeated values
    on separate lines (Set-Cookie cannot be joined with commas)."""
    out: dict[str, str] = {}
    if headers is None:
        return out
    items = headers.items() if isinstance(headers, Mapping) else headers
    for name, value in items:
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        values = value if isinstance(value, list | tuple) else [value]
        text = "\n".join(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in values)
        out[key] = f"{out[key]}\n{text}" if key in out else text
    return out


def _header(headers: Mapping[str, str], name: str) -> str:
    for key, value in headers.items():
        if key.lower() == name:
            return value.split("\n", 1)[0].strip()
    return ""


def page_columns(page: Mapping[str, Any]) -> dict[str, Any]:
    """The ``pages`` columns of revision 0011 from a page record (``StorePipeline`` / ``capture``)."""
    return {
        "final_url": str(page.get("final_url") or page.get("url") or ""),
        "request_headers": json.dumps(page.get("request_headers") or {}, ensure_ascii=False, sort_keys=True),
        "response_headers": json.dumps(page.get("response_headers") or {}, ensure_ascii=False, sort_keys=True),
        "source": str(page.get("source") or "crawl"),
    }


def listing_values_after_page(page: Mapping[str, Any], digest: str) -> dict[str, Any]:
    """The listing columns a kept page sets: its validators, hash and when it was last seen (written with the
    listing's own upsert, in the listing's transaction)."""
    values: dict[str, Any] = {"content_sha256": digest, "last_seen_at": page.get("fetched_at") or _now(),
                              "http_etag": "", "http_last_modified": ""}
    if not page.get("rendered"):  # a rendered DOM has no validators of its own (see the module's docstring)
        response_headers = page.get("response_headers") or {}
        values["http_etag"] = _header(response_headers, "etag")
        values["http_last_modified"] = _header(response_headers, "last-modified")
    return values


def keep_screenshot(conn: Any, listing_id: int, page: Mapping[str, Any], digest: str) -> None:
    """In the listing's transaction, once its page is kept: keep the page's screenshot, if it has one."""
    shot: bytes | None = page.get("screenshot")
    if shot:
        page_id = conn.execute(
            select(pages.c.id).where(pages.c.listing_id == listing_id, pages.c.sha256 == digest)
        ).scalar_one()
        _insert_screenshot(conn, listing_id, page_id, shot, taken_at=page.get("fetched_at") or _now())


def _insert_screenshot(conn: Any, listing_id: int, page_id: int, shot: bytes, *, taken_at: datetime) -> str:
    from shelfwatch.store import _insert_for

    digest = sha256(shot)
    conn.execute(
        _insert_for(conn)(screenshots).values(
            listing_id=listing_id, page_id=page_id, taken_at=taken_at, media_type="image/png", sha256=digest,
            size=len(shot), body=shot,
        ).on_conflict_do_nothing(index_elements=["page_id", "sha256"])
    )
    return digest


# -- re-crawls ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class Revisit:
    """What the store knows of a listing's page before the crawl fetches it again."""

    content_sha256: str
    """sha256 of the stored body; a fetched body with this hash is unchanged."""
    etag: str = ""
    """ETag to send as If-None-Match (empty: none, or the page may not be asked conditionally)."""
    last_modified: str = ""
    """Last-Modified to send as If-Modified-Since (empty: none, or not asked conditionally)."""


def revisit_info(store: Store, url: str) -> Revisit | None:
    """How to fetch a stored listing's page again cheaply; None when it must be fetched and read in full (not
    stored, found gone, or on a takedown notice)."""
    return revisit_infos(store, [url]).get(url)


def revisit_infos(store: Store, urls: Sequence[str]) -> dict[str, Revisit]:
    """:func:`revisit_info` of many URLs in one query (the crawl asks for the item requests of a moment at once);
    a URL left out must be fetched and read in full."""
    on_notice = exists().where(notice_items.c.listing_id == listings.c.id)
    q = select(listings.c.url, listings.c.content_sha256, listings.c.http_etag, listings.c.http_last_modified,
               listings.c.rendered).where(listings.c.url.in_(list(urls)), listings.c.gone_since.is_(None), ~on_notice)
    out: dict[str, Revisit] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(q):
            if not row.content_sha256:
                continue
            if row.rendered:  # its facts came from scripts: only an identical rendered DOM proves it unchanged
                out[row.url] = Revisit(content_sha256=row.content_sha256)
            else:
                out[row.url] = Revisit(content_sha256=row.content_sha256, etag=row.http_etag,
                                       last_modified=row.http_last_modified)
    return out


def has_revisitable(store: Store) -> bool:
    """Whether any listing has a stored page that a re-crawl could find unchanged (a crawl into a store without
    one has nothing to ask :func:`revisit_infos` for)."""
    with store.engine.connect() as conn:
        row = conn.execute(select(listings.c.id).where(listings.c.content_sha256.is_not(None)).limit(1)).first()
    return row is not None


def mark_unchanged(store: Store, url: str, *, seen_at: datetime) -> bool:
    """A crawl saw the listing's page unchanged: only when it was last seen moves (claims, findings, evidence and
    the fetch time of the stored version stay as they are). False when no listing has this URL."""
    res = store._write(lambda conn: conn.execute(
        update(listings).where(listings.c.url == url).values(last_seen_at=seen_at)))
    return bool(res.rowcount)


# -- capture on demand ------------------------------------------------------------------------------------------
def save_capture(store: Store, listing_id: int, page: Mapping[str, Any], screenshot: bytes) -> dict[str, Any]:
    """Keep a rendered DOM as a page version of the listing (source ``capture``) and its screenshot; their hashes."""
    from shelfwatch.store import _insert_for

    body: bytes = page["body"]
    digest = sha256(body)
    fetched = page.get("fetched_at") or _now()

    def write(conn: Any) -> dict[str, Any]:
        conn.execute(
            _insert_for(conn)(pages).values(
                listing_id=listing_id, crawl_id=None, url=page["url"], fetched_at=fetched,
                status=int(page.get("status", 200)), content_type=page.get("content_type", ""), sha256=digest,
                rendered=True, body=zlib.compress(body), **page_columns({**page, "source": "capture"}),
            ).on_conflict_do_nothing(index_elements=["listing_id", "sha256"])
        )
        page_id = conn.execute(
            select(pages.c.id).where(pages.c.listing_id == listing_id, pages.c.sha256 == digest)).scalar_one()
        shot_digest = _insert_screenshot(conn, listing_id, page_id, screenshot, taken_at=fetched)
        return {"page_id": int(page_id), "dom_sha256": digest, "dom_bytes": len(body),
                "screenshot_sha256": shot_digest, "screenshot_bytes": len(screenshot), "fetched_at": fetched}

    return store._write(write)


def page_file_name(page_id: int, *, rendered: bool) -> str:
    """The file a page version is written to by ``evidence export`` and named by in notices and downloads."""
    return f"page-{page_id}.{'dom.html' if rendered else 'html'}"


def screenshot_file_name(shot_id: int) -> str:
    """The file a screenshot is written to by ``evidence export`` and named by in notices and downloads."""
    return f"screenshot-{shot_id}.png"


def _screenshot_select(*, bodies: bool) -> Any:
    kept = [c for c in screenshots.c if bodies or c.name != "body"]
    return (
        select(*kept, pages.c.sha256.label("page_sha256"), pages.c.source, pages.c.fetched_at.label("page_fetched_at"),
               func.coalesce(func.nullif(pages.c.final_url, ""), pages.c.url).label("final_url"))
        .join(pages, pages.c.id == screenshots.c.page_id)
        .order_by(screenshots.c.taken_at.desc(), screenshots.c.id.desc())
    )


def screenshots_of(store: Store, url: str, *, bodies: bool = True) -> list[dict[str, Any]]:
    """Every screenshot kept for a listing, newest first, with the page version it shows (id, sha256, source,
    fetch time, the URL that answered); without the PNG bytes unless ``bodies``."""
    q = _screenshot_select(bodies=bodies).join(listings, listings.c.id == screenshots.c.listing_id).where(
        listings.c.url == url)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


def screenshot_of_listing(store: Store, listing_id: int, shot_id: int) -> dict[str, Any] | None:
    """One screenshot with its bytes, only if it belongs to ``listing_id`` (a URL cannot pair one listing's page
    with another's picture); None otherwise."""
    q = _screenshot_select(bodies=True).where(screenshots.c.id == shot_id, screenshots.c.listing_id == listing_id)
    with store.engine.connect() as conn:
        row = conn.execute(q).mappings().first()
    return dict(row) if row is not None else None


# -- retention --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class PruneResult:
    """What one retention run deleted and kept."""

    cutoff: datetime
    """Page versions fetched before this (UTC) were candidates."""
    pages_deleted: int
    """Page versions deleted (their screenshots with them)."""
    screenshots_deleted: int
    """Screenshots deleted."""
    protected_listings: int
    """Listings whose evidence is never deleted (confirmed or test-purchase findings, takedown notices)."""


def prune(store: Store, *, days: int, now: datetime | None = None) -> PruneResult:
    """Delete page versions (and their screenshots) fetched more than ``days`` ago, except:

    - every version of a listing with a confirmed (or test-purchase) finding, active or not, or on a takedown
      notice: the case rests on them, whatever their age;
    - each listing's newest version, and the version its current claims and findings were read from (the last
      one a crawl stored; it may be old and still current when re-crawls found the page unchanged, and older than
      a later ``capture``).
    """
    if days <= 0:
        raise ValueError("retention days must be positive")
    cutoff = (now or _now()) - timedelta(days=days)
    protected = (
        select(findings.c.listing_id).where(findings.c.review.in_(PROTECTED_REVIEWS))
        .union(select(notice_items.c.listing_id))
    )
    newest = (
        select(pages.c.listing_id, func.max(pages.c.fetched_at).label("newest"))
        .group_by(pages.c.listing_id).subquery()
    )
    current = exists().where(listings.c.id == pages.c.listing_id, listings.c.content_sha256 == pages.c.sha256)
    doomed = (
        select(pages.c.id)
        .join(newest, newest.c.listing_id == pages.c.listing_id)
        .where(pages.c.fetched_at < cutoff, pages.c.fetched_at < newest.c.newest, ~current,
               or_(pages.c.listing_id.is_(None), pages.c.listing_id.not_in(protected)))
    )

    def write(conn: Any) -> PruneResult:
        ids = [int(i) for i in conn.execute(doomed).scalars()]
        shots = pages_deleted = 0
        for start in range(0, len(ids), 500):  # bounded statements (SQLite's variable limit)
            chunk = ids[start:start + 500]
            shots += conn.execute(delete(screenshots).where(screenshots.c.page_id.in_(chunk))).rowcount or 0
            pages_deleted += conn.execute(delete(pages).where(pages.c.id.in_(chunk))).rowcount or 0
        n_protected = conn.execute(select(func.count()).select_from(protected.subquery())).scalar() or 0
        return PruneResult(cutoff=cutoff, pages_deleted=pages_deleted, screenshots_deleted=shots,
                           protected_listings=int(n_protected))

    return store._write(write)

