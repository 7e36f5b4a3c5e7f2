"""An inspector's day in SQL: the review queue (filters, sort, real paging) and the dashboard's figures.

Everything is counted and sorted by the database, never by loading findings into Python. The dashboard and the
queue's totals read the rollup the database's triggers keep (revision 0012), and the queue's risk order walks
the listings' risk index, so both stay fast on a store of a million listings (see ``benchmarks/dashboard.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select

from shelfwatch.models import Severity
from shelfwatch.schema import crawls, findings, listings, rollup_findings, rollup_hours, rollup_listings
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
_SEVERITY_ORDER = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)


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
    tz: str = "UTC"
    """The office's time zone: ``first_seen_from`` is a day there (not a filter of its own, never in links)."""

    def as_params(self) -> dict[str, str]:
        """The filters as query-string values (for links that keep them)."""
        out: dict[str, str] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            if v in (None, "", False) or f.name == "tz":
                continue
            out[f.name] = "1" if v is True else str(v)
        return out


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


TOTAL_CAP = 10_000
"""A total the rollup cannot answer (seller, maker, first seen, new since the last crawl) is counted up to here."""
SMALL_SELECTION = 2_000
"""A selection this small (by the rollup's exact total) is sorted as a whole: walking the risk index for it would
probe many listings that do not match."""


class Cursor(NamedTuple):
    """Where a page sorted by risk ended: the next page starts after this finding (keyset paging)."""

    risk: float
    listing_id: int
    finding_id: int

    def encode(self) -> str:
        return f"{self.risk!r}_{self.listing_id}_{self.finding_id}"

    @classmethod
    def decode(cls, text: str) -> Cursor:
        """The cursor a page link carried; ValueError when it is not one."""
        risk, listing_id, finding_id = text.split("_")
        value = float(risk)
        if value != value or len(listing_id) > 18 or len(finding_id) > 18:  # NaN, or digits no id has
            raise ValueError(text)
        return cls(value, int(listing_id), int(finding_id))


class QueuePage(NamedTuple):
    """One page of the review queue."""

    rows: list[dict[str, Any]]
    total: int
    """How many findings match (at least this many when ``exact`` is False)."""
    exact: bool
    next_after: Cursor | None
    """Where the next page starts (risk order only; None on the last page)."""


def _latest_crawl_start(conn: Any, f: QueueFilters) -> datetime | None:
    if not f.new_since_last_crawl:
        return None
    return conn.execute(select(func.max(crawls.c.started_at))).scalar()


def _finding_conditions(f: QueueFilters, started: datetime | None) -> list[Any]:
    out: list[Any] = [findings.c.active.is_(True)]
    if f.code:
        out.append(findings.c.code == f.code)
    if f.severity:
        out.append(findings.c.severity == f.severity)
    if f.review is not None:
        out.append(findings.c.review == str(f.review))
    if started is not None:
        out.append(findings.c.created_at >= started)
    return out


def _listing_conditions(f: QueueFilters) -> list[Any]:
    out: list[Any] = []
    if f.platform:
        out.append(listings.c.platform == f.platform)
    if f.category:
        out.append(listings.c.category_key == f.category)
    if f.seller:
        out.append(listings.c.seller.like(_like(f.seller), escape="\\"))
    if f.maker:
        out.append(listings.c.maker.like(_like(f.maker), escape="\\"))
    if f.first_seen_from is not None:
        midnight = datetime.combine(f.first_seen_from, datetime.min.time(), ZoneInfo(f.tz))
        out.append(listings.c.first_seen >= midnight.astimezone(UTC).replace(tzinfo=None))  # stored as naive UTC
    return out


_ROWS = (findings, listings.c.url, listings.c.platform, listings.c.title, listings.c.item_id, listings.c.seller,
         listings.c.maker, listings.c.risk, listings.c.category_key, listings.c.first_seen)


def _queue_select(f: QueueFilters, started: datetime | None) -> Select[Any]:
    return (select(*_ROWS).join(listings, listings.c.id == findings.c.listing_id)
            .where(*_finding_conditions(f, started), *_listing_conditions(f)))


