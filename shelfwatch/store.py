"""The record store: listings, their claims, findings, page evidence, registry and blacklist rows.

SQLAlchemy Core over an SQLite file by default, or PostgreSQL (psycopg 3) when crawls run on several machines; both are
tested with the same suite. Every write is an upsert with the database's own ON CONFLICT clause, so processes that
store the same listing at once neither fail nor duplicate it. The tables are in ``shelfwatch/schema.py``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Literal, TypeVar

from sqlalchemy import bindparam, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from shelfwatch import evidence, migrate
from shelfwatch.models import CertType, Claim, ClaimKind, Finding, Listing, UnverifiedClaim
from shelfwatch.schema import (
    blacklist,
    claims,
    crawls,
    findings,
    listing_versions,
    listings,
    pages,
    registry_imports,
    rollup_listings,
    rulebook,
    self_declarations,
    standards,
    task_runs,
    unverified_claims,
)
from shelfwatch.settings import Settings, db_url

log = logging.getLogger(__name__)
T = TypeVar("T")
RECONNECT_WINDOW_S = 60.0
"""How long a crawl's writes keep trying while the database is unreachable (a restart, a failover)."""


class Review(StrEnum):
    """An inspector's verdict on a finding (the ``findings.review`` column)."""

    OPEN = "open"
    """Not looked at yet (every new finding)."""
    CONFIRMED = "confirmed"
    """The inspector agrees: the listing goes on to the platform for takedown."""
    DISMISSED = "dismissed"
    """A false alarm (the decision carries the reason, see ``shelfwatch.decisions``)."""
    TEST_PURCHASE = "test_purchase"
    """需要试买: the page alone cannot settle it; a test purchase will. Stays inside the office like "open"."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL lets the web app read while a crawl writes; foreign keys make deletes cascade."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=10000")  # first: switching to WAL below waits for other processes too
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()


@dataclass(frozen=True, kw_only=True)
class ListingSave:
    """One listing to store: the arguments of :meth:`Store.save_listing`, for :meth:`Store.save_batch`."""

    listing: Listing
    """The listing's facts."""
    claims: list[Claim]
    """This crawl's claims (replace the same crawl's earlier ones)."""
    findings: list[Finding]
    """The findings raised now (upserted; the ones no longer raised are cleared)."""
    risk: float
    """Risk score 0-100."""
    crawl_id: int | None = None
    """The crawl that read it."""
    page: dict[str, Any] | None = None
    """Page evidence (url, body, status, content_type, fetched_at, rendered), or None."""
    unverified: list[UnverifiedClaim] | None = None
    """Claims nothing could verify; None leaves the stored ones."""


@dataclass(frozen=True, kw_only=True)
class GoneMark:
    """A page that says its listing is gone: the arguments of :meth:`Store.mark_gone`, for a batch."""

    url: str
    """Canonical URL of the item page."""
    seen_at: datetime
    """When it was seen gone (the first time is kept)."""
    status: int
    """HTTP status of the gone page."""


