"""Takedown notices: confirmed findings grouped per platform into numbered notices, and each item's lifecycle.

An item moves issued -> acknowledged -> removed, or to disputed (with the platform's reason); an item whose finding
an inspector takes back (no longer confirmed) is withdrawn. What a notice says is frozen into each item's snapshot
when it is issued, so a later re-crawl does not rewrite a notice the platform has already received. The platform
has ``takedown_deadline_days`` working days (Monday-Friday in the office's time zone) from issue to removal.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from shelfwatch import audit
from shelfwatch.audit import Actor, now
from shelfwatch.codes import CODE_LABELS
from shelfwatch.evidence import page_file_name, screenshot_file_name
from shelfwatch.report import spreadsheet_safe
from shelfwatch.schema import findings, listings, notice_items, notices, pages, screenshots
from shelfwatch.store import Review, Store


class ItemStatus(StrEnum):
    """Where one listing on a notice stands."""

    ISSUED = "issued"
    """Sent to the platform, not yet answered."""
    ACKNOWLEDGED = "acknowledged"
    """The platform has seen it and is acting."""
    REMOVED = "removed"
    """The platform reports the listing taken down."""
    DISPUTED = "disputed"
    """The platform contests it, with a reason."""
    WITHDRAWN = "withdrawn"
    """The office took the finding back after issuing it."""
    RELISTED = "relisted"
    """Reported removed, but the listing came back (seen again by a crawl, or copied under a new item id)."""


STATUS_LABELS: dict[str, str] = {
    ItemStatus.ISSUED: "已发出 issued",
    ItemStatus.ACKNOWLEDGED: "已受理 acknowledged",
    ItemStatus.REMOVED: "已下架 removed",
    ItemStatus.DISPUTED: "有异议 disputed",
    ItemStatus.WITHDRAWN: "已撤回 withdrawn",
    ItemStatus.RELISTED: "重新上架 relisted",
}

OPEN_STATUSES = (ItemStatus.ISSUED, ItemStatus.ACKNOWLEDGED, ItemStatus.RELISTED)
"""Items still waiting for the platform: they count against the deadline."""

PLATFORM_MOVES: dict[ItemStatus, tuple[ItemStatus, ...]] = {
    ItemStatus.ISSUED: (ItemStatus.ACKNOWLEDGED, ItemStatus.REMOVED, ItemStatus.DISPUTED),
    ItemStatus.ACKNOWLEDGED: (ItemStatus.REMOVED, ItemStatus.DISPUTED),
    ItemStatus.RELISTED: (ItemStatus.REMOVED, ItemStatus.DISPUTED),
}
"""What a platform operator may report, from each status (removed, disputed and withdrawn are final for them)."""

COLUMNS = ["notice", "item", "platform", "url", "item_id", "title", "seller", "maker", "violation", "code",
           "explanation", "rule_entry", "rule_source", "evidence", "evidence_sha256", "evidence_files", "fetched_at",
           "status", "reason", "deadline"]
"""Columns of every notice export (CSV, XLSX; the JSON objects carry the same keys)."""

MAX_REASON = 2000


class NoticeError(ValueError):
    """A refused notice operation (message Chinese first, then English)."""


# -- pure judgment -----------------------------------------------------------------------------------------------
def add_working_days(start_utc: datetime, days: int, tz: str) -> datetime:
    """``start`` plus ``days`` working days (Mon-Fri in ``tz``), same local time of day; naive UTC in and out.

    Issued on a weekend, the count starts from Monday. Public holidays are not known here (they change yearly):
    the office adds them by hand when it matters.
    """
    zone = ZoneInfo(tz)
    local = start_utc.replace(tzinfo=ZoneInfo("UTC")).astimezone(zone)
    left = days
    while left > 0 or local.weekday() >= 5:
        local += timedelta(days=1)
        if local.weekday() < 5:
            left -= 1
    return local.astimezone(ZoneInfo("UTC")).replace(tzinfo=None)


def check_move(current: ItemStatus, wanted: ItemStatus, reason: str) -> str:
    """The reason to store for a platform's report, or a :class:`NoticeError` (pure)."""
    if wanted not in PLATFORM_MOVES.get(current, ()):
        raise NoticeError(f"不能从“{STATUS_LABELS[current]}”改为“{STATUS_LABELS[wanted]}” "
                          f"cannot move an item from {current} to {wanted}")
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise NoticeError(f"理由过长 reason longer than {MAX_REASON} characters")
    if wanted is ItemStatus.DISPUTED and not reason:
        raise NoticeError("提出异议须说明理由 a dispute needs a reason")
    return reason


