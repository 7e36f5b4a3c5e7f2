"""The audit log: who did what, when, to which object, with the state before and after.

Append-only: this module only inserts and reads, no route or command updates or deletes a row, and on SQLite two
triggers (revision 0006) make the database refuse it too. Entries are written in the same transaction as the
change they describe, so there is no change without its entry.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from shelfwatch.schema import audit_log
from shelfwatch.store import Store

ACTIONS: dict[str, str] = {
    "login": "登录 login",
    "login_failed": "登录失败 failed login",
    "login_blocked": "登录被限制 login refused (too many failures)",
    "logout": "退出 logout",
    "decision": "审核决定 review decision",
    "export": "导出 export",
    "token_create": "创建令牌 token created",
    "token_revoke": "吊销令牌 token revoked",
    "user_add": "新建账号 account created",
    "user_change": "修改账号 account changed",
    "notice_issue": "发出下架通知 notice issued",
    "item_status": "通知条目状态 notice item status",
    "spot_draw": "双随机抽取 spot-check draw",
    "spot_outcome": "抽检结果 spot-check outcome",
}
"""Every action the log knows, with its label (Chinese first)."""

COLUMNS = ["id", "at", "actor", "action", "object_type", "object_id", "listing_id", "before", "after", "ip"]


def now() -> datetime:
    """UTC, naive (as every time column of the store)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, kw_only=True)
class Actor:
    """Who acts: an account (name and id), or a command-line user (``cli:<login>``), and from where."""

    name: str
    id: int | None = None
    ip: str = ""


def _json(state: dict[str, Any] | None) -> str:
    return "" if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True, default=str)


def record(
    conn: Connection,
    actor: Actor,
    action: str,
    object_type: str = "",
    object_id: int | str = "",
    *,
    listing_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    at: datetime | None = None,
) -> None:
    """Append one entry inside the caller's transaction."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    conn.execute(
        insert(audit_log).values(
            at=at or now(), actor=actor.name[:64], actor_id=actor.id, action=action, object_type=object_type,
            object_id=str(object_id), listing_id=listing_id, before=_json(before), after=_json(after),
            ip=actor.ip[:64],
        )
    )


def append(store: Store, actor: Actor, action: str, object_type: str = "", object_id: int | str = "",
           **kw: Any) -> None:
    """Append one entry in its own transaction (for events that change nothing else: logins, exports)."""
    with store.engine.begin() as conn:
        record(conn, actor, action, object_type, object_id, **kw)


def count_since(store: Store, action: str, *, since: datetime, actor: str = "", ip: str = "") -> int:
    """Entries of ``action`` since ``since`` by this actor name and/or from this address."""
    q = select(func.count()).select_from(audit_log).where(audit_log.c.action == action, audit_log.c.at >= since)
    if actor:
        q = q.where(audit_log.c.actor == actor)
    if ip:
        q = q.where(audit_log.c.ip == ip)
    with store.engine.connect() as conn:
        return int(conn.execute(q).scalar() or 0)


def entries(
    store: Store,
    *,
    listing_id: int | None = None,
    action: str | None = None,
    actor: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[dict[str, Any]], int]:
    """One page of entries, newest first, and how many match in all."""
    q = select(audit_log)
    if listing_id is not None:
        q = q.where(audit_log.c.listing_id == listing_id)
    if action:
        q = q.where(audit_log.c.action == action)
    if actor:
        q = q.where(audit_log.c.actor == actor)
    with store.engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)
        rows = conn.execute(q.order_by(audit_log.c.id.desc()).limit(limit).offset(offset)).mappings().all()
    return [dict(r) for r in rows], total


def iter_all(store: Store) -> Iterator[dict[str, Any]]:
    """Every entry, oldest first (for exports)."""
    with store.engine.connect() as conn:
        for r in conn.execute(select(audit_log).order_by(audit_log.c.id)).mappings():
            yield dict(r)


def to_csv(rows: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> bytes:
    """The log as UTF-8 CSV with a BOM (Excel reads the Chinese), cells that a spreadsheet would run made inert."""
    from shelfwatch.report import spreadsheet_safe

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for r in rows:
        w.writerow([spreadsheet_safe("" if r[c] is None else str(r[c])) for c in COLUMNS])
    return buf.getvalue().encode("utf-8-sig")