class Store:
    """Reads and writes shelfwatch records; one instance per process."""

    def __init__(
        self, db: str, *, pool_size: int = Settings.db_pool_size, max_overflow: int = Settings.db_max_overflow
    ) -> None:
        self.url = db_url(db)
        if self.url.startswith("sqlite"):
            self.engine = create_engine(self.url)
            _sqlite_pragmas(self.engine)
        else:
            # A server database: a bounded pool per process (workers x (size + overflow) must stay under the
            # server's max_connections), and a ping at checkout so a restarted server costs a reconnect, not a crawl.
            self.engine = create_engine(
                self.url, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True, pool_recycle=1800
            )
        migrate.upgrade(self.engine)

    @property
    def sqlite_path(self) -> str | None:
        """The SQLite file, for the embedded search index that lives beside the records."""
        if self.engine.dialect.name != "sqlite":
            return None
        return self.engine.url.database

    def close(self) -> None:
        self.engine.dispose()

    # -- crawls -----------------------------------------------------------------------------------------------
    def start_crawl(self, start_urls: list[str]) -> int:
        with self.engine.begin() as conn:
            res = conn.execute(insert(crawls).values(started_at=_now(), start_urls=json.dumps(start_urls)))
            return int(res.inserted_primary_key[0])  # type: ignore[index]  # always set on INSERT

    def finish_crawl(self, crawl_id: int, stats: dict[str, Any]) -> None:
        values = {"finished_at": _now(), "stats": json.dumps(stats, default=str, ensure_ascii=False)}
        self._write(lambda conn: conn.execute(update(crawls).where(crawls.c.id == crawl_id).values(**values)))

    def _write(self, work: Callable[[Any], T]) -> T:
        """Run an idempotent write in a transaction, again and again while the database is unreachable.

        A PostgreSQL restart (or failover) drops every connection; the pool's pre-ping reconnects, and a write
        caught by the outage is tried again, with growing waits, for up to ``RECONNECT_WINDOW_S``: a crawl carries
        on instead of losing the pages it fetched meanwhile. The writes given here are upserts, so a retry after a
        commit whose answer was lost does no harm. SQLite's "database is locked" past busy_timeout is retried too.
        """
        deadline, wait = time.monotonic() + RECONNECT_WINDOW_S, 0.25
        while True:
            try:
                with self.engine.begin() as conn:
                    return work(conn)
            except OperationalError as exc:
                if time.monotonic() + wait > deadline:
                    raise
                log.warning("database unreachable (%s); trying again in %.1f s", str(exc.orig).strip()[:200], wait)
                time.sleep(wait)
                wait = min(wait * 2, 5.0)

    # -- task runs --------------------------------------------------------------------------------------------
    def start_run(self, kind: str, *, watch: str = "", task_id: str = "", attempt: int = 1) -> int:
        """Record that a task attempt began (state ``running``); its run id."""
        with self.engine.begin() as conn:
            res = conn.execute(insert(task_runs).values(
                kind=kind, watch=watch, task_id=task_id, state="running", attempt=attempt, started_at=_now(),
                stats="{}", error="", alarms="[]"))
            return int(res.inserted_primary_key[0])  # type: ignore[index]  # always set on INSERT

    def finish_run(self, run_id: int, state: str, *, stats: dict[str, Any] | None = None, error: str = "",
                   alarms: list[str] | None = None) -> None:
        """Record how a task attempt ended: ``succeeded``, ``failed`` or ``skipped``, its figures, error and alarms."""
        with self.engine.begin() as conn:
            conn.execute(update(task_runs).where(task_runs.c.id == run_id).values(
                state=state, finished_at=_now(), error=error,
                stats=json.dumps(stats or {}, default=str, ensure_ascii=False),
                alarms=json.dumps(alarms or [], ensure_ascii=False)))

    def recent_runs(self, *, limit: int = 20, watch: str | None = None) -> list[dict[str, Any]]:
        """The newest task runs first, stats and alarms decoded."""
        q = select(task_runs).order_by(task_runs.c.started_at.desc(), task_runs.c.id.desc()).limit(limit)
        if watch:
            q = q.where(task_runs.c.watch == watch)
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        for r in rows:
            r["stats"], r["alarms"] = json.loads(r["stats"] or "{}"), json.loads(r["alarms"] or "[]")
        return rows

    # -- listings ---------------------------------------------------------------------------------------------
    def iter_crawls(self, *, limit: int = 50) -> list[dict[str, Any]]:
        """The newest crawls first, each with its start URLs and figures decoded."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(crawls).order_by(crawls.c.id.desc()).limit(limit)).mappings().all()
        out = []
        for r in rows:
            d = dict(r)
            d["start_urls"] = json.loads(d["start_urls"] or "[]")
            d["stats"] = json.loads(d["stats"] or "{}")
            out.append(d)
        return out

    def urls_saved_in(self, crawl_ids: Iterable[int]) -> set[str]:
        """URLs of the listings whose page was saved by any of these crawls."""
        ids = list(crawl_ids)
        if not ids:
            return set()
        with self.engine.connect() as conn:
            return set(conn.execute(select(pages.c.url).where(pages.c.crawl_id.in_(ids)).distinct()).scalars())

    def previous_crawl_stats(self, crawl_id: int) -> dict[str, Any] | None:
        """Figures of the last finished crawl before this one with the same start URLs (None: there is none)."""
        with self.engine.connect() as conn:
            start_urls = conn.execute(select(crawls.c.start_urls).where(crawls.c.id == crawl_id)).scalar()
            raw = conn.execute(
                select(crawls.c.stats)
                .where(crawls.c.id < crawl_id, crawls.c.start_urls == start_urls, crawls.c.finished_at.is_not(None))
                .order_by(crawls.c.id.desc())
                .limit(1)
            ).scalar()
        return json.loads(raw) if raw else None

    def save_listing(
        self,
        listing: Listing,
        listing_claims: list[Claim],
        listing_findings: list[Finding],
        *,
        risk: float,
        crawl_id: int | None = None,
        page: dict[str, Any] | None = None,
        unverified: list[UnverifiedClaim] | None = None,
    ) -> int:
        """Upsert a listing with this crawl's claims, its current findings, the claims nothing could verify
        (``unverified``; None leaves the stored ones) and the page evidence."""
        save = ListingSave(listing=listing, claims=listing_claims, findings=listing_findings, risk=risk,
                           crawl_id=crawl_id, page=page, unverified=unverified)
        listing_id = self.save_batch([save])[0]
        assert listing_id is not None  # a save always has its listing's id
        return listing_id

    def save_batch(self, writes: Sequence[ListingSave | GoneMark]) -> list[int | None]:
        """Apply many listing saves and gone marks, in order, in one transaction (one commit, one fsync).

        The result per entry: the listing id (a save), or the id of the listing marked gone (None: no listing has
        the URL). All or nothing: a failing entry rolls the whole batch back (the caller can then retry entries one
        by one). :meth:`save_listing` is a batch of one: one code path, one identity.

        Set-based: the saves between two gone marks are written table by table, one executemany statement each
        (the listing upsert with the database's own ON CONFLICT, claims, versions, findings, unverified claims,
        pages), where a dozen statements per listing, each built and compiled anew, cost most of the crawl writer's
        time. A run of saves is cut before a listing that is already in it (same URL or item id): within a run every
        save touches a listing of its own, so the run's order does not matter, and a later save of the same listing
        sees the earlier one as it would in series.
        """

        def work(conn: Any) -> list[int | None]:
            out: list[int | None] = []
            run: list[ListingSave] = []
            seen: set[tuple[str, ...]] = set()
            for w in writes:
                keys = _identities(w.listing) if isinstance(w, ListingSave) else {("url", w.url)}
                if seen & keys or isinstance(w, GoneMark):
                    out.extend(self._write_listings(conn, run))
                    run, seen = [], set()
                if isinstance(w, GoneMark):
                    out.append(self._mark_gone(conn, w))
                else:
                    run.append(w)
                    seen |= keys
            out.extend(self._write_listings(conn, run))
            return out

        return self._write(work) if writes else []

    def _write_listings(self, conn: Any, saves: Sequence[ListingSave]) -> list[int]:
        """Everything a run of listing saves writes (distinct listings), inside the caller's transaction; their ids."""
        if not saves:
            return []
        digests = [hashlib.sha256(s.page["body"]).hexdigest() if s.page is not None else "" for s in saves]
        ids = self._upsert_listings(conn, [_listing_row(s, d) for s, d in zip(saves, digests)])
        self._save_claims(conn, [(i, s.crawl_id, s.claims) for i, s in zip(ids, saves)])
        self._save_versions(conn, [(i, s) for i, s in zip(ids, saves)])
        self._save_findings(conn, [(i, s.crawl_id, s.findings) for i, s in zip(ids, saves)])
        self._save_unverified(conn, [(i, s.unverified) for i, s in zip(ids, saves) if s.unverified is not None])
        kept = [(i, s.crawl_id, s.page, d) for i, s, d in zip(ids, saves, digests) if s.page is not None]
        if kept:
            # An identical page already kept is not kept again: evidence is deduplicated by content, by the
            # database (uq_page_version), so two processes storing one page at once keep it once without an error.
            conn.execute(_page_insert(conn.dialect.name), [_page_row(i, c, p, d) for i, c, p, d in kept])
            for listing_id, _, page, digest in kept:
                evidence.keep_screenshot(conn, listing_id, page, digest)
        return ids

    @staticmethod
    def _upsert_listings(conn: Any, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert or update distinct listings; their ids, in order.

        The database's own ON CONFLICT settles who wins when several crawl processes store the same listing at
        once (a select-then-insert would let both insert, or fail one with a unique violation). A listing's
        identity is (platform, item id) when the page gave an item id, so one item reached by two URLs is one
        listing; its canonical URL otherwise. ``first_seen`` is written only by the insert. Either way the row ends
        up under the URL given, which is how the ids are read back (one query for the run).
        """
        with_item = [r for r in rows if r["item_id"]]
        if with_item:
            # A row stored under this URL before its page gave an item id is this listing: it takes the id first,
            # so the upsert finds it by (platform, item id) instead of failing on the URL. Idempotent, no race.
            conn.execute(_TAKE_ITEM_ID, [{"b_url": r["url"], "b_item_id": r["item_id"], "b_platform": r["platform"]}
                                         for r in with_item])
        groups: dict[tuple[bool, tuple[str, ...]], list[dict[str, Any]]] = {}
        for r in rows:  # one statement per column set (a save without a page leaves last_status as it is)
            groups.setdefault((bool(r["item_id"]), tuple(r)), []).append(r)
        for (by_item, columns), group in groups.items():
            conn.execute(_listing_upsert(conn.dialect.name, columns, by_item), group)
        urls = [r["url"] for r in rows]
        found: dict[str, int] = {}
        for start in range(0, len(urls), _IN_CHUNK):
            q = select(listings.c.url, listings.c.id).where(listings.c.url.in_(urls[start : start + _IN_CHUNK]))
            found.update({u: int(i) for u, i in conn.execute(q)})
        return [found[u] for u in urls]

    @staticmethod
    def _save_claims(conn: Any, entries: Sequence[tuple[int, int | None, list[Claim]]]) -> None:
        """Claims of the same crawl are replaced (a re-render of one page); older crawls stay as history."""
        by_crawl: dict[int | None, list[int]] = {}
        for listing_id, crawl_id, _ in entries:
            by_crawl.setdefault(crawl_id, []).append(listing_id)
        for crawl_id, ids in by_crawl.items():  # `== None` is rendered IS NULL: a crawl-less save's claims too
            conn.execute(delete(claims).where(claims.c.crawl_id == crawl_id, claims.c.listing_id.in_(ids)))
        rows = [
            {"listing_id": listing_id, "crawl_id": crawl_id, "kind": str(c.kind),
             "cert_type": str(c.cert_type) if c.cert_type else None, "value": c.value, "raw": c.raw,
             "location": c.where, "valid": c.valid, "note": c.note}
            for listing_id, crawl_id, listing_claims in entries for c in listing_claims
        ]
        if rows:
            conn.execute(insert(claims), rows)

    @staticmethod
    def _save_versions(conn: Any, entries: Sequence[tuple[int, ListingSave]]) -> None:
        """Keep each listing's title, price and claims as a new version when they differ from its last one kept.

        A second save in the same crawl (a re-render of the page) corrects that crawl's version instead of adding
        one: the history has one entry per crawl that saw a change.
        """
        v = listing_versions
        newest = select(func.max(v.c.id)).where(v.c.listing_id.in_([i for i, _ in entries])).group_by(v.c.listing_id)
        last = {int(r.listing_id): r for r in conn.execute(
            select(v.c.id, v.c.listing_id, v.c.crawl_id, v.c.title, v.c.price, v.c.currency, v.c.claims)
            .where(v.c.id.in_(newest)))}
        added: list[dict[str, Any]] = []
        corrected: list[dict[str, Any]] = []
        for listing_id, save in entries:
            listing, crawl_id = save.listing, save.crawl_id
            state = {"title": listing.title, "price": listing.price, "currency": listing.currency,
                     "claims": claim_keys(save.claims)}
            before = last.get(listing_id)
            if before is not None and {"title": before.title, "price": before.price, "currency": before.currency,
                                       "claims": json.loads(before.claims)} == state:
                continue
            values = {**state, "claims": json.dumps(state["claims"], ensure_ascii=False),
                      "recorded_at": listing.fetched_at or _now(), "crawl_id": crawl_id}
            if before is not None and crawl_id is not None and before.crawl_id == crawl_id:
                corrected.append({"b_id": before.id, **values})
            else:
                added.append({"listing_id": listing_id, **values})
        if added:
            conn.execute(insert(v), added)
        if corrected:
            conn.execute(update(v).where(v.c.id == bindparam("b_id")), corrected)

    def listing_history(self, listing_id: int) -> list[dict[str, Any]]:
        """The listing's versions, oldest first, each with ``claims`` decoded and what changed from the one before
        (``changed``: title, price, claims; ``added`` / ``removed``: the claims that came and went)."""
        q = (select(listing_versions).where(listing_versions.c.listing_id == listing_id)
             .order_by(listing_versions.c.id))
        with self.engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(q).mappings()]
        before: dict[str, Any] | None = None
        for r in rows:
            r["claims"] = [tuple(c) for c in json.loads(r["claims"])]
            r["added"], r["removed"], r["changed"] = [], [], []
            if before is not None:
                r["added"] = [c for c in r["claims"] if c not in set(before["claims"])]
                r["removed"] = [c for c in before["claims"] if c not in set(r["claims"])]
                r["changed"] = [name for name, differs in (
                    ("title", r["title"] != before["title"]),
                    ("price", (r["price"], r["currency"]) != (before["price"], before["currency"])),
                    ("claims", r["claims"] != before["claims"])) if differs]
            before = r
        return rows

    def mark_gone(self, url: str, *, seen_at: datetime, status: int) -> bool:
        """Record that a stored listing's page says it is gone, keeping the first time it did.

        Its claims, findings and evidence stay as they were (the takedown is verified against them). False when
        no listing has this URL (a page never stored as a listing is not recorded).
        """
        mark = GoneMark(url=url, seen_at=seen_at, status=status)
        return self._write(lambda conn: self._mark_gone(conn, mark)) is not None

    @staticmethod
    def _mark_gone(conn: Any, mark: GoneMark) -> int | None:
        listing_id = conn.execute(
            update(listings)
            .where(listings.c.url == mark.url)
            .values(gone_since=func.coalesce(listings.c.gone_since, mark.seen_at), last_status=mark.status)
            .returning(listings.c.id)
        ).scalar()
        return None if listing_id is None else int(listing_id)

    def save_judgment(
        self,
        listing_id: int,
        listing_findings: list[Finding],
        unverified: list[UnverifiedClaim],
        *,
        risk: float,
        category_key: str,
        category_confidence: float = 0.0,
    ) -> None:
        """Store a re-judgment of a stored listing (no new crawl): findings upserted as by a crawl (reviews of
        findings raised again survive, the rest are cleared), unverified claims replaced, risk and category set."""
        with self.engine.begin() as conn:
            crawl_id = conn.execute(select(listings.c.last_crawl_id).where(listings.c.id == listing_id)).scalar()
            conn.execute(
                update(listings)
                .where(listings.c.id == listing_id)
                .values(risk=risk, category_key=category_key, category_confidence=category_confidence)
            )
            self._save_findings(conn, [(listing_id, crawl_id, listing_findings)])
            self._save_unverified(conn, [(listing_id, unverified)])

    @staticmethod
    def _save_unverified(conn: Any, entries: Sequence[tuple[int, list[UnverifiedClaim]]]) -> None:
        """Replace the unverified claims of each listing given."""
        if not entries:
            return
        conn.execute(delete(unverified_claims).where(unverified_claims.c.listing_id.in_([i for i, _ in entries])))
        now = _now()
        rows = [{"listing_id": listing_id, "subject": m.subject, "evidence": m.evidence, "explanation": m.explanation,
                 "reference": m.reference, "judged_at": now} for listing_id, marks in entries for m in marks]
        if rows:
            conn.execute(insert(unverified_claims), rows)

    def category_prices(self, *, min_confidence: float = 0.0) -> list[tuple[str, float]]:
        """(category key, price) of every priced CNY listing placed with at least ``min_confidence``."""
        q = select(listings.c.category_key, listings.c.price).where(
            listings.c.price.is_not(None), listings.c.currency == "CNY", listings.c.category_key != "",
            listings.c.category_confidence >= min_confidence,
        )
        with self.engine.connect() as conn:
            return [(c, float(p)) for c, p in conn.execute(q)]

    def active_finding_keys(self) -> set[tuple[int, str, str]]:
        """(listing id, code, subject) of every active finding: what a re-judgment is compared against."""
        q = select(findings.c.listing_id, findings.c.code, findings.c.subject).where(findings.c.active.is_(True))
        with self.engine.connect() as conn:
            return {(int(i), c, s) for i, c, s in conn.execute(q)}

    def unverified_claims(self, listing_id: int | None = None) -> list[dict[str, Any]]:
        """Claims marked "not verifiable with the loaded registry", with their listing's url, platform and title;
        of one listing, or of all."""
        q = (
            select(unverified_claims, listings.c.url, listings.c.platform, listings.c.title, listings.c.item_id)
            .join(listings, listings.c.id == unverified_claims.c.listing_id)
            .order_by(listings.c.platform, listings.c.id, unverified_claims.c.id)
        )
        if listing_id is not None:
            q = q.where(unverified_claims.c.listing_id == listing_id)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    @staticmethod
    def _save_findings(conn: Any, entries: Sequence[tuple[int, int | None, list[Finding]]]) -> None:
        """Upsert the findings raised now by (listing, code, subject); clear the ones no longer raised.

        A finding keeps its id and its review for as long as it exists, so links, API ids and verdicts stay put
        across re-crawls and re-judging; one that is not raised any more is kept, inactive, as history.
        """
        now = _now()
        was_active = conn.execute(
            select(findings.c.id, findings.c.listing_id, findings.c.code, findings.c.subject).where(
                findings.c.listing_id.in_([i for i, _, _ in entries]), findings.c.active.is_(True)
            )
        ).all()
        rows: dict[tuple[int, str, str], dict[str, Any]] = {}
        for listing_id, crawl_id, raised in entries:
            for f in raised:  # the same (code, subject) twice on one page is one finding: the first explanation wins
                rows.setdefault(
                    (listing_id, str(f.code), f.subject),
                    {
                        "listing_id": listing_id,
                        "crawl_id": crawl_id,
                        "code": str(f.code),
                        "severity": str(f.severity),
                        "evidence": f.evidence,
                        "explanation": f.explanation,
                        "subject": f.subject,
                        "source": f.source,
                        "reference": f.reference,
                        "review": "open",
                        "created_at": now,
                        "active": True,
                        "last_raised_at": now,
                        "cleared_at": None,
                    },
                )
        if rows:
            conn.execute(_finding_upsert(conn.dialect.name), list(rows.values()))
        cleared = [fid for fid, listing_id, code, subject in was_active if (listing_id, code, subject) not in rows]
        if cleared:
            conn.execute(update(findings).where(findings.c.id.in_(cleared)).values(active=False, cleared_at=now))

    def iter_listings(self, *, platform: str | None = None) -> Iterator[dict[str, Any]]:
        """Stored listings with their current claims, as plain dicts."""
        q = select(listings).order_by(listings.c.id)
        if platform:
            q = q.where(listings.c.platform == platform)
        with self.engine.connect() as conn:
            rows = conn.execute(q).mappings().all()
            for r in rows:
                d = dict(r)
                d["params"] = json.loads(d["params"] or "{}")
                d["claims"] = self._current_claims(conn, d["id"], d["last_crawl_id"])
                d["unverified"] = self._unverified_of(conn, d["id"])
                yield d

    @staticmethod
    def _unverified_of(conn: Any, listing_id: int) -> list[dict[str, Any]]:
        q = (
            select(unverified_claims.c.subject, unverified_claims.c.evidence, unverified_claims.c.explanation,
                   unverified_claims.c.reference)
            .where(unverified_claims.c.listing_id == listing_id)
            .order_by(unverified_claims.c.id)
        )
        return [dict(r) for r in conn.execute(q).mappings()]

    def _current_claims(self, conn: Any, listing_id: int, crawl_id: int | None) -> list[Claim]:
        q = select(claims).where(claims.c.listing_id == listing_id)
        q = q.where(claims.c.crawl_id == crawl_id) if crawl_id is not None else q.where(claims.c.crawl_id.is_(None))
        return [
            Claim(
                kind=ClaimKind(r["kind"]),
                value=r["value"],
                raw=r["raw"],
                where=r["location"],
                cert_type=CertType(r["cert_type"]) if r["cert_type"] else None,
                valid=r["valid"],
                note=r["note"],
            )
            for r in conn.execute(q.order_by(claims.c.id)).mappings()
        ]

    def iter_findings(
        self, *, code: str | None = None, platform: str | None = None, review: Review | None = None
    ) -> Iterator[dict[str, Any]]:
        """Current findings joined with their listing's url, platform and title."""
        with self.engine.connect() as conn:
            for r in conn.execute(self._findings_select(code=code, platform=platform, review=review)).mappings():
                yield dict(r)

    def _findings_select(
        self,
        *,
        code: str | None = None,
        platform: str | None = None,
        review: Review | None = None,
        listing_id: int | None = None,
    ) -> Any:
        """Findings joined with their listing, riskiest listing first; shared by every findings reader."""
        q = (
            select(
                findings,
                listings.c.url,
                listings.c.platform,
                listings.c.title,
                listings.c.item_id,
                listings.c.seller,
                listings.c.maker,
                listings.c.risk,
            )
            .join(listings, listings.c.id == findings.c.listing_id)
            .where(findings.c.active.is_(True))
            .order_by(listings.c.risk.desc(), findings.c.id)
        )
        if code:
            q = q.where(findings.c.code == code)
        if platform:
            q = q.where(listings.c.platform == platform)
        if review is not None:
            q = q.where(findings.c.review == str(review))
        if listing_id is not None:
            q = q.where(findings.c.listing_id == listing_id)
        return q

    def find_findings(
        self,
        *,
        code: str | None = None,
        platform: str | None = None,
        review: Review | None = None,
        listing_id: int | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """One page of findings (riskiest first) and how many match in all, for paginated views."""
        q = self._findings_select(code=code, platform=platform, review=review, listing_id=listing_id)
        with self.engine.connect() as conn:
            total = int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
            rows = conn.execute(q.limit(limit).offset(offset)).mappings().all()
        return [dict(r) for r in rows], total

    def set_review(self, finding_id: int, review: Review) -> bool:
        """Record an inspector's verdict on one finding; False when no such finding exists."""
        with self.engine.begin() as conn:
            res = conn.execute(update(findings).where(findings.c.id == finding_id).values(review=str(review)))
            return bool(res.rowcount)

    def get_listing(self, listing_id: int) -> dict[str, Any] | None:
        """One listing as :meth:`iter_listings` gives it (params decoded, current claims), or None."""
        with self.engine.connect() as conn:
            r = conn.execute(select(listings).where(listings.c.id == listing_id)).mappings().first()
            if r is None:
                return None
            d = dict(r)
            d["params"] = json.loads(d["params"] or "{}")
            d["claims"] = self._current_claims(conn, d["id"], d["last_crawl_id"])
            d["unverified"] = self._unverified_of(conn, d["id"])
            return d

    def listing_ids(self, urls: Iterable[str]) -> dict[str, int]:
        """URL -> listing id for the given URLs that are stored (search hits carry URLs, pages link by id)."""
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(listings.c.url, listings.c.id).where(listings.c.url.in_(wanted)))
            return {url: int(i) for url, i in rows}

    def listings_per_platform(self) -> dict[str, int]:
        """Platform -> number of stored listings, from the rollup the database's triggers keep (revision 0012)."""
        n = func.sum(rollup_listings.c.n_listings)
        q = (select(rollup_listings.c.platform, n).group_by(rollup_listings.c.platform).having(n > 0)
             .order_by(rollup_listings.c.platform))
        with self.engine.connect() as conn:
            return {p: int(n) for p, n in conn.execute(q)}

    def findings_per(self, column: Literal["code", "review"]) -> dict[str, int]:
        """``code`` or ``review`` -> number of current findings with each value, most frequent first."""
        col = {"code": findings.c.code, "review": findings.c.review}[column]
        q = (
            select(col, func.count().label("n"))
            .where(findings.c.active.is_(True))
            .group_by(col)
            .order_by(func.count().desc(), col)
        )
        with self.engine.connect() as conn:
            return {v: int(n) for v, n in conn.execute(q)}

    def page_evidence(self, url: str) -> list[dict[str, Any]]:
        """Every distinct version of a listing's page that was kept, newest first, bodies decompressed."""
        q = (
            select(pages)
            .join(listings, listings.c.id == pages.c.listing_id)
            .where(listings.c.url == url)
            .order_by(pages.c.fetched_at.desc())
        )
        with self.engine.connect() as conn:
            out = []
            for r in conn.execute(q).mappings():
                d = dict(r)
                d["body"] = zlib.decompress(d["body"])
                out.append(d)
            return out

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar() or 0)
                for t in (listings, claims, findings, pages, standards, blacklist, crawls, registry_imports,
                          unverified_claims, rulebook, self_declarations)
            }

    # -- registry and blacklist -------------------------------------------------------------------------------
    def replace_standards(self, records: Iterable[Any]) -> int:
        """Upsert registry rows (``matching.registry.StandardRecord``) in one transaction."""
        rows = []
        for rec in records:
            d = asdict(rec)
            d["kind"] = str(rec.kind)
            d["status"] = str(rec.status)
            d["categories"] = ";".join(rec.categories)
            rows.append(d)
        with self.engine.begin() as conn:
            self._write_standards(conn, rows)
        return len(rows)

    @staticmethod
    def _write_standards(conn: Any, rows: list[dict[str, Any]]) -> None:
        # In chunks: SQLite caps the variables of one statement (32766), and official exports are larger.
        for start in range(0, len(rows), 5000):
            chunk = rows[start : start + 5000]
            conn.execute(delete(standards).where(standards.c.code.in_([r["code"] for r in chunk])))
            conn.execute(insert(standards), chunk)

    def import_registry(self, records: Iterable[Any], coverage: dict[str, Any]) -> int:
        """Upsert registry rows and record the import with its coverage, in one transaction.

        ``coverage``: ``version``, ``families`` (tuple), ``as_of``, ``source``, ``numbers`` (number -> oldest
        edition year), as ``matching.coverage.Coverage`` holds them.
        """
        rows = []
        for rec in records:
            d = asdict(rec)
            d["kind"] = str(rec.kind)
            d["status"] = str(rec.status)
            d["categories"] = ";".join(rec.categories)
            rows.append(d)
        with self.engine.begin() as conn:
            self._write_standards(conn, rows)
            conn.execute(
                insert(registry_imports).values(
                    version=coverage["version"], families=";".join(coverage["families"]), as_of=coverage["as_of"],
                    source=coverage["source"], numbers=json.dumps(coverage["numbers"], ensure_ascii=False),
                    rows=len(rows), imported_at=_now(),
                )
            )
        return len(rows)

    def replace_rulebook(self, requirements: Iterable[Any]) -> int:
        """Replace the whole rulebook (``matching.rulebook.Requirement`` rows) in one transaction."""
        rows = [
            {"category": r.category, "requirement": str(r.kind), "value": r.value, "applies_when": r.applies_when,
             "source": r.source}
            for r in requirements
        ]
        with self.engine.begin() as conn:
            conn.execute(delete(rulebook))
            if rows:
                conn.execute(insert(rulebook), rows)
        return len(rows)

    def add_declarations(self, declarations: Iterable[Any]) -> int:
        """Add self-declarations (``matching.declarations.SelfDeclaration``); the same maker and standard from
        the same source replaces its earlier row."""
        rows = [asdict(d) for d in declarations]
        with self.engine.begin() as conn:
            for r in rows:
                conn.execute(delete(self_declarations).where(
                    self_declarations.c.maker == r["maker"], self_declarations.c.standard == r["standard"],
                    self_declarations.c.source == r["source"]))
            if rows:
                conn.execute(insert(self_declarations), rows)
        return len(rows)

    def declaration_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(self_declarations).order_by(self_declarations.c.id)
            return [{k: v for k, v in dict(r).items() if k != "id"} for r in conn.execute(q).mappings()]

    def rulebook_rows(self) -> list[dict[str, Any]]:
        """The imported rulebook's rows as written (empty when none was imported)."""
        with self.engine.connect() as conn:
            q = select(rulebook.c.category, rulebook.c.requirement, rulebook.c.value, rulebook.c.applies_when,
                       rulebook.c.source).order_by(rulebook.c.id)
            return [dict(r) for r in conn.execute(q).mappings()]

    def registry_import_rows(self) -> list[dict[str, Any]]:
        """Every registry import, oldest first, ``numbers`` decoded and ``families`` split."""
        with self.engine.connect() as conn:
            out = []
            for r in conn.execute(select(registry_imports).order_by(registry_imports.c.id)).mappings():
                d = dict(r)
                d["numbers"] = json.loads(d["numbers"] or "{}")
                d["families"] = tuple(f for f in d["families"].split(";") if f)
                out.append(d)
            return out

    def standard_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(select(standards)).mappings()]

    def add_blacklist(self, entries: Iterable[Any], *, replace_source: bool = True) -> int:
        """Insert blacklist entries; rows already present from the same source and name are replaced."""
        rows = []
        for e in entries:
            d = asdict(e)
            d["list"] = str(e.list)
            rows.append(d)
        with self.engine.begin() as conn:
            for r in rows:
                if replace_source:
                    conn.execute(
                        delete(blacklist).where(
                            blacklist.c.name == r["name"],
                            blacklist.c.uscc == r["uscc"],
                            blacklist.c.list == r["list"],
                            blacklist.c.source == r["source"],
                        )
                    )
            if rows:
                conn.execute(insert(blacklist), rows)
        return len(rows)

    def blacklist_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [{k: v for k, v in dict(r).items() if k != "id"} for r in conn.execute(select(blacklist)).mappings()]