def is_overdue(item: dict[str, Any], deadline: datetime, at: datetime) -> bool:
    """Still waiting for the platform past the deadline."""
    return item["status"] in OPEN_STATUSES and at > deadline


# -- issuing -----------------------------------------------------------------------------------------------------
def _snapshot(conn: Connection, f: Any) -> dict[str, Any]:
    files = evidence_files(conn, f.listing_id)
    return {
        "url": f.url, "item_id": f.item_id, "title": f.title, "seller": f.seller, "maker": f.maker,
        "code": f.code, "violation": CODE_LABELS.get(f.code, f.code), "explanation": f.explanation,
        "rule_entry": f.subject, "rule_source": f.source, "evidence": f.evidence,
        "evidence_sha256": [e["sha256"] for e in files if e["kind"] == "page"],
        "evidence_files": files,
        "fetched_at": utc(f.fetched_at) if f.fetched_at else None,
    }


def evidence_files(conn: Connection, listing_id: int) -> list[dict[str, Any]]:
    """The evidence kept for a listing as a notice cites it, newest page version first, each followed by its
    screenshots: kind (``page`` or ``screenshot``), the file name ``shelfwatch evidence export`` writes, the SHA-256
    of its exact bytes, when it was fetched (UTC), the URL that finally answered, and for a screenshot the SHA-256
    of the page version it shows. A platform sent the files checks each against its line."""
    versions = conn.execute(
        select(pages.c.id, pages.c.sha256, pages.c.fetched_at, pages.c.url, pages.c.final_url, pages.c.rendered)
        .where(pages.c.listing_id == listing_id).order_by(pages.c.fetched_at.desc(), pages.c.id.desc())
    ).all()
    shots: dict[int, list[Any]] = {}
    for s in conn.execute(select(screenshots.c.id, screenshots.c.page_id, screenshots.c.sha256, screenshots.c.taken_at)
                          .where(screenshots.c.listing_id == listing_id).order_by(screenshots.c.id)):
        shots.setdefault(s.page_id, []).append(s)
    out: list[dict[str, Any]] = []
    for v in versions:
        final_url = v.final_url or v.url
        out.append({"kind": "page", "file": page_file_name(v.id, rendered=v.rendered), "sha256": v.sha256,
                    "fetched_at": utc(v.fetched_at), "final_url": final_url, "page_sha256": None})
        out.extend({"kind": "screenshot", "file": screenshot_file_name(s.id), "sha256": s.sha256,
                    "fetched_at": utc(s.taken_at), "final_url": final_url, "page_sha256": v.sha256}
                   for s in shots.get(v.id, ()))
    return out


def evidence_lines(files: list[dict[str, Any]]) -> str:
    """The evidence files as lines of text, for one spreadsheet cell: ``file sha256 fetched final-URL``."""
    return "\n".join(f"{e['file']} sha256 {e['sha256']} fetched {e['fetched_at']} final_url {e['final_url']}"
                     for e in files)


def utc(at: datetime) -> str:
    """A stored (naive UTC) time as ISO 8601 with its zone, to the second: what exports and the API carry."""
    return at.isoformat(timespec="seconds") + "Z"


def pending(store: Store, platform: str) -> list[dict[str, Any]]:
    """Confirmed, current findings of ``platform`` not yet on a live notice item: what a new notice would carry."""
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(_pending_select(platform))]


