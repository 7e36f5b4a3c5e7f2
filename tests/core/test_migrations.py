"""Schema changes go through Alembic: a database made by release 0.1 upgrades, and head matches schema.py."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from shelfwatch import migrate
from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.schema import metadata
from shelfwatch.store import Review, Store

RELEASE_01 = Path(__file__).parent / "data" / "release-0.1.sql"
URL = "http://127.0.0.1:8800/jd/item/100001.html"


def _release_01_db(tmp_path: Path, *extra_sql: str) -> Path:
    """A file as release 0.1 left it (its tables, its rows, no alembic_version), plus any extra SQL."""
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.executescript(RELEASE_01.read_text(encoding="utf-8"))
        for sql in extra_sql:
            conn.execute(sql)
    return path


def _finding(code: FindingCode, subject: str) -> Finding:
    return Finding(code=code, severity=Severity.HIGH, evidence=subject, explanation="说明", subject=subject)


def test_head_matches_schema_py(tmp_path: Path) -> None:
    """Upgrading an empty database gives exactly the tables of schema.py: no change without a revision."""
    store = Store(str(tmp_path / "new.db"))
    with store.engine.connect() as conn:
        diffs = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": lambda n, t, p: t != "table" or n in metadata.tables}),
            metadata,
        )
    store.close()
    assert diffs == []
    assert migrate.current_revision(create_engine(f"sqlite:///{tmp_path / 'new.db'}")) == migrate.head_revision()


def test_release_01_database_upgrades_keeping_rows_and_verdicts(tmp_path: Path) -> None:
    path = _release_01_db(tmp_path)
    assert migrate.current_revision(create_engine(f"sqlite:///{path}")) is None
    store = Store(str(path))
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    counts = store.counts()
    assert (counts["listings"], counts["claims"], counts["findings"], counts["pages"]) == (2, 2, 2, 1)
    rows, total = store.find_findings()
    assert total == 2
    assert {r["code"]: r["review"] for r in rows} == {"standard_withdrawn": "confirmed", "blacklisted_entity": "open"}
    listing = store.get_listing(rows[0]["listing_id"])
    assert listing is not None and listing["params"] == {"执行标准": "GB/T 14272-2011"}
    store.close()


def test_upgrade_merges_duplicate_findings_keeping_the_verdict(tmp_path: Path) -> None:
    """0.1 could store one (listing, code, subject) twice; the merged row keeps an inspector's verdict."""
    dup = (
        "INSERT INTO findings VALUES(3,1,1,'blacklisted_entity','high','e','x','浙江某某服饰有限公司','s',"
        "'dismissed','2026-12-01 19:33:45')"
    )
    store = Store(str(_release_01_db(tmp_path, dup)))
    rows, total = store.find_findings(code="blacklisted_entity")
    assert total == 1
    assert rows[0]["id"] == 2 and rows[0]["review"] == "dismissed"
    store.close()


def test_a_finding_keeps_its_id_and_review_across_recrawls(
    tmp_path: Path, make_listing: Callable[..., Listing]
) -> None:
    store = Store(str(_release_01_db(tmp_path)))
    listing = make_listing(url=URL)
    withdrawn = _finding(FindingCode.STANDARD_WITHDRAWN, "GB/T 14272-2011")
    blacklisted = _finding(FindingCode.BLACKLISTED_ENTITY, "浙江某某服饰有限公司")
    before = {r["code"]: (r["id"], r["review"]) for r in store.find_findings()[0]}

    store.save_listing(listing, [], [withdrawn, blacklisted], risk=80.0, crawl_id=None)
    assert {r["code"]: (r["id"], r["review"]) for r in store.find_findings()[0]} == before

    # No longer raised: cleared from every current view, kept as history.
    store.save_listing(listing, [], [withdrawn], risk=60.0, crawl_id=None)
    assert [r["code"] for r in store.find_findings()[0]] == ["standard_withdrawn"]
    assert store.findings_per("code") == {"standard_withdrawn": 1}
    assert store.counts()["findings"] == 2

    # Raised again: the same row comes back, verdict and id intact.
    store.save_listing(listing, [], [withdrawn, blacklisted, withdrawn], risk=80.0, crawl_id=None)
    assert {r["code"]: (r["id"], r["review"]) for r in store.find_findings()[0]} == before
    store.set_review(before["blacklisted_entity"][0], Review.DISMISSED)
    store.save_listing(listing, [], [withdrawn, blacklisted], risk=80.0, crawl_id=None)
    assert store.find_findings(code="blacklisted_entity")[0][0]["review"] == "dismissed"
    store.close()


def test_opening_twice_is_a_no_op(tmp_path: Path) -> None:
    Store(str(tmp_path / "a.db")).close()
    store = Store(str(tmp_path / "a.db"))
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()