def claim_keys(listing_claims: Iterable[Claim]) -> list[list[str]]:
    """A page's claims as a listing version keeps them: sorted, distinct [kind, cert_type, value]."""
    return [list(k) for k in sorted({(str(c.kind), str(c.cert_type or ""), c.value) for c in listing_claims})]


_IN_CHUNK = 500
"""Values per IN list: well under SQLite's and PostgreSQL's limits on bound parameters."""

_TAKE_ITEM_ID = (
    update(listings)
    .where(listings.c.url == bindparam("b_url"), listings.c.item_id == "")
    .values(item_id=bindparam("b_item_id"), platform=bindparam("b_platform"))
)
"""A listing stored under a URL before its page gave an item id takes the item id (executemany, see
``Store._upsert_listings``)."""


def _identities(listing: Listing) -> set[tuple[str, ...]]:
    """What makes two saves the same listing: the URL, and (platform, item id) where there is an item id."""
    keys: set[tuple[str, ...]] = {("url", listing.url)}
    if listing.item_id:
        keys.add(("item", listing.platform, listing.item_id))
    return keys


def _listing_row(save: ListingSave, digest: str) -> dict[str, Any]:
    """The ``listings`` row a save upserts (with the columns its kept page sets)."""
    listing = save.listing
    row = {f.name: getattr(listing, f.name) for f in fields(Listing)}
    row["params"] = json.dumps(listing.params, ensure_ascii=False)
    row["risk"] = save.risk
    row["last_crawl_id"] = save.crawl_id
    row["gone_since"] = None  # the page answered as a listing: not (or no longer) gone
    if save.page is not None:
        row["last_status"] = save.page.get("status")
        row.update(evidence.listing_values_after_page(save.page, digest))
    row["first_seen"] = listing.fetched_at or _now()  # last: the upsert's update leaves it out
    return row