def _pending_select(platform: str) -> Any:
    live = select(notice_items.c.finding_id).where(notice_items.c.status != str(ItemStatus.WITHDRAWN))
    return (
        select(findings.c.id, findings.c.listing_id, findings.c.code, findings.c.subject, findings.c.source,
               findings.c.evidence, findings.c.explanation, listings.c.url, listings.c.item_id, listings.c.title,
               listings.c.seller, listings.c.maker, listings.c.fetched_at, listings.c.risk)
        .join(listings, listings.c.id == findings.c.listing_id)
        .where(listings.c.platform == platform, findings.c.active.is_(True),
               findings.c.review == str(Review.CONFIRMED), findings.c.id.not_in(live))
        .order_by(listings.c.risk.desc(), findings.c.id)
    )


def issue(store: Store, platform: str, *, actor: Actor, deadline_days: int, tz: str) -> int:
    """One notice of every pending confirmed finding of ``platform``; returns its id (audited)."""
    at = now()
    for _attempt in range(3):  # two offices issuing at once may race for a number: take the next one
        try:
            with store.engine.begin() as conn:
                rows = conn.execute(_pending_select(platform)).all()
                if not rows:
                    raise NoticeError(f"{platform} 没有待发出的已确认问题 no confirmed finding of {platform} awaits a notice")
                year = at.year
                n = conn.execute(select(func.count()).select_from(notices)
                                 .where(notices.c.number.like(f"TD-{year}-%"))).scalar() or 0
                number = f"TD-{year}-{int(n) + 1:04d}"
                deadline = add_working_days(at, deadline_days, tz)
                nid = int(conn.execute(insert(notices).values(number=number, platform=platform, issued_at=at,
                                                              issued_by=actor.name, deadline_at=deadline))
                          .inserted_primary_key[0])  # type: ignore[index]  # always set on INSERT
                conn.execute(insert(notice_items), [
                    {"notice_id": nid, "finding_id": f.id, "listing_id": f.listing_id,
                     "status": str(ItemStatus.ISSUED), "reason": "",
                     "snapshot": json.dumps(_snapshot(conn, f), ensure_ascii=False), "updated_at": at}
                    for f in rows
                ])
                audit.record(conn, actor, "notice_issue", "notice", nid, at=at,
                             after={"number": number, "platform": platform, "items": len(rows),
                                    "findings": [f.id for f in rows], "deadline": deadline.isoformat()})
                return nid
        except IntegrityError:
            continue
    raise NoticeError("通知编号冲突，请重试 notice number taken, try again")


def withdraw_items_of(conn: Any, finding_ids: list[int], actor: Actor) -> None:
    """Withdraw the live items of findings no longer confirmed (called inside the decision's transaction)."""
    rows = conn.execute(
        select(notice_items.c.id, notice_items.c.status, notice_items.c.listing_id)
        .where(notice_items.c.finding_id.in_(finding_ids),
               notice_items.c.status.not_in([str(ItemStatus.WITHDRAWN)]))
    ).all()
    at = now()
    for r in rows:
        conn.execute(update(notice_items).where(notice_items.c.id == r.id)
                     .values(status=str(ItemStatus.WITHDRAWN), updated_at=at))
        audit.record(conn, actor, "item_status", "notice_item", r.id, listing_id=r.listing_id, at=at,
                     before={"status": r.status}, after={"status": str(ItemStatus.WITHDRAWN)})


# -- reading -----------------------------------------------------------------------------------------------------
@dataclass(kw_only=True)
class Notice:
    """One notice with its items (each item a dict: id, status, reason, updated_at, removed_at, and the snapshot)."""

    id: int
    number: str
    platform: str
    issued_at: datetime
    issued_by: str
    deadline_at: datetime
    items: list[dict[str, Any]]

    def overdue(self, at: datetime) -> int:
        return sum(1 for i in self.items if is_overdue(i, self.deadline_at, at))

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for i in self.items:
            out[i["status"]] = out.get(i["status"], 0) + 1
        return out


def _items(conn: Connection, notice_ids: list[int], *, shown_to_platform: bool) -> dict[int, list[dict[str, Any]]]:
    q = select(notice_items).where(notice_items.c.notice_id.in_(notice_ids)).order_by(notice_items.c.id)
    if shown_to_platform:  # a withdrawn item is an accusation taken back: the platform no longer sees it
        q = q.where(notice_items.c.status != str(ItemStatus.WITHDRAWN))
    out: dict[int, list[dict[str, Any]]] = {nid: [] for nid in notice_ids}
    for r in conn.execute(q).mappings():
        d = {k: v for k, v in r.items() if k != "snapshot"} | json.loads(r["snapshot"])
        d.setdefault("evidence_files", [])  # items issued before notices listed their files: their hashes only
        out[r["notice_id"]].append(d)
    return out


