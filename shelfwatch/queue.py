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
        total = _count(conn, store, f, q)
        rows = conn.execute(q.order_by(*order).limit(limit).offset(offset)).mappings().all()
    return [dict(r) for r in rows], total


def _count(conn: Any, store: Store, f: QueueFilters, q: Select[Any]) -> int:
    """How many match: from the findings' covering indexes alone when no filter needs the listing."""
    if f.platform or f.category or f.seller or f.maker or f.first_seen_from is not None or f.new_since_last_crawl:
        return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
    c = select(func.count()).select_from(findings).where(findings.c.active.is_(True))
    if f.code:
        c = c.where(findings.c.code == f.code)
    if f.severity:
        c = c.where(findings.c.severity == f.severity)
    if f.review is not None:
        c = c.where(findings.c.review == str(f.review))
    return int(conn.execute(c).scalar() or 0)


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
    """The dashboard's figures in five aggregate queries, each answered from a covering index (revision 0006)."""
    active = findings.c.active.is_(True)
    since = datetime.combine((today or date.today()) - timedelta(days=days - 1), datetime.min.time())
    flagged_ids = select(findings.c.listing_id.label("lid")).where(active).distinct().subquery()
    # The calendar day (UTC) a finding was first raised: SQLite keeps times as text, PostgreSQL as timestamps.
    day = (func.date(findings.c.created_at) if store.engine.dialect.name == "sqlite"
           else cast(findings.c.created_at, Date))
    with store.engine.connect() as conn:
        totals = conn.execute(select(listings.c.platform, listings.c.category_key, func.count())
                              .group_by(listings.c.platform, listings.c.category_key)).all()
        flagged_rows = conn.execute(
            select(listings.c.platform, listings.c.category_key, func.count())
            .select_from(flagged_ids.join(listings, listings.c.id == flagged_ids.c.lid))
            .group_by(listings.c.platform, listings.c.category_key)).all()
        code_review = conn.execute(select(findings.c.code, findings.c.review, func.count()).where(active)
                                   .group_by(findings.c.code, findings.c.review)).all()
        per_day = [(str(d), int(n)) for d, n in conn.execute(
            select(day.label("d"), func.count()).where(active, findings.c.created_at >= since)
            .group_by(literal_column("d")).order_by(literal_column("d")))]
        top_rows = _riskiest(conn, riskiest)
    per_platform: dict[str, int] = {}
    cat_total: dict[str, int] = {}
    for platform, category, n in totals:
        per_platform[platform] = per_platform.get(platform, 0) + int(n)
        cat_total[category] = cat_total.get(category, 0) + int(n)
    flagged_per_platform: dict[str, int] = {}
    cat_flagged: dict[str, int] = {}
    for platform, category, n in flagged_rows:
        flagged_per_platform[platform] = flagged_per_platform.get(platform, 0) + int(n)
        cat_flagged[category] = cat_flagged.get(category, 0) + int(n)
    per_code: dict[str, int] = {}
    per_review: dict[str, int] = {}
    for code, review, n in code_review:
        per_code[code] = per_code.get(code, 0) + int(n)
        per_review[review] = per_review.get(review, 0) + int(n)
    categories = sorted(
        (CategoryFigures(category=c or "", listings=n, flagged=cat_flagged.get(c, 0)) for c, n in cat_total.items()),
        key=lambda x: (x.pass_rate, -x.listings, x.category),
    )
    return Dashboard(
        per_platform=dict(sorted(per_platform.items())), flagged_per_platform=flagged_per_platform,
        per_code=_most_first(per_code), per_review=_most_first(per_review),
        flagged=sum(flagged_per_platform.values()), riskiest=top_rows, per_day=per_day, categories=categories,
    )


def _most_first(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _riskiest(conn: Any, n: int) -> list[dict[str, Any]]:
    """The ``n`` riskiest listings with a current finding, walking the risk index from the top."""
    if n <= 0:
        return []
    out: list[dict[str, Any]] = []
    offset, window = 0, max(4 * n, 20)
    cols = (listings.c.id, listings.c.platform, listings.c.title, listings.c.url, listings.c.seller,
            listings.c.maker, listings.c.risk)
    while len(out) < n:
        batch = [dict(r) for r in conn.execute(select(*cols).order_by(listings.c.risk.desc(), listings.c.id)
                                               .limit(window).offset(offset)).mappings()]
        if not batch:
            break
        found: dict[int, list[tuple[str, str]]] = {}
        for lid, code, sev in conn.execute(
            select(findings.c.listing_id, findings.c.code, findings.c.severity)
            .where(findings.c.active.is_(True), findings.c.listing_id.in_([r["id"] for r in batch]))
            .order_by(findings.c.id)
        ):
            found.setdefault(lid, []).append((code, sev))
        for r in batch:
            if r["id"] in found and len(out) < n:
                r["codes"] = list(dict.fromkeys(code for code, _ in found[r["id"]]))
                r["severity"] = max((sev for _, sev in found[r["id"]]), key=lambda s: _RANK.get(s, 0))
                out.append(r)
        offset += window
    return out