def _page_row(listing_id: int, crawl_id: int | None, page: dict[str, Any], digest: str) -> dict[str, Any]:
    return {
        "listing_id": listing_id,
        "crawl_id": crawl_id,
        "url": page["url"],
        "fetched_at": page.get("fetched_at") or _now(),
        "status": int(page.get("status", 200)),
        "content_type": page.get("content_type", ""),
        "sha256": digest,
        "rendered": bool(page.get("rendered", False)),
        "body": zlib.compress(page["body"]),
        **evidence.page_columns(page),
    }


def _dialect_insert(dialect: str) -> Any:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


@functools.cache
def _listing_upsert(dialect: str, columns: tuple[str, ...], by_item: bool) -> Any:
    """The listing upsert for one column set, built once per dialect (executemany runs it for a whole run).

    Conflict target (platform, item id) for a listing with an item id, the URL otherwise; every column but
    ``first_seen`` is updated from the row given."""
    stmt = _dialect_insert(dialect)(listings)
    updated = {c: getattr(stmt.excluded, c) for c in columns if c != "first_seen"}
    if not by_item:
        return stmt.on_conflict_do_update(index_elements=["url"], set_=updated)
    # The predicate as SQL text, not a bound value: PostgreSQL matches a partial index to ON CONFLICT by proving
    # the predicate, which a parameter defeats once psycopg prepares the statement (5th use on).
    return stmt.on_conflict_do_update(index_elements=["platform", "item_id"], index_where=text("item_id <> ''"),
                                      set_=updated)


@functools.cache
def _finding_upsert(dialect: str) -> Any:
    """Findings upserted by (listing, code, subject): a finding raised again keeps its id, review and first time."""
    stmt = _dialect_insert(dialect)(findings)
    refreshed = ("crawl_id", "severity", "evidence", "explanation", "source", "reference", "active",
                 "last_raised_at", "cleared_at")
    return stmt.on_conflict_do_update(index_elements=["listing_id", "code", "subject"],
                                      set_={col: getattr(stmt.excluded, col) for col in refreshed})


@functools.cache
def _page_insert(dialect: str) -> Any:
    return _dialect_insert(dialect)(pages).on_conflict_do_nothing(index_elements=["listing_id", "sha256"])


def _insert_for(conn: Any) -> Any:
    """The dialect's INSERT that knows ON CONFLICT (SQLite and PostgreSQL spell the upsert the same way)."""
    return _dialect_insert(conn.dialect.name)


def as_date(value: date | datetime | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


__all__ = ["Review", "Store", "as_date", "claim_keys"]
