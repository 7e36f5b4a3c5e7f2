"""Takedown notices: only confirmed findings, numbered per year, frozen at issue, exported as CSV/JSON/XLSX;
items answered by the platform (issued -> acknowledged -> removed | disputed with a reason) against a deadline."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import update
from webapp_seed import People, Seeded

from shelfwatch import audit, notices
from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.notices import ItemStatus, NoticeError, add_working_days, check_move
from shelfwatch.schema import notices as notices_table
from shelfwatch.store import Review, Store

OFFICE = Actor(name="insp1")


@pytest.mark.parametrize(
    ("issued_utc", "days", "due_utc"),
    [
        # Asia/Shanghai is UTC+8. Monday 10:00 local + 2 working days = Wednesday 10:00 local.
        ("2026-11-30T02:00", 2, "2026-12-02T02:00"),
        # Thursday 10:00 local + 2 = Monday 10:00 (the weekend does not count).
        ("2026-12-03T02:00", 2, "2026-12-07T02:00"),
        # Friday 23:30 local (15:30 UTC) + 2 = Tuesday 23:30 local.
        ("2026-12-04T15:30", 2, "2026-12-08T15:30"),
        # Saturday local + 2: counted from Monday, due Tuesday.
        ("2026-12-05T02:00", 2, "2026-12-08T02:00"),
        # Sunday 20:00 UTC is Monday 04:00 local: a working day already.
        ("2026-12-06T20:00", 1, "2026-12-07T20:00"),
        ("2026-11-30T02:00", 0, "2026-11-30T02:00"),
        ("2026-11-30T02:00", 5, "2026-12-07T02:00"),
    ],
)
def test_deadline_counts_working_days_in_the_office_time_zone(issued_utc: str, days: int, due_utc: str) -> None:
    assert add_working_days(datetime.fromisoformat(issued_utc), days, "Asia/Shanghai") == datetime.fromisoformat(due_utc)


@pytest.mark.parametrize(
    ("current", "wanted", "reason", "ok"),
    [
        (ItemStatus.ISSUED, ItemStatus.ACKNOWLEDGED, "", True),
        (ItemStatus.ISSUED, ItemStatus.REMOVED, "", True),
        (ItemStatus.ACKNOWLEDGED, ItemStatus.REMOVED, "", True),
        (ItemStatus.ACKNOWLEDGED, ItemStatus.DISPUTED, "已提供检验报告", True),
        (ItemStatus.ISSUED, ItemStatus.DISPUTED, "  ", False),  # a dispute needs a reason
        (ItemStatus.REMOVED, ItemStatus.DISPUTED, "x", False),
        (ItemStatus.DISPUTED, ItemStatus.REMOVED, "", False),
        (ItemStatus.WITHDRAWN, ItemStatus.REMOVED, "", False),
        (ItemStatus.ISSUED, ItemStatus.ISSUED, "", False),
        (ItemStatus.ISSUED, ItemStatus.WITHDRAWN, "", False),  # only the office withdraws
    ],
)
def test_what_a_platform_may_report(current: ItemStatus, wanted: ItemStatus, reason: str, ok: bool) -> None:
    if ok:
        assert check_move(current, wanted, reason) == reason.strip()
    else:
        with pytest.raises(NoticeError):
            check_move(current, wanted, reason)


def _confirm(store: Store, **filters: Any) -> list[int]:
    ids = [int(r["id"]) for r in store.find_findings(**filters)[0]]
    decide(store, ids, Decision(review=Review.CONFIRMED), actor=OFFICE)
    return ids


def _issue(client: TestClient, platform: str) -> int:
    r = client.post("/notices", data={"platform": platform}, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1])


def test_only_confirmed_findings_go_on_a_notice_and_a_dismissed_one_never_appears(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    rows = {r["code"]: int(r["id"]) for r in fresh_store.find_findings(platform="jd-demo")[0]}
    decide(fresh_store, [rows["standard_withdrawn"]], Decision(review=Review.CONFIRMED), actor=OFFICE)
    decide(fresh_store, [rows["certificate_invalid"]], Decision(review=Review.DISMISSED, reason="misread"), actor=OFFICE)
    decide(fresh_store, [rows["standard_unknown"]], Decision(review=Review.TEST_PURCHASE), actor=OFFICE)
    assert [f["id"] for f in notices.pending(fresh_store, "jd-demo")] == [rows["standard_withdrawn"]]
    nid = _issue(client, "jd-demo")
    notice = notices.get_notice(fresh_store, nid)
    assert notice is not None and [i["finding_id"] for i in notice.items] == [rows["standard_withdrawn"]]
    for fmt in ("csv", "json", "xlsx"):
        body = client.get(f"/notices/{nid}.{fmt}").content
        text = body.decode("utf-8-sig") if fmt != "xlsx" else _xlsx_text(body)
        assert "GB/T 14272-2011" in text and "SC10644011500124" not in text, fmt
        assert "<script>" not in text  # the hostile listing's finding is only under test purchase
    # Nothing else awaits: issuing again is refused rather than sending an empty notice.
    assert client.post("/notices", data={"platform": "jd-demo"}).status_code == 422

    # Taken back after issue: withdrawn, gone from the platform's view and from every export.
    decide(fresh_store, [rows["standard_withdrawn"]], Decision(review=Review.DISMISSED, reason="registry_outdated"),
           actor=OFFICE)
    assert notices.get_notice(fresh_store, nid).items[0]["status"] == "withdrawn"  # type: ignore[union-attr]
    for fmt in ("csv", "json", "xlsx"):
        body = client.get(f"/notices/{nid}.{fmt}").content
        text = body.decode("utf-8-sig") if fmt != "xlsx" else _xlsx_text(body)
        assert "GB/T 14272-2011" not in text, fmt
    assert client.get("/takedown/jd-demo.csv").text.count("100001") == 0


def _xlsx_text(body: bytes) -> str:
    ws = load_workbook(io.BytesIO(body)).active
    assert ws is not None
    return "\n".join("\t".join("" if c is None else str(c) for c in row) for row in ws.iter_rows(values_only=True))


def test_a_notice_carries_what_the_platform_needs_and_is_numbered(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    _confirm(fresh_store, platform="jd-demo")
    _confirm(fresh_store, platform="tmall-demo")
    first, second = _issue(client, "jd-demo"), _issue(client, "tmall-demo")
    year = datetime.now().year
    data = client.get(f"/notices/{first}.json").json()
    assert data["number"] == f"TD-{year}-0001" and data["platform"] == "jd-demo"
    assert client.get(f"/notices/{second}.json").json()["number"] == f"TD-{year}-0002"
    jacket = next(i for i in data["items"] if i["code"] == "standard_withdrawn")
    assert jacket["url"] == "http://127.0.0.1:8800/jd/item/100001.html" and jacket["item_id"] == "100001"
    assert jacket["seller"] == "小熊星童装旗舰店" and jacket["violation"].startswith("标准已废止")
    assert jacket["rule_entry"] == "GB/T 14272-2011" and jacket["rule_source"] == "registry"
    assert len(jacket["evidence_sha256"]) == 1 and len(jacket["evidence_sha256"][0]) == 64
    assert jacket["fetched_at"] == "2026-11-27T08:00:00Z" and jacket["status"] == "issued"

    r = client.get(f"/notices/{first}.csv")
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    header, *rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert header == notices.COLUMNS and len(rows) == 3
    # Shop text that a spreadsheet would run stays text, in the CSV and the workbook alike.
    hostile = next(row for row in rows if row[header.index("item_id")] == "666")
    assert all(not cell.startswith(("=", "+", "@")) for cell in hostile)
    xlsx = client.get(f"/notices/{first}.xlsx")
    assert xlsx.headers["content-type"].startswith("application/vnd.openxmlformats")
    ws = load_workbook(io.BytesIO(xlsx.content)).active
    assert ws is not None
    assert [c.value for c in ws[2]] == notices.COLUMNS and ws.max_row == 5
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if c.value is not None)
    # Every download is in the audit log.
    assert audit.entries(fresh_store, action="export")[1] == 4
    page = client.get(f"/notices/{first}").text
    assert "TD-" in page and "&lt;script&gt;" in page and "<script>" not in page


def test_platform_answers_are_tracked_against_the_deadline(
    client: TestClient, login: Any, fresh_store: Store, seeded: Seeded, people: People
) -> None:
    _confirm(fresh_store, platform="jd-demo")
    nid = _issue(client, "jd-demo")
    items = notices.get_notice(fresh_store, nid).items  # type: ignore[union-attr]
    operator = login(people.jd)
    page = operator.get(f"/operator/notices/{nid}").text
    assert 'action="/operator/items/' in page and "受理 Acknowledge" in page
    r = operator.post(f"/operator/items/{items[0]['id']}", data={"status": "removed"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/operator/notices/{nid}#item-{items[0]['id']}"
    r = operator.post(f"/operator/items/{items[1]['id']}", data={"status": "disputed", "reason": ""})
    assert r.status_code == 422 and "理由" in r.text
    operator.post(f"/operator/items/{items[1]['id']}", data={"status": "disputed", "reason": "已提供合格检验报告"})
    assert operator.post(f"/operator/items/{items[0]['id']}", data={"status": "disputed", "reason": "x"}).status_code == 422
    statuses = [i["status"] for i in notices.get_notice(fresh_store, nid).items]  # type: ignore[union-attr]
    assert statuses == ["removed", "disputed", "issued"]

    # Not overdue yet; then the deadline passes with one item still waiting.
    assert "已超期 overdue" not in client.get(f"/notices/{nid}").text
    with fresh_store.engine.begin() as conn:
        conn.execute(update(notices_table).values(deadline_at=datetime.now() - timedelta(days=8),
                                                  issued_at=datetime.now() - timedelta(days=10)))
    page = client.get(f"/notices/{nid}").text
    assert page.count('class="overdue"') == 1 and "已超期 overdue" in page
    fig = {f.platform: f for f in notices.figures(fresh_store)}["jd-demo"]
    assert (fig.items, fig.removed, fig.disputed, fig.waiting, fig.overdue) == (3, 1, 1, 1, 1)
    assert fig.median_hours_to_removal is not None and fig.median_hours_to_removal >= 239
    assert fig.removed_late == 1  # removed now, after the (moved) deadline
    assert 'class="overdue"' in client.get("/notices").text
    trail = audit.entries(fresh_store, action="item_status")[0]
    assert {e["actor"] for e in trail} == {"op-jd"} and len(trail) == 2


def test_a_removed_listing_that_comes_back_reopens_its_item_as_relisted(
    client: TestClient, login: Any, fresh_store: Store, seeded: Seeded, people: People, make_listing: Any
) -> None:
    _confirm(fresh_store, platform="tmall-demo")
    nid = _issue(client, "tmall-demo")
    item = notices.get_notice(fresh_store, nid).items[0]  # type: ignore[union-attr]
    operator = login(people.tmall)
    operator.post(f"/operator/items/{item['id']}", data={"status": "removed"})
    client.post("/notices/reconcile", data={})  # nothing came back yet
    assert notices.get_notice(fresh_store, nid).items[0]["status"] == "removed"  # type: ignore[union-attr]
    # A later crawl finds the same listing again.
    cup = make_listing(platform="tmall-demo", url="http://127.0.0.1:8800/tmall/item/7.html", item_id="7",
                       title="不锈钢保温杯 500ml", maker="某某厂", seller="某某杯业专营店",
                       fetched_at=datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=1))
    from webapp_seed import BLACKLISTED

    fresh_store.save_listing(cup, [], [BLACKLISTED], risk=50)
    # Reading the notices page settles nothing (GET is safe); the crawl's end does, or this button.
    assert notices.get_notice(fresh_store, nid).items[0]["status"] == "removed"  # type: ignore[union-attr]
    client.post("/notices/reconcile", data={})
    page = client.get("/notices").text
    reopened = notices.get_notice(fresh_store, nid).items[0]  # type: ignore[union-attr]
    assert reopened["status"] == "relisted" and "crawled again" in reopened["reason"]
    assert "重新上架 relisted" in client.get(f"/notices/{nid}").text and "下架通知" in page
    # The operator sees it open again and can take it down again.
    assert "已下架 Removed" in operator.get(f"/operator/notices/{nid}").text
    r = operator.post(f"/operator/items/{item['id']}", data={"status": "removed"}, follow_redirects=False)
    assert r.status_code == 303
    trail = [e["after"] for e in audit.entries(fresh_store, action="item_status")[0]]
    assert any('"relisted"' in a for a in trail)


def test_a_copy_under_a_new_item_id_reopens_the_item(
    fresh_store: Store, seeded: Seeded, make_listing: Any
) -> None:
    jacket = make_listing(model="XB-01", params={"执行标准": "GB/T14272—2011"})
    fresh_store.save_listing(jacket, [], [], risk=80)  # the seeded jacket, now with a model
    rows = fresh_store.find_findings(listing_id=seeded.down_jacket)[0]
    assert rows == []  # re-saved without findings: cleared; raise one again to issue
    from webapp_seed import WITHDRAWN

    fresh_store.save_listing(jacket, [], [WITHDRAWN], risk=80)
    _confirm(fresh_store, listing_id=seeded.down_jacket)
    nid = notices.issue(fresh_store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    item = next(i for i in notices.get_notice(fresh_store, nid).items  # type: ignore[union-attr]
                if i["listing_id"] == seeded.down_jacket)
    notices.report_action(fresh_store, item["id"], ItemStatus.REMOVED, "", actor=Actor(name="op-jd"),
                          platform="jd-demo")
    assert notices.reopen_relisted(fresh_store, actor=OFFICE) == []
    copy = make_listing(url="http://127.0.0.1:8800/jd/item/200001.html", item_id="200001", model="XB-01",
                        fetched_at=datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=1))
    fresh_store.save_listing(copy, [], [], risk=0)
    assert notices.reopen_relisted(fresh_store, actor=OFFICE) == [item["id"]]
    reopened = next(i for i in notices.get_notice(fresh_store, nid).items if i["id"] == item["id"])  # type: ignore[union-attr]
    assert reopened["status"] == "relisted" and "200001" in reopened["reason"]


def _issue_jacket(store: Store, seeded: Seeded) -> tuple[int, dict[str, Any]]:
    _confirm(store, listing_id=seeded.down_jacket)
    nid = notices.issue(store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    item = next(i for i in notices.get_notice(store, nid).items  # type: ignore[union-attr]
                if i["listing_id"] == seeded.down_jacket)
    return nid, item


def _item(store: Store, nid: int, item_id: int) -> dict[str, Any]:
    return next(i for i in notices.get_notice(store, nid).items if i["id"] == item_id)  # type: ignore[union-attr]


def test_a_recrawl_that_finds_the_listing_gone_verifies_its_removal(fresh_store: Store, seeded: Seeded) -> None:
    nid, item = _issue_jacket(fresh_store, seeded)
    assert notices.confirm_gone(fresh_store, actor=OFFICE) == []  # still on sale: nothing to verify
    gone_at = datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=5)
    assert fresh_store.mark_gone(item["url"], seen_at=gone_at, status=404)
    jacket_items = [i["id"] for i in notices.get_notice(fresh_store, nid).items  # type: ignore[union-attr]
                    if i["listing_id"] == seeded.down_jacket]
    assert len(jacket_items) == 2  # its withdrawn standard and its invalid licence: both taken down with the page
    assert notices.reconcile_with_crawls(fresh_store, actor=OFFICE) == {"verified_gone": jacket_items, "relisted": []}
    after = _item(fresh_store, nid, item["id"])
    assert after["status"] == "removed" and "HTTP 404" in after["reason"]
    assert after["removed_at"] == gone_at and after["verified_gone_at"] == gone_at
    assert notices.confirm_gone(fresh_store, actor=OFFICE) == []  # verified once
    trail = [r["after"] for r in audit.iter_all(fresh_store) if r["object_type"] == "notice_item"]
    assert any("verified_gone_at" in a for a in trail)


def test_a_platforms_removal_report_gets_the_crawls_proof(fresh_store: Store, seeded: Seeded) -> None:
    nid, item = _issue_jacket(fresh_store, seeded)
    notices.report_action(fresh_store, item["id"], ItemStatus.REMOVED, "", actor=Actor(name="op-jd"),
                          platform="jd-demo")
    reported = _item(fresh_store, nid, item["id"])
    assert reported["verified_gone_at"] is None
    fresh_store.mark_gone(item["url"], seen_at=datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=5),
                          status=410)
    assert item["id"] in notices.confirm_gone(fresh_store, actor=OFFICE)
    verified = _item(fresh_store, nid, item["id"])
    # The platform's own report (its time, its empty reason) stands; the proof is added beside it.
    assert verified["status"] == "removed" and verified["removed_at"] == reported["removed_at"]
    assert verified["verified_gone_at"] is not None


def test_a_page_gone_before_the_notice_proves_nothing(fresh_store: Store, seeded: Seeded) -> None:
    listing = fresh_store.get_listing(seeded.down_jacket)
    assert listing is not None
    fresh_store.mark_gone(listing["url"], seen_at=datetime(2020, 1, 1), status=404)
    nid, item = _issue_jacket(fresh_store, seeded)
    assert notices.confirm_gone(fresh_store, actor=OFFICE) == []
    assert _item(fresh_store, nid, item["id"])["status"] == "issued"