def _by_rollup(f: QueueFilters) -> bool:
    """Whether the rollup (per platform, category, code, severity, review) answers this filter's total."""
    return not (f.seller or f.maker or f.first_seen_from is not None or f.new_since_last_crawl)


def _total(conn: Any, f: QueueFilters, started: datetime | None, cap: int | None = None) -> tuple[int, bool]:
    """How many findings match, and whether that is exact: summed from the rollup where it can answer, else
    counted by the database up to ``cap`` (``cap + 1`` meaning "more than ``cap``"; TOTAL_CAP by default)."""
    cap = TOTAL_CAP if cap is None else cap
    if _by_rollup(f):
        q = select(func.coalesce(func.sum(rollup_findings.c.n), 0))
        for column, value in (("platform", f.platform), ("category_key", f.category), ("code", f.code),
                              ("severity", f.severity), ("review", str(f.review) if f.review else "")):
            if value:
                q = q.where(rollup_findings.c[column] == value)
        return int(conn.execute(q).scalar() or 0), True
    bounded = _queue_select(f, started).with_only_columns(findings.c.id).limit(cap + 1).subquery()
    n = int(conn.execute(select(func.count()).select_from(bounded)).scalar() or 0)
    return n, n <= cap


def review_queue(store: Store, f: QueueFilters, *, sort: Sort = Sort.RISK, limit: int = 50, offset: int = 0,
                 after: Cursor | None = None) -> QueuePage:
    """One page of the queue (``offset`` into it, or, in risk order, ``after`` a cursor) and the total.

    Risk order walks the listings' risk index over flagged listings from the top and stops when the page is full,
    so the first pages cost the same at any size; a selection the rollup says is small is sorted whole instead.
    """
    with store.engine.connect() as conn:
        started = _latest_crawl_start(conn, f)
        total, exact = _total(conn, f, started)
        if sort is Sort.RISK:
            rows = _risk_rows(conn, f, started, limit=limit, offset=offset, after=after,
                              small=exact and total <= SMALL_SELECTION)
        elif sort is Sort.SEVERITY:
            rows = _severity_rows(conn, f, started, limit=limit, offset=offset)
        else:
            q = _queue_select(f, started).order_by(findings.c.created_at.desc(), findings.c.id.desc())
            rows = [dict(r) for r in conn.execute(q.limit(limit).offset(offset)).mappings()]
    last = rows[-1] if rows and len(rows) == limit and sort is Sort.RISK else None
    cursor = Cursor(float(last["risk"]), int(last["listing_id"]), int(last["id"])) if last else None
    return QueuePage(rows, total, exact, cursor)


def _risk_order() -> tuple[Any, ...]:
    return (listings.c.risk.desc(), listings.c.id.desc(), findings.c.id)


def _after(cursor: Cursor) -> Any:
    """Findings that come after ``cursor`` in risk order (risk down, listing id down, finding id up)."""
    return or_(listings.c.risk < cursor.risk,
               and_(listings.c.risk == cursor.risk,
                    or_(listings.c.id < cursor.listing_id,
                        and_(listings.c.id == cursor.listing_id, findings.c.id > cursor.finding_id))))


