"""An inspector's day in SQL: the review queue (filters, sort, real paging) and the dashboard's figures.

Everything is counted and sorted by the database, never by loading findings into Python, so the dashboard
stays fast on a large store (see ``benchmarks/dashboard.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, Select, case, cast, func, literal_column, select

from shelfwatch.schema import crawls, findings, listings
from shelfwatch.store import Review, Store


class Sort(StrEnum):
    """Orders of the review queue."""

    RISK = "risk"
    """Riskiest listing first (the default: what to look at first)."""
    NEWEST = "newest"
    """Most recently raised first."""
    SEVERITY = "severity"
    """High, medium, low; riskiest first within each."""


SORT_LABELS = {Sort.RISK: "风险 risk", Sort.NEWEST: "最新 newest", Sort.SEVERITY: "严重程度 severity"}

_RANK = {"high": 2, "medium": 1, "low": 0}
_SEVERITY_RANK = case({"high": 0, "medium": 1, "low": 2}, value=findings.c.severity, else_=3)


@dataclass(frozen=True, kw_only=True)
class QueueFilters:
    """What the inspector narrows the queue to; empty means "any"."""

    platform: str = ""
    category: str = ""
    """A ``category_key``."""
    code: str = ""
    severity: str = ""
    review: Review | None = None
    seller: str = ""
    """Part of the seller's name."""
    maker: str = ""
    """Part of the maker's name."""
    first_seen_from: date | None = None
    """Listings first seen on or after this day."""
    new_since_last_crawl: bool = False
    """Findings first raised during or after the latest crawl."""

    def as_params(self) -> dict[str, str]:
        """The filters as query-string values (for links that keep them)."""
        out: dict[str, str] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v in (None, "", False):
                continue
            out[f.name] = "1" if v is True else str(v)
        return out


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _queue_select(store: Store, f: QueueFilters) -> Select[Any]:
    q = (
        select(findings, listings.c.url, listings.c.platform, listings.c.title, listings.c.item_id,
               listings.c.seller, listings.c.maker, listings.c.risk, listings.c.category_key,
               listings.c.first_seen)
        .join(listings, listings.c.id == findings.c.listing_id)
        .where(findings.c.active.is_(True))
    )
    if f.platform:
        q = q.where(listings.c.platform == f.platform)
    if f.category:
        q = q.where(listings.c.category_key == f.category)
    if f.code:
        q = q.where(findings.c.code == f.code)
    if f.severity:
        q = q.where(findings.c.severity == f.severity)
    if f.review is not None:
        q = q.where(findings.c.review == str(f.review))
    if f.seller:
        q = q.where(listings.c.seller.like(_like(f.seller), escape="\\"))
    if f.maker:
        q = q.where(listings.c.maker.like(_like(f.maker), escape="\\"))
    if f.first_seen_from is not None:
        q = q.where(listings.c.first_seen >= datetime.combine(f.first_seen_from, datetime.min.time()))
    if f.new_since_last_crawl:
        with store.engine.connect() as conn:
            started = conn.execute(select(func.max(crawls.c.started_at))).scalar()
        if started is not None:
            q = q.where(findings.c.created_at >= started)
    return q