def list_notices(store: Store, *, platform: str | None = None, for_platform: bool = False) -> list[Notice]:
    """Notices newest first; ``platform`` limits to one (an operator's view passes theirs, ``for_platform``)."""
    q = select(notices).order_by(notices.c.id.desc())
    if platform is not None:
        q = q.where(notices.c.platform == platform)
    with store.engine.connect() as conn:
        heads = conn.execute(q).mappings().all()
        items = _items(conn, [h["id"] for h in heads], shown_to_platform=for_platform)
    return [Notice(**dict(h), items=items[h["id"]]) for h in heads]


def get_notice(store: Store, notice_id: int, *, platform: str | None = None, for_platform: bool = False) -> Notice | None:
    """One notice; None when it does not exist or (``platform`` given) belongs to another platform."""
    q = select(notices).where(notices.c.id == notice_id)
    if platform is not None:
        q = q.where(notices.c.platform == platform)
    with store.engine.connect() as conn:
        head = conn.execute(q).mappings().first()
        if head is None:
            return None
        items = _items(conn, [notice_id], shown_to_platform=for_platform)
    return Notice(**dict(head), items=items[notice_id])


def items_of_listing(store: Store, listing_id: int) -> list[dict[str, Any]]:
    """Every notice item about one listing, with its notice number (for the listing page)."""
    q = (select(notice_items.c.id, notice_items.c.status, notice_items.c.reason, notice_items.c.finding_id,
                notice_items.c.updated_at, notices.c.id.label("notice_id"), notices.c.number, notices.c.deadline_at)
         .join(notices, notices.c.id == notice_items.c.notice_id)
         .where(notice_items.c.listing_id == listing_id).order_by(notice_items.c.id))
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


# -- the platform's answers --------------------------------------------------------------------------------------
def report_action(store: Store, item_id: int, wanted: ItemStatus, reason: str, *, actor: Actor,
                  platform: str | None) -> dict[str, Any] | None:
    """A platform's report on one item (audited); None when no such item exists on ``platform``'s notices."""
    with store.engine.begin() as conn:
        q = (select(notice_items.c.id, notice_items.c.status, notice_items.c.listing_id, notice_items.c.notice_id,
                    notices.c.platform)
             .join(notices, notices.c.id == notice_items.c.notice_id).where(notice_items.c.id == item_id))
        if platform is not None:
            q = q.where(notices.c.platform == platform)
        row = conn.execute(q).first()
        if row is None or (platform is not None and row.status == str(ItemStatus.WITHDRAWN)):
            return None
        reason = check_move(ItemStatus(row.status), wanted, reason)
        at = now()
        values: dict[str, Any] = {"status": str(wanted), "reason": reason, "updated_at": at}
        if wanted is ItemStatus.REMOVED:
            values["removed_at"] = at
        conn.execute(update(notice_items).where(notice_items.c.id == item_id).values(**values))
        audit.record(conn, actor, "item_status", "notice_item", item_id, listing_id=row.listing_id, at=at,
                     before={"status": row.status}, after={"status": str(wanted), "reason": reason})
        return {"id": item_id, "notice_id": row.notice_id, "status": str(wanted), "reason": reason,
                "updated_at": utc(at)}