def _risk_rows(conn: Any, f: QueueFilters, started: datetime | None, *, limit: int, offset: int,
               after: Cursor | None, small: bool) -> list[dict[str, Any]]:
    if small:
        whole = _queue_select(f, started).order_by(*_risk_order())
        whole = whole.where(_after(after)) if after else whole.offset(offset)
        return [dict(r) for r in conn.execute(whole.limit(limit)).mappings()]
    fconds = _finding_conditions(f, started)
    lconds = [*_listing_conditions(f), listings.c.active_findings > 0]
    if len(fconds) > 1:  # only listings with a matching finding: probed through the findings' listing index
        lconds.append(select(findings.c.id).where(findings.c.listing_id == listings.c.id, *fconds).exists())
    out: list[dict[str, Any]] = []
    skip = 0 if after else offset
    pos: tuple[float, int] | None = None
    if after is not None:
        pos = (after.risk, after.listing_id)
        out = _rows_of(conn, [after.listing_id], fconds, after_finding=after.finding_id)[:limit]
    window = max(limit, 20)
    while len(out) < limit:
        q: Select[Any] = select(listings.c.id, listings.c.risk).where(*lconds)
        if pos is not None:  # (risk, id) below pos, spelt so both databases range-scan the risk index
            q = q.where(listings.c.risk <= pos[0], or_(listings.c.risk < pos[0], listings.c.id < pos[1]))
        batch = conn.execute(q.order_by(listings.c.risk.desc(), listings.c.id.desc()).limit(window)).all()
        if not batch:
            break
        pos = (float(batch[-1].risk), int(batch[-1].id))
        for r in _rows_of(conn, [int(b.id) for b in batch], fconds):
            if skip:
                skip -= 1
                continue
            out.append(r)
            if len(out) == limit:
                break
        window = min(window * 2, 2000)
    return out


def _rows_of(conn: Any, listing_ids: list[int], fconds: list[Any], *, after_finding: int = 0) -> list[dict[str, Any]]:
    """The matching findings of these listings, in the listings' order, each listing's by finding id."""
    q = (select(*_ROWS).join(listings, listings.c.id == findings.c.listing_id)
         .where(findings.c.listing_id.in_(listing_ids), findings.c.id > after_finding, *fconds)
         .order_by(findings.c.id))
    rank = {lid: i for i, lid in enumerate(listing_ids)}
    rows = [dict(r) for r in conn.execute(q).mappings()]
    return sorted(rows, key=lambda r: rank[r["listing_id"]])  # stable: finding ids stay in order


def _severity_rows(conn: Any, f: QueueFilters, started: datetime | None, *, limit: int,
                   offset: int) -> list[dict[str, Any]]:
    """High, then medium, then low, each in risk order: one risk walk per severity, whole blocks skipped by count."""
    out: list[dict[str, Any]] = []
    for severity in ([f.severity] if f.severity else [str(s) for s in _SEVERITY_ORDER]):
        one = replace(f, severity=severity)
        n, exact = _total(conn, one, started)
        if not exact and offset >= n:  # a deep page past a block only counted up to the cap: count it all
            n, exact = _total(conn, one, started, cap=2**62)
        if offset >= n:
            offset -= n
            continue
        out.extend(_risk_rows(conn, one, started, limit=limit - len(out), offset=offset, after=None,
                              small=exact and n <= SMALL_SELECTION))
        offset = 0
        if len(out) >= limit:
            break
    return out


def queue_ids(store: Store, f: QueueFilters, *, limit: int) -> tuple[list[int], int]:
    """Ids of every finding matching ``f`` (up to ``limit``) and the total (counted up to ``limit``), for a bulk
    decision."""
    with store.engine.connect() as conn:
        started = _latest_crawl_start(conn, f)
        total, _ = _total(conn, f, started, cap=limit)
        q = _queue_select(f, started).with_only_columns(findings.c.id).order_by(findings.c.id).limit(limit)
        ids = [int(i) for i in conn.execute(q).scalars()]
    return ids, total


def category_keys(store: Store) -> list[str]:
    """The product categories listings were placed in (for the queue's filter)."""
    q = (select(rollup_listings.c.category_key).where(rollup_listings.c.category_key != "")
         .group_by(rollup_listings.c.category_key).having(func.sum(rollup_listings.c.n_listings) > 0)
         .order_by(rollup_listings.c.category_key))
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