def review_queue(store: Store, f: QueueFilters, *, sort: Sort = Sort.RISK, limit: int = 50,
                 offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """One page of the queue and how many findings match in all."""
    q = _queue_select(store, f)
    order = {
        Sort.RISK: (listings.c.risk.desc(), findings.c.id),
        Sort.NEWEST: (findings.c.created_at.desc(), findings.c.id.desc()),
        Sort.SEVERITY: (_SEVERITY_RANK, listings.c.risk.desc(), findings.c.id),
    }[sort]
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
        rows = conn.execute(q.order_by(*order).limit(limit).offset(offset)).mappings().all()
    return [dict(r) for r in rows], total


def queue_ids(store: Store, f: QueueFilters, *, limit: int) -> tuple[list[int], int]:
    """Ids of every finding matching ``f`` (up to ``limit``) and the total, for a bulk decision."""
    q = _queue_select(store, f)
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
        ids = [int(r.id) for r in conn.execute(q.with_only_columns(findings.c.id).limit(limit))]
    return ids, total


def category_keys(store: Store) -> list[str]:
    """The product categories listings were placed in (for the queue's filter)."""
    q = select(listings.c.category_key).where(listings.c.category_key != "").distinct().order_by(listings.c.category_key)
    with store.engine.connect() as conn:
        return [str(c) for c in conn.execute(q).scalars()]


# -- the dashboard ---------------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class CategoryFigures:
    """One product category in the manner of a spot-check report: how many listings, how many pass."""

    category: str
    listings: int
    flagged: int

    @property
    def pass_rate(self) -> float:
        """Share of listings with no current finding (合格率, as a spot-check report states it)."""
        return 1.0 - self.flagged / self.listings if self.listings else 1.0


@dataclass(frozen=True, kw_only=True)
class Dashboard:
    """Every figure the dashboard shows."""

    per_platform: dict[str, int]
    flagged_per_platform: dict[str, int]
    per_code: dict[str, int]
    per_review: dict[str, int]
    flagged: int
    riskiest: list[dict[str, Any]]
    per_day: list[tuple[str, int]]
    """(day, findings first raised that day), the last ``days`` days with any."""
    categories: list[CategoryFigures]

    @property
    def total_listings(self) -> int:
        return sum(self.per_platform.values())


def dashboard(store: Store, *, riskiest: int = 10, days: int = 30, today: date | None = None) -> Dashboard:
    """The dashboard's figures, each one SQL aggregate (a handful of queries whatever the store's size)."""
    active = findings.c.active.is_(True)
    since = datetime.combine((today or date.today()) - timedelta(days=days - 1), datetime.min.time())
    flagged_ids = select(findings.c.listing_id.label("lid")).where(active).distinct().subquery()
    # The calendar day (UTC) a finding was first raised: SQLite keeps times as text, PostgreSQL as timestamps.
    day = (func.date(findings.c.created_at) if store.engine.dialect.name == "sqlite"
           else cast(findings.c.created_at, Date))
    with store.engine.connect() as conn:
        per_platform = {p: int(n) for p, n in conn.execute(
            select(listings.c.platform, func.count()).group_by(listings.c.platform).order_by(listings.c.platform))}
        flagged_per_platform = {p: int(n) for p, n in conn.execute(
            select(listings.c.platform, func.count()).join(flagged_ids, flagged_ids.c.lid == listings.c.id)
            .group_by(listings.c.platform))}
        per_code = {c: int(n) for c, n in conn.execute(
            select(findings.c.code, func.count()).where(active).group_by(findings.c.code)
            .order_by(func.count().desc(), findings.c.code))}
        per_review = {r: int(n) for r, n in conn.execute(
            select(findings.c.review, func.count()).where(active).group_by(findings.c.review)
            .order_by(func.count().desc(), findings.c.review))}
        flagged = int(conn.execute(select(func.count()).select_from(flagged_ids)).scalar() or 0)
        top = (select(listings.c.id, listings.c.platform, listings.c.title, listings.c.url, listings.c.seller,
                      listings.c.maker, listings.c.risk)
               .where(listings.c.id.in_(select(flagged_ids.c.lid)))
               .order_by(listings.c.risk.desc(), listings.c.id).limit(riskiest))
        top_rows = [dict(r) for r in conn.execute(top).mappings()]
        codes: dict[int, list[str]] = {}
        severities: dict[int, str] = {}
        if top_rows:
            for lid, code, sev in conn.execute(
                select(findings.c.listing_id, findings.c.code, findings.c.severity)
                .where(active, findings.c.listing_id.in_([r["id"] for r in top_rows])).order_by(findings.c.id)
            ):
                codes.setdefault(lid, [])
                if code not in codes[lid]:
                    codes[lid].append(code)
                if _RANK.get(sev, 0) >= _RANK.get(severities.get(lid, "low"), 0):
                    severities[lid] = sev
        for r in top_rows:
            r["codes"] = codes.get(r["id"], [])
            r["severity"] = severities.get(r["id"], "low")
        per_day = [(str(d), int(n)) for d, n in conn.execute(
            select(day.label("d"), func.count()).where(active, findings.c.created_at >= since)
            .group_by(literal_column("d")).order_by(literal_column("d")))]
        cat_total: dict[str, int] = dict(conn.execute(select(listings.c.category_key, func.count()).group_by(listings.c.category_key)).all())
        cat_flagged: dict[str, int] = dict(conn.execute(
            select(listings.c.category_key, func.count()).join(flagged_ids, flagged_ids.c.lid == listings.c.id)
            .group_by(listings.c.category_key)).all())
    categories = sorted(
        (CategoryFigures(category=c or "", listings=int(n), flagged=int(cat_flagged.get(c, 0)))
         for c, n in cat_total.items()),
        key=lambda x: (x.pass_rate, -x.listings, x.category),
    )
    return Dashboard(per_platform=per_platform, flagged_per_platform=flagged_per_platform, per_code=per_code,
                     per_review=per_review, flagged=flagged, riskiest=top_rows, per_day=per_day,
                     categories=categories)