def reopen_relisted(store: Store, *, actor: Actor) -> list[int]:
    """Reopen removed items whose listing came back: the same listing fetched again after its removal, or a listing
    first seen after it on the same platform with the same seller, model and title (a new item id). Audited;
    returns the reopened item ids."""
    removed = (select(notice_items.c.id, notice_items.c.listing_id, notice_items.c.removed_at, notices.c.platform,
                      listings.c.fetched_at, listings.c.seller, listings.c.model, listings.c.title)
               .join(notices, notices.c.id == notice_items.c.notice_id)
               .join(listings, listings.c.id == notice_items.c.listing_id)
               .where(notice_items.c.status == str(ItemStatus.REMOVED), notice_items.c.removed_at.is_not(None)))
    reopened: list[int] = []
    with store.engine.begin() as conn:
        for r in conn.execute(removed).all():
            why = ""
            if r.fetched_at is not None and r.fetched_at > r.removed_at:
                why = "同一商品编号再次抓取到 the same item was crawled again after its removal"
            elif r.seller and r.model and r.title:
                copy = conn.execute(
                    select(listings.c.id, listings.c.item_id)
                    .where(listings.c.platform == r.platform, listings.c.id != r.listing_id,
                           listings.c.seller == r.seller, listings.c.model == r.model, listings.c.title == r.title,
                           listings.c.first_seen > r.removed_at).limit(1)
                ).first()
                if copy is not None:
                    why = f"同店铺同型号同标题以新编号 {copy.item_id} 上架 relisted under a new item id {copy.item_id}"
            if not why:
                continue
            at = now()
            conn.execute(update(notice_items).where(notice_items.c.id == r.id)
                         .values(status=str(ItemStatus.RELISTED), reason=why, updated_at=at, verified_gone_at=None))
            audit.record(conn, actor, "item_status", "notice_item", r.id, listing_id=r.listing_id, at=at,
                         before={"status": str(ItemStatus.REMOVED)},
                         after={"status": str(ItemStatus.RELISTED), "reason": why})
            reopened.append(int(r.id))
    return reopened


def confirm_gone(store: Store, *, actor: Actor) -> list[int]:
    """Mark removed, as verified, the items whose listing a crawl found gone after their notice was issued.

    A platform's report of removal is its word; a re-crawl that finds the page gone (404 / 410 or the platform's
    "gone" page: ``listings.gone_since``) is the office's own proof. Items still waiting become removed at the
    time the crawl first saw the page gone; items the platform already reported removed get the proof added.
    Audited; returns the item ids verified.
    """
    waiting = [str(s) for s in OPEN_STATUSES]
    q = (select(notice_items.c.id, notice_items.c.status, notice_items.c.listing_id, listings.c.gone_since,
                listings.c.last_status)
         .join(notices, notices.c.id == notice_items.c.notice_id)
         .join(listings, listings.c.id == notice_items.c.listing_id)
         .where(listings.c.gone_since.is_not(None), listings.c.gone_since >= notices.c.issued_at,
                notice_items.c.verified_gone_at.is_(None),
                notice_items.c.status.in_([*waiting, str(ItemStatus.REMOVED)])))
    verified: list[int] = []
    with store.engine.begin() as conn:
        for r in conn.execute(q).all():
            at = now()
            values: dict[str, Any] = {"verified_gone_at": r.gone_since, "updated_at": at}
            after: dict[str, Any] = {"verified_gone_at": r.gone_since.isoformat()}
            if r.status != str(ItemStatus.REMOVED):
                why = f"复抓确认已下架 a re-crawl found the listing gone (HTTP {r.last_status or '-'})"
                values.update(status=str(ItemStatus.REMOVED), removed_at=r.gone_since, reason=why)
                after.update(status=str(ItemStatus.REMOVED), reason=why)
            conn.execute(update(notice_items).where(notice_items.c.id == r.id).values(**values))
            audit.record(conn, actor, "item_status", "notice_item", r.id, listing_id=r.listing_id, at=at,
                         before={"status": r.status}, after=after)
            verified.append(int(r.id))
    return verified


def reconcile_with_crawls(store: Store, *, actor: Actor) -> dict[str, list[int]]:
    """What the crawls say about issued notices: listings found gone verify removals, listings back reopen items."""
    return {"verified_gone": confirm_gone(store, actor=actor), "relisted": reopen_relisted(store, actor=actor)}


# -- figures and exports -----------------------------------------------------------------------------------------
@dataclass(frozen=True, kw_only=True)
class PlatformFigures:
    """How one platform answers notices."""

    platform: str
    items: int
    removed: int
    disputed: int
    waiting: int
    overdue: int
    removed_late: int
    median_hours_to_removal: float | None