def dashboard(store: Store, *, riskiest: int = 10, days: int = 30, today: date | None = None,
              tz: str = "UTC") -> Dashboard:
    """The dashboard's figures from the rollup (revision 0012): a few hundred rows, whatever the store's size.

    ``per_day`` cuts days in the office's time zone ``tz`` from the rollup's UTC hours; ``today`` is the office's.
    """
    zone = ZoneInfo(tz)
    today = today or datetime.now(UTC).astimezone(zone).date()
    first_day = today - timedelta(days=days - 1)
    since = datetime.combine(first_day, datetime.min.time(), zone).astimezone(UTC).strftime("%Y-%m-%d %H")
    with store.engine.connect() as conn:
        totals = conn.execute(select(rollup_listings.c.platform, rollup_listings.c.category_key,
                                     rollup_listings.c.n_listings, rollup_listings.c.n_flagged)
                              .where(rollup_listings.c.n_listings > 0)).all()
        code_review = conn.execute(select(rollup_findings.c.code, rollup_findings.c.review,
                                          func.sum(rollup_findings.c.n))
                                   .group_by(rollup_findings.c.code, rollup_findings.c.review)
                                   .having(func.sum(rollup_findings.c.n) > 0)).all()
        hours = conn.execute(select(rollup_hours.c.hour, rollup_hours.c.n)
                             .where(rollup_hours.c.hour >= since, rollup_hours.c.n > 0)).all()
        top_rows = _riskiest(conn, riskiest)
    per_platform: dict[str, int] = {}
    cat_total: dict[str, int] = {}
    flagged_per_platform: dict[str, int] = {}
    cat_flagged: dict[str, int] = {}
    for platform, category, n, bad in totals:
        per_platform[platform] = per_platform.get(platform, 0) + int(n)
        cat_total[category] = cat_total.get(category, 0) + int(n)
        if bad:
            flagged_per_platform[platform] = flagged_per_platform.get(platform, 0) + int(bad)
            cat_flagged[category] = cat_flagged.get(category, 0) + int(bad)
    per_code: dict[str, int] = {}
    per_review: dict[str, int] = {}
    for code, review, n in code_review:
        per_code[code] = per_code.get(code, 0) + int(n)
        per_review[review] = per_review.get(review, 0) + int(n)
    per_day: dict[str, int] = {}
    for hour, n in hours:
        local = datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=UTC).astimezone(zone).date()
        if first_day <= local <= today:
            per_day[local.isoformat()] = per_day.get(local.isoformat(), 0) + int(n)
    categories = sorted(
        (CategoryFigures(category=c or "", listings=n, flagged=cat_flagged.get(c, 0)) for c, n in cat_total.items()),
        key=lambda x: (x.pass_rate, -x.listings, x.category),
    )
    return Dashboard(
        per_platform=dict(sorted(per_platform.items())), flagged_per_platform=flagged_per_platform,
        per_code=_most_first(per_code), per_review=_most_first(per_review),
        flagged=sum(flagged_per_platform.values()), riskiest=top_rows, per_day=sorted(per_day.items()),
        categories=categories,
    )


def _most_first(counts: dict[str, int]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _riskiest(conn: Any, n: int) -> list[dict[str, Any]]:
    """The ``n`` riskiest listings with a current finding: the top of the risk index, flagged listings only."""
    if n <= 0:
        return []
    cols = (listings.c.id, listings.c.platform, listings.c.title, listings.c.url, listings.c.seller,
            listings.c.maker, listings.c.risk)
    out = [dict(r) for r in conn.execute(select(*cols).where(listings.c.active_findings > 0)
                                         .order_by(listings.c.risk.desc(), listings.c.id.desc()).limit(n)).mappings()]
    found: dict[int, list[tuple[str, str]]] = {}
    for lid, code, sev in conn.execute(
        select(findings.c.listing_id, findings.c.code, findings.c.severity)
        .where(findings.c.active.is_(True), findings.c.listing_id.in_([r["id"] for r in out]))
        .order_by(findings.c.id)
    ):
        found.setdefault(lid, []).append((code, sev))
    for r in out:
        r["codes"] = list(dict.fromkeys(code for code, _ in found.get(r["id"], [])))
        r["severity"] = max((sev for _, sev in found.get(r["id"], [])), key=lambda s: _RANK.get(s, 0), default="")
    return out
