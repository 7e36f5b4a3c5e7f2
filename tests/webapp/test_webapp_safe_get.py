"""GET changes nothing: every page and download of the app, walked as an inspector and an admin, leaves the
database as it was (a download's audit entry, which the issue asks for, aside), even when crawls have news for the
takedown notices; settling that news is a POST (and every crawl's end)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI
from route_walk import concrete_paths
from sqlalchemy import select
from webapp_seed import People, Seeded

from shelfwatch import notices
from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.schema import audit_log, metadata, notice_items
from shelfwatch.store import Review, Store

OFFICE = Actor(name="insp1")


def _snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, but the audit log's export entries (a download is recorded, by design)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            q = select(table)
            if table is audit_log:
                q = q.where(audit_log.c.action != "export")
            out[table.name] = sorted((tuple(r) for r in conn.execute(q)), key=repr)
    return out


def test_no_get_route_writes(app: FastAPI, login: Any, fresh_store: Store, seeded: Seeded, people: People) -> None:
    ids = [int(r["id"]) for r in fresh_store.find_findings(listing_id=seeded.down_jacket)[0]]
    decide(fresh_store, ids, Decision(review=Review.CONFIRMED), actor=OFFICE)
    nid = notices.issue(fresh_store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    notice = notices.get_notice(fresh_store, nid)
    assert notice is not None
    # A crawl found the listing gone after the notice: news that reconciling would write down.
    listing = fresh_store.get_listing(seeded.down_jacket)
    assert listing is not None
    fresh_store.mark_gone(listing["url"], seen_at=datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=5),
                          status=404)
    browsers = [login(people.inspector), login(people.admin)]
    before = _snapshot(fresh_store)
    walked = 0
    for fmt in ("csv", "json", "xlsx"):
        values = {"notice_id": nid, "item_id": notice.items[0]["id"], "listing_id": seeded.down_jacket,
                  "platform": "jd-demo", "fmt": fmt, "finding_id": ids[0], "page_id": 1,
                  "user_id": people.inspector.id, "token_id": 1, "shot_id": 1}
        for method, path in concrete_paths(app, values):
            if method != "GET" or path in ("/logout", "/login"):
                continue
            for browser in browsers:
                assert browser.get(path, follow_redirects=False).status_code != 500, path
                walked += 1
    assert walked > 40
    assert _snapshot(fresh_store) == before  # sessions and tokens included: nothing written

    # The same news is settled by the POST the notices page offers.
    inspector = browsers[0]
    assert "/notices/reconcile" in inspector.get("/notices").text
    assert inspector.post("/notices/reconcile", data={}, follow_redirects=False).status_code == 303
    with fresh_store.engine.connect() as conn:
        statuses = set(conn.execute(select(notice_items.c.status).where(notice_items.c.notice_id == nid)).scalars())
    assert statuses == {"removed"}