def figures(store: Store, at: datetime | None = None) -> list[PlatformFigures]:
    """Per platform: items, removals (median time from notice to removal, how many after the deadline), overdue."""
    at = at or now()
    q = (select(notices.c.platform, notices.c.issued_at, notices.c.deadline_at, notice_items.c.status,
                notice_items.c.removed_at)
         .join(notices, notices.c.id == notice_items.c.notice_id)
         .where(notice_items.c.status != str(ItemStatus.WITHDRAWN)))
    per: dict[str, list[Any]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(q):
            per.setdefault(r.platform, []).append(r)
    out = []
    for platform, rows in sorted(per.items()):
        removed = [r for r in rows if r.status == ItemStatus.REMOVED and r.removed_at is not None]
        hours = [(r.removed_at - r.issued_at).total_seconds() / 3600 for r in removed]
        out.append(PlatformFigures(
            platform=platform, items=len(rows), removed=len(removed),
            disputed=sum(1 for r in rows if r.status == ItemStatus.DISPUTED),
            waiting=sum(1 for r in rows if r.status in OPEN_STATUSES),
            overdue=sum(1 for r in rows if r.status in OPEN_STATUSES and at > r.deadline_at),
            removed_late=sum(1 for r in removed if r.removed_at > r.deadline_at),
            median_hours_to_removal=round(median(hours), 1) if hours else None,
        ))
    return out


def rows(notice: Notice) -> list[dict[str, Any]]:
    """One flat row per item in ``COLUMNS`` order (page hashes joined with spaces, evidence files one a line)."""
    return [
        {
            "notice": notice.number, "item": i["id"], "platform": notice.platform, "url": i["url"],
            "item_id": i["item_id"], "title": i["title"], "seller": i["seller"], "maker": i["maker"],
            "violation": i["violation"], "code": i["code"], "explanation": i["explanation"],
            "rule_entry": i["rule_entry"], "rule_source": i["rule_source"], "evidence": i["evidence"],
            "evidence_sha256": " ".join(i["evidence_sha256"]), "evidence_files": evidence_lines(i["evidence_files"]),
            "fetched_at": i["fetched_at"] or "",
            "status": i["status"], "reason": i["reason"], "deadline": utc(notice.deadline_at),
        }
        for i in notice.items
    ]


def to_json(notice: Notice) -> dict[str, Any]:
    return {
        "id": notice.id, "number": notice.number, "platform": notice.platform,
        "issued_at": utc(notice.issued_at), "deadline_at": utc(notice.deadline_at),
        "items": [
            {"id": i["id"], "status": i["status"], "reason": i["reason"], "url": i["url"], "item_id": i["item_id"],
             "title": i["title"], "seller": i["seller"], "maker": i["maker"], "violation": i["violation"],
             "code": i["code"], "explanation": i["explanation"], "rule_entry": i["rule_entry"],
             "rule_source": i["rule_source"], "evidence": i["evidence"], "evidence_sha256": i["evidence_sha256"],
             "evidence_files": i["evidence_files"], "fetched_at": i["fetched_at"],
             "removed_at": utc(i["removed_at"]) if i["removed_at"] else None}
            for i in notice.items
        ],
    }


def to_csv(notice: Notice) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for r in rows(notice):
        w.writerow([spreadsheet_safe(str(r[c])) for c in COLUMNS])
    return buf.getvalue().encode("utf-8-sig")


def to_xlsx(notice: Notice) -> bytes:
    """The notice as an Excel workbook; every cell is written as text, so shop text never becomes a formula."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None  # a new workbook always has its first sheet
    ws.title = notice.number
    ws.append([f"下架通知 Takedown notice {notice.number}", notice.platform,
               f"发出 issued {utc(notice.issued_at)}", f"期限 deadline {utc(notice.deadline_at)}"])
    ws.append(COLUMNS)
    for r in rows(notice):
        ws.append([spreadsheet_safe(str(r[c])) for c in COLUMNS])
    for row in ws.iter_rows():
        for cell in row:
            cell.data_type = "s"  # openpyxl turns a string starting with "=" into a formula unless told otherwise
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
