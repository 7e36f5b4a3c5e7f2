from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.report import takedown_listings, write_report, write_takedown_csvs
from shelfwatch.store import Review, Store

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _finding(code: FindingCode, evidence: str) -> Finding:
    return Finding(code=code, severity=Severity.HIGH, evidence=evidence, explanation="说明" + HOSTILE, subject="s")


def _confirm_all(store: Store) -> None:
    for row in store.find_findings()[0]:
        store.set_review(row["id"], Review.CONFIRMED)


def test_report_escapes_hostile_page_text_and_drops_script_urls(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    fresh_store.save_listing(
        make_listing(url="javascript:alert(1)//", title=HOSTILE, seller=HOSTILE),
        [],
        [_finding(FindingCode.STANDARD_UNKNOWN, HOSTILE)],
        risk=50,
    )
    html = write_report(fresh_store, tmp_path).read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert" in html
    assert 'href="javascript:' not in html
    assert "Content-Security-Policy" in html


def test_takedown_csv_per_platform_riskiest_first(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    for i, (platform, risk) in enumerate([("jd-demo", 30), ("jd-demo", 80), ("shop-demo", 50)]):
        fresh_store.save_listing(
            make_listing(platform=platform, url=f"http://127.0.0.1/x/{i}", item_id=str(i)),
            [],
            [_finding(FindingCode.CERTIFICATE_INVALID, f"SC{i}")],
            risk=risk,
        )
    fresh_store.save_listing(make_listing(url="http://127.0.0.1/clean"), [], [], risk=0)
    _confirm_all(fresh_store)
    paths = write_takedown_csvs(takedown_listings(fresh_store), tmp_path)
    assert set(paths) == {"jd-demo", "shop-demo"}
    rows = list(csv.DictReader(paths["jd-demo"].open(encoding="utf-8-sig")))
    assert [r["item_id"] for r in rows] == ["1", "0"]
    assert rows[0]["codes"] == "certificate_invalid" and rows[0]["action_taken"] == ""


def test_takedown_cells_cannot_become_spreadsheet_formulas(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    fresh_store.save_listing(
        make_listing(title='=HYPERLINK("http://evil.test","点我")', seller="@SUM(A1)"),
        [], [_finding(FindingCode.STANDARD_UNKNOWN, "+1")], risk=50,
    )
    _confirm_all(fresh_store)
    [path] = write_takedown_csvs(takedown_listings(fresh_store), tmp_path).values()
    [row] = list(csv.DictReader(path.open(encoding="utf-8-sig")))
    assert row["title"].startswith("'=") and row["seller"].startswith("'@") and row["evidence"].startswith("'+")


def test_unconfirmed_and_dismissed_findings_never_reach_a_takedown_file(
    fresh_store: Store, make_listing: Callable[..., Listing], tmp_path: Path
) -> None:
    for i, review in enumerate([None, Review.DISMISSED, Review.CONFIRMED]):
        listing_id = fresh_store.save_listing(
            make_listing(url=f"http://127.0.0.1/x/{i}", item_id=str(i)),
            [], [_finding(FindingCode.CERTIFICATE_INVALID, f"SC{i}")], risk=50,
        )
        if review is not None:
            [row] = fresh_store.find_findings(listing_id=listing_id)[0]
            fresh_store.set_review(row["id"], review)
    paths = write_takedown_csvs(takedown_listings(fresh_store), tmp_path, platforms=["jd-demo", "shop-demo"])
    rows = list(csv.DictReader(paths["jd-demo"].open(encoding="utf-8-sig")))
    assert [r["item_id"] for r in rows] == ["2"] and rows[0]["evidence"] == "SC2"
    # A platform with nothing confirmed still gets its (header-only) file, so no stale list is left in doubt.
    assert list(csv.DictReader(paths["shop-demo"].open(encoding="utf-8-sig"))) == []
