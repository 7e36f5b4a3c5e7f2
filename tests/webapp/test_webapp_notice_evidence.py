"""A takedown notice cites the evidence behind each confirmed finding's listing: for every kept page version and
screenshot, the file name `shelfwatch evidence export` writes, the SHA-256 of its bytes, the fetch time and the URL
that answered; so the platform can check each file it is sent against the notice, in every format."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from openpyxl import load_workbook
from png_files import png
from sqlalchemy import select, update
from webapp_seed import JACKET_SHOT, People, Seeded

from shelfwatch import notices
from shelfwatch.audit import Actor
from shelfwatch.cli.evidence import export_case
from shelfwatch.decisions import Decision, decide
from shelfwatch.evidence import save_capture
from shelfwatch.schema import notice_items
from shelfwatch.store import Review, Store

OFFICE = Actor(name="insp1")
JACKET_URL = "http://127.0.0.1:8800/jd/item/100001.html"
CAPTURE_SHOT = png(30, 90, (20, 120, 40))
CAPTURED_AT = datetime(2026, 11, 28, 9, 30, 15)


def _confirm_jacket_and_capture(store: Store, seeded: Seeded) -> None:
    """The jacket: its crawled page and screenshot, then a capture (a second page version and screenshot)."""
    save_capture(store, seeded.down_jacket, {
        "url": JACKET_URL, "body": b"<html>captured DOM</html>", "status": 200, "content_type": "text/html",
        "fetched_at": CAPTURED_AT, "final_url": JACKET_URL + "?captured=1"}, CAPTURE_SHOT)
    ids = [int(r["id"]) for r in store.find_findings(listing_id=seeded.down_jacket)[0]]
    decide(store, ids, Decision(review=Review.CONFIRMED), actor=OFFICE)


def _expected_files(store: Store) -> list[dict[str, Any]]:
    """What the store holds for the jacket, hashed here from the bytes themselves."""
    from shelfwatch.evidence import screenshots_of

    out = []
    shots = screenshots_of(store, JACKET_URL)
    for v in store.page_evidence(JACKET_URL):
        final = v["final_url"] or v["url"]
        out.append({"kind": "page", "sha256": hashlib.sha256(v["body"]).hexdigest(),
                    "fetched_at": v["fetched_at"].isoformat(timespec="seconds") + "Z", "final_url": final,
                    "page_sha256": None})
        out.extend({"kind": "screenshot", "sha256": hashlib.sha256(s["body"]).hexdigest(),
                    "fetched_at": s["taken_at"].isoformat(timespec="seconds") + "Z", "final_url": final,
                    "page_sha256": out[-1]["sha256"]} for s in shots if s["page_id"] == v["id"])
    return out


def test_a_notice_lists_each_evidence_file_with_its_hash_time_and_final_url(
    client: TestClient, fresh_store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    _confirm_jacket_and_capture(fresh_store, seeded)
    nid = notices.issue(fresh_store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    data = client.get(f"/notices/{nid}.json").json()
    assert {i["url"] for i in data["items"]} == {JACKET_URL}  # only the confirmed findings' listing
    item = data["items"][0]
    files = item["evidence_files"]
    assert [{k: v for k, v in f.items() if k != "file"} for f in files] == _expected_files(fresh_store)
    assert [f["kind"] for f in files] == ["page", "screenshot", "page", "screenshot"]  # the capture is newest
    assert files[0]["fetched_at"] == "2026-11-28T09:30:15Z" and files[0]["final_url"] == JACKET_URL + "?captured=1"
    assert files[1]["sha256"] == hashlib.sha256(CAPTURE_SHOT).hexdigest()
    assert files[3]["sha256"] == hashlib.sha256(JACKET_SHOT).hexdigest()
    assert files[3]["final_url"] == JACKET_URL + "?redirected=1" and files[3]["page_sha256"] == files[2]["sha256"]
    assert item["evidence_sha256"] == [files[0]["sha256"], files[2]["sha256"]]  # the page hashes, as before

    # The files the office sends are those `evidence export` writes: same names, and each one hashes to its line.
    written = dict(export_case(fresh_store, JACKET_URL, tmp_path / "case"))
    assert {f["file"]: f["sha256"] for f in files} == written
    for f in files:
        assert hashlib.sha256((tmp_path / "case" / f["file"]).read_bytes()).hexdigest() == f["sha256"]

    # Every format carries them: the CSV and the workbook one line per file, the page and the operator's API.
    lines = [f"{f['file']} sha256 {f['sha256']} fetched {f['fetched_at']} final_url {f['final_url']}" for f in files]
    header, row = list(csv.reader(io.StringIO(client.get(f"/notices/{nid}.csv").content.decode("utf-8-sig"))))[:2]
    assert header == notices.COLUMNS and row[header.index("evidence_files")].split("\n") == lines
    ws = load_workbook(io.BytesIO(client.get(f"/notices/{nid}.xlsx").content)).active
    assert ws is not None and ws.cell(3, header.index("evidence_files") + 1).value.split("\n") == lines
    page = client.get(f"/notices/{nid}").text
    assert all(f"<code>sha256 {f['sha256']}</code>" in page and f["file"] in page for f in files)
    assert "截图 screenshot" in page and "最终地址 final URL " + JACKET_URL + "?redirected=1" in page


def test_the_platform_gets_the_same_evidence_lines(
    login: Any, people: People, fresh_store: Store, seeded: Seeded
) -> None:
    _confirm_jacket_and_capture(fresh_store, seeded)
    nid = notices.issue(fresh_store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    operator = login(people.jd)
    item = operator.get(f"/api/operator/notices/{nid}").json()["items"][0]
    office = notices.to_json(notices.get_notice(fresh_store, nid))["items"][0]  # type: ignore[arg-type]
    assert item["evidence_files"] == office["evidence_files"] and len(item["evidence_files"]) == 4
    page = operator.get(f"/operator/notices/{nid}").text
    assert all(f["sha256"] in page for f in item["evidence_files"])


def test_the_evidence_a_notice_cites_is_frozen_at_issue(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    _confirm_jacket_and_capture(fresh_store, seeded)
    nid = notices.issue(fresh_store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    before = client.get(f"/notices/{nid}.json").json()["items"][0]["evidence_files"]
    save_capture(fresh_store, seeded.down_jacket, {"url": JACKET_URL, "body": b"<html>later</html>", "status": 200,
                                                    "fetched_at": datetime(2026, 12, 1)}, png(5, 5))
    assert client.get(f"/notices/{nid}.json").json()["items"][0]["evidence_files"] == before


def test_items_issued_before_notices_named_their_files_keep_their_hashes(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    _confirm_jacket_and_capture(fresh_store, seeded)
    nid = notices.issue(fresh_store, "jd-demo", actor=OFFICE, deadline_days=2, tz="Asia/Shanghai")
    with fresh_store.engine.begin() as conn:  # a snapshot as notices wrote them before: page hashes only
        for item_id, snapshot in conn.execute(select(notice_items.c.id, notice_items.c.snapshot)).all():
            old = {k: v for k, v in json.loads(snapshot).items() if k != "evidence_files"}
            conn.execute(update(notice_items).where(notice_items.c.id == item_id).values(snapshot=json.dumps(old)))
    item = client.get(f"/notices/{nid}.json").json()["items"][0]
    assert item["evidence_files"] == [] and len(item["evidence_sha256"]) == 2
    page = client.get(f"/notices/{nid}").text
    assert all(f"<code>sha256 {h}</code>" in page for h in item["evidence_sha256"])
