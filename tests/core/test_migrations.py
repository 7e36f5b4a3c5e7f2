"""Schema changes go through Alembic: a database made by release 0.1 upgrades, and head matches schema.py."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, Table, create_engine, text

from shelfwatch import migrate
from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.schema import metadata
from shelfwatch.settings import db_url
from shelfwatch.store import Review, Store

RELEASE_01 = Path(__file__).parent / "data" / "release-0.1.sql"
URL = "http://127.0.0.1:8800/jd/item/100001.html"
COPY_ORDER = ("crawls", "listings", "claims", "findings", "pages", "standards", "blacklist")
"""release 0.1's tables, parents before children (foreign keys)."""


def _release_01_sqlite(path: Path, *extra_sql: str) -> Path:
    """A file as release 0.1 left it (its tables, its rows, no alembic_version), plus any extra SQL."""
    with sqlite3.connect(path) as conn:
        conn.executescript(RELEASE_01.read_text(encoding="utf-8"))
        for sql in extra_sql:
            conn.execute(sql)
    return path


def _release_01_postgres(source: Path, url: str) -> None:
    """The same database on PostgreSQL: release 0.1's tables (revision 0001 without its alembic_version), its rows."""
    engine = create_engine(db_url(url))
    with engine.begin() as conn:
        command.upgrade(migrate._config(conn), migrate.BASELINE)
        conn.execute(text("DROP TABLE alembic_version"))
    old = MetaData()
    old.reflect(create_engine(f"sqlite:///{source}"))
    with create_engine(f"sqlite:///{source}").connect() as src, engine.begin() as dst:
        for name in COPY_ORDER:
            rows = [dict(r) for r in src.execute(old.tables[name].select()).mappings()]
            if rows:
                dst.execute(Table(name, MetaData(), autoload_with=dst).insert(), rows)
            if "id" in old.tables[name].c:  # ids were copied: move the sequence past them, as 0.1's inserts did
                dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                 f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {name}), false)"))
    engine.dispose()


@pytest.fixture
def release_01(store_url: str, tmp_path: Path) -> Callable[..., str]:
    """Makes a release 0.1 database on this test's backend (plus extra SQLite SQL applied first); its db string."""

    def make(*extra_sql: str) -> str:
        source = _release_01_sqlite(tmp_path / "old.db", *extra_sql)
        if "://" not in store_url:
            return str(source)
        _release_01_postgres(source, store_url)
        return store_url

    return make


def _finding(code: FindingCode, subject: str) -> Finding:
    return Finding(code=code, severity=Severity.HIGH, evidence=subject, explanation="说明", subject=subject)


def test_head_matches_schema_py(store_url: str) -> None:
    """Upgrading an empty database gives exactly the tables of schema.py: no change without a revision."""
    store = Store(store_url)
    with store.engine.connect() as conn:
        diffs = compare_metadata(
            MigrationContext.configure(conn, opts={"include_name": lambda n, t, p: t != "table" or n in metadata.tables}),
            metadata,
        )
    assert diffs == []
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()


def test_release_01_database_upgrades_keeping_rows_and_verdicts(release_01: Callable[..., str]) -> None:
    db = release_01()
    probe = create_engine(db_url(db))
    assert migrate.current_revision(probe) is None
    probe.dispose()
    store = Store(db)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    counts = store.counts()
    assert (counts["listings"], counts["claims"], counts["findings"], counts["pages"]) == (2, 2, 2, 1)
    rows, total = store.find_findings()
    assert total == 2
    assert {r["code"]: r["review"] for r in rows} == {"standard_withdrawn": "confirmed", "blacklisted_entity": "open"}
    listing = store.get_listing(rows[0]["listing_id"])
    assert listing is not None and listing["params"] == {"执行标准": "GB/T 14272-2011"}
    store.close()


def test_upgrade_merges_duplicate_findings_keeping_the_verdict(release_01: Callable[..., str]) -> None:
    """0.1 could store one (listing, code, subject) twice; the merged row keeps an inspector's verdict."""
    dup = (
        "INSERT INTO findings VALUES(3,1,1,'blacklisted_entity','high','e','x','浙江某某服饰有限公司','s',"
        "'dismissed','2026-12-01 19:33:45')"
    )
    store = Store(release_01(dup))
    rows, total = store.find_findings(code="blacklisted_entity")
    assert total == 1
    assert rows[0]["id"] == 2 and rows[0]["review"] == "dismissed"
    store.close()


def test_upgrade_merges_one_item_stored_under_two_urls(release_01: Callable[..., str]) -> None:
    """0.1 keyed listings by URL: one item at two URLs was two rows; 0003 merges them into the oldest, verdicts kept."""
    dup_listing = (
        "INSERT INTO listings SELECT 3, 'http://m.127.0.0.1:8800/jd/item/100001.html', platform, item_id, title,"
        " price, currency, brand, model, seller, maker, maker_address, category, category_key, params, description,"
        " fetched_at, rendered, risk, first_seen, last_crawl_id FROM listings WHERE id = 1"
    )
    dup_finding = (
        "INSERT INTO findings VALUES(4,3,1,'standard_unknown','low','e','x','GB 1-2000','s','dismissed',"
        "'2026-12-01 19:33:45')"
    )
    same_finding = (
        "INSERT INTO findings VALUES(5,3,1,'blacklisted_entity','high','e','x','浙江某某服饰有限公司','s',"
        "'confirmed','2026-12-01 19:33:45')"
    )
    store = Store(release_01(dup_listing, dup_finding, same_finding))
    assert store.counts()["listings"] == 2
    rows, total = store.find_findings(listing_id=1)
    assert {r["code"]: (r["id"], r["review"]) for r in rows} == {
        "standard_withdrawn": (1, "confirmed"),
        "blacklisted_entity": (2, "confirmed"),  # the kept row was open: the merged row's verdict wins
        "standard_unknown": (4, "dismissed"),  # moved over
    }
    assert total == 3
    store.close()


def test_a_finding_keeps_its_id_and_review_across_recrawls(
    release_01: Callable[..., str], make_listing: Callable[..., Listing]
) -> None:
    store = Store(release_01())
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


def test_opening_twice_is_a_no_op(store_url: str) -> None:
    Store(store_url).close()
    store = Store(store_url)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    store.close()


def test_processes_opening_a_new_database_at_once_all_get_head(store_url: str) -> None:
    """Workers started together all run the upgrade; one does it (PostgreSQL: under an advisory lock), none fails."""
    code = (
        "import sys; from shelfwatch.store import Store; from shelfwatch import migrate; "
        "s = Store(sys.argv[1]); print(migrate.current_revision(s.engine)); s.close()"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [subprocess.Popen([sys.executable, "-c", code, store_url], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, [err[-2000:] for _, err in outs]
    assert {out.strip() for out, _ in outs} == {migrate.head_revision()}
