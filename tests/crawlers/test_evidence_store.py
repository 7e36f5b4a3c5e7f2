"""Evidence in the store, on SQLite and PostgreSQL: headers and validators kept with a page version, screenshots
tied to it, unchanged pages refreshing only last-seen, retention that never touches a case's evidence, and the case
export whose every hash is of the file it wrote."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from png_files import png, size_of
from sqlalchemy import select, update

from shelfwatch import notices
from shelfwatch.audit import Actor
from shelfwatch.cli.evidence import EvidenceIntegrityError, export_case
from shelfwatch.evidence import has_revisitable, mark_unchanged, prune, revisit_info, save_capture, screenshots_of
from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.schema import listings, pages, screenshots
from shelfwatch.store import Review, Store

NOW = datetime(2026, 12, 1, 12, 0)
OLD = NOW - timedelta(days=400)
RECENT = NOW - timedelta(days=1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _finding() -> Finding:
    return Finding(code=FindingCode.STANDARD_UNKNOWN, severity=Severity.HIGH, evidence="GB 16410-2022",
                   explanation="标准不存在", subject="GB 16410-2022")


def _save(store: Store, listing: Listing, body: bytes, at: datetime, *, finding: bool, shot: bytes | None = None,
          headers: dict[str, str] | None = None) -> int:
    return store.save_listing(
        listing, [], [_finding()] if finding else [], risk=0.5,
        page={"url": listing.url, "body": body, "status": 200, "content_type": "text/html", "fetched_at": at,
              "rendered": shot is not None, "final_url": listing.url + "?from=redirect",
              "request_headers": {"User-Agent": "shelfwatch/0.1"}, "response_headers": headers or {},
              "screenshot": shot})


def test_a_page_version_keeps_its_exchange_and_the_listing_its_validators(
        fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    listing = make_listing(url="http://127.0.0.1:1/item/1.html", item_id="1")
    assert not has_revisitable(fresh_store)  # a first crawl into it asks the store nothing per page
    _save(fresh_store, listing, b"<html>v1</html>", RECENT, finding=True,
          headers={"Etag": '"abc"', "Last-Modified": "Sat, 01 Nov 2025 00:00:00 GMT"})
    assert has_revisitable(fresh_store)
    [version] = fresh_store.page_evidence(listing.url)
    assert version["final_url"] == listing.url + "?from=redirect" and version["source"] == "crawl"
    assert json.loads(version["request_headers"]) == {"User-Agent": "shelfwatch/0.1"}
    info = revisit_info(fresh_store, listing.url)
    assert info is not None and info.etag == '"abc"' and info.last_modified == "Sat, 01 Nov 2025 00:00:00 GMT"
    assert info.content_sha256 == hashlib.sha256(b"<html>v1</html>").hexdigest()

    assert mark_unchanged(fresh_store, listing.url, seen_at=NOW)
    row = fresh_store.get_listing(fresh_store.listing_ids([listing.url])[listing.url])
    assert row is not None and row["last_seen_at"] == NOW and row["fetched_at"] == listing.fetched_at
    assert [f["code"] for f in fresh_store.iter_findings()] == ["standard_unknown"]
    assert not mark_unchanged(fresh_store, "http://127.0.0.1:1/never-stored", seen_at=NOW)


def test_rendered_gone_and_noticed_listings_are_never_asked_conditionally(
        fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    rendered = make_listing(url="http://127.0.0.1:1/item/2.html", item_id="2", rendered=True)
    _save(fresh_store, rendered, b"<html>dom</html>", RECENT, finding=False, shot=PNG, headers={"Etag": '"x"'})
    info = revisit_info(fresh_store, rendered.url)
    assert info is not None and info.etag == "" and info.last_modified == ""  # only an identical DOM counts
    assert screenshots_of(fresh_store, rendered.url)[0]["sha256"] == hashlib.sha256(PNG).hexdigest()

    gone = make_listing(url="http://127.0.0.1:1/item/3.html", item_id="3")
    _save(fresh_store, gone, b"<html>3</html>", RECENT, finding=False, headers={"Etag": '"y"'})
    fresh_store.mark_gone(gone.url, seen_at=NOW, status=404)
    assert revisit_info(fresh_store, gone.url) is None

    noticed = make_listing(url="http://127.0.0.1:1/item/4.html", item_id="4")
    _save(fresh_store, noticed, b"<html>4</html>", RECENT, finding=True, headers={"Etag": '"z"'})
    [f] = [f for f in fresh_store.iter_findings() if f["url"] == noticed.url]
    fresh_store.set_review(f["id"], Review.CONFIRMED)
    assert revisit_info(fresh_store, noticed.url) is not None  # confirmed alone: still cheap to re-crawl
    notices.issue(fresh_store, "jd-demo", actor=Actor(name="insp"), deadline_days=2, tz="Asia/Shanghai")
    assert revisit_info(fresh_store, noticed.url) is None  # on a notice: always fetched and read in full


def test_retention_deletes_old_versions_but_never_a_case_or_a_listing_s_newest(
        fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    made: dict[str, Listing] = {}
    for n, name in enumerate(("confirmed", "noticed", "open", "clean", "single"), start=10):
        made[name] = make_listing(url=f"http://127.0.0.1:1/item/{n}.html", item_id=str(n))
    for name in ("confirmed", "noticed", "open", "clean"):
        _save(fresh_store, made[name], f"<html>{name} old</html>".encode(), OLD, finding=name != "clean", shot=PNG)
        _save(fresh_store, made[name], f"<html>{name} new</html>".encode(), RECENT, finding=name != "clean")
    _save(fresh_store, made["single"], b"<html>only one</html>", OLD, finding=False)
    by_url = {f["url"]: f["id"] for f in fresh_store.iter_findings()}
    fresh_store.set_review(by_url[made["confirmed"].url], Review.CONFIRMED)
    fresh_store.set_review(by_url[made["noticed"].url], Review.CONFIRMED)
    # only "noticed" goes on the notice: "confirmed" moves to another platform, out of the jd-demo notice
    with fresh_store.engine.begin() as conn:
        conn.execute(update(listings).where(listings.c.url == made["confirmed"].url).values(platform="other"))
    notices.issue(fresh_store, "jd-demo", actor=Actor(name="insp"), deadline_days=2, tz="Asia/Shanghai")
    fresh_store.set_review(by_url[made["noticed"].url], Review.OPEN)  # taken back: the notice still holds it

    # "single" was captured since: the capture is newer, yet the old crawled version is the one its claims rest on
    single_id = fresh_store.listing_ids([made["single"].url])[made["single"].url]
    save_capture(fresh_store, single_id, {"url": made["single"].url, "body": b"<html>captured one</html>",
                                          "fetched_at": RECENT}, PNG)

    result = prune(fresh_store, days=365, now=NOW)

    assert result.pages_deleted == 2 and result.screenshots_deleted == 2 and result.protected_listings == 2
    kept = {name: sorted(v["body"].decode().split()[-1] for v in fresh_store.page_evidence(made[name].url))
            for name in made}
    assert kept == {"confirmed": ["new</html>", "old</html>"], "noticed": ["new</html>", "old</html>"],
                    "open": ["new</html>"], "clean": ["new</html>"], "single": ["one</html>", "one</html>"]}
    assert len(screenshots_of(fresh_store, made["confirmed"].url)) == 1
    assert screenshots_of(fresh_store, made["open"].url) == []
    with fresh_store.engine.connect() as conn:  # no screenshot left pointing at a deleted page
        orphans = conn.execute(select(screenshots.c.id).where(screenshots.c.page_id.not_in(select(pages.c.id))))
        assert list(orphans) == []
    assert prune(fresh_store, days=365, now=NOW).pages_deleted == 0  # a second run finds nothing more


def test_a_case_export_writes_each_file_under_the_hash_its_manifest_gives(
        fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path) -> None:
    listing = make_listing(url="http://127.0.0.1:1/item/20.html", item_id="20", rendered=True)
    shot_v1, shot_capture = png(20, 30), png(20, 40, (0, 0, 200))
    _save(fresh_store, listing, b"<html>crawled</html>", OLD, finding=True, shot=shot_v1, headers={"Etag": '"e"'})
    listing_id = fresh_store.listing_ids([listing.url])[listing.url]
    save_capture(fresh_store, listing_id, {"url": listing.url, "body": b"<html>captured</html>", "fetched_at": RECENT,
                                           "final_url": listing.url + "?captured"}, shot_capture)

    out = tmp_path / "case"
    sums = export_case(fresh_store, listing.url, out)
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    entries = manifest["pages"] + manifest["screenshots"]
    assert len(manifest["pages"]) == 2 and len(manifest["screenshots"]) == 2
    for entry in entries:  # each hash is of the file as written, not merely copied from the store
        assert hashlib.sha256((out / entry["file"]).read_bytes()).hexdigest() == entry["sha256"], entry["file"]
    assert sorted(sums) == sorted((e["file"], e["sha256"]) for e in entries)
    assert (out / "SHA256SUMS").read_text("utf-8").splitlines() == [f"{d}  {n}" for n, d in sums]
    assert {(out / e["file"]).read_bytes() for e in manifest["screenshots"]} == {shot_v1, shot_capture}
    page_files = {p["file"]: p for p in manifest["pages"]}
    for shot in manifest["screenshots"]:  # each picture names the page version it shows, and where that answered
        shown = page_files[shot["page_file"]]
        assert shot["page_sha256"] == shown["sha256"] and shot["final_url"] == shown["final_url"]
        assert size_of((out / shot["file"]).read_bytes())[1] in (30, 40) and shot["media_type"] == "image/png"
    [captured] = [p for p in manifest["pages"] if p["source"] == "capture"]
    assert captured["final_url"] == listing.url + "?captured" and captured["rendered"]
    [crawled] = [p for p in manifest["pages"] if p["source"] == "crawl"]
    assert crawled["response_headers"] == {"Etag": '"e"'} and crawled["final_url"] == listing.url + "?from=redirect"


def test_a_case_export_refuses_evidence_whose_bytes_no_longer_match_their_hash(
        fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path) -> None:
    listing = make_listing(url="http://127.0.0.1:1/item/21.html", item_id="21", rendered=True)
    _save(fresh_store, listing, b"<html>kept</html>", RECENT, finding=True, shot=png(8, 8))
    with fresh_store.engine.begin() as conn:
        conn.execute(update(screenshots).values(body=png(9, 9)))  # altered after it was hashed
    with pytest.raises(EvidenceIntegrityError, match="screenshot-"):
        export_case(fresh_store, listing.url, tmp_path / "case")
    assert not (tmp_path / "case").exists()  # nothing half-written
