"""A province's setup in small: `shelfwatch crawl` into a real PostgreSQL server, then the reading commands on it."""

from __future__ import annotations

import json

from crawlers.links import canonical_url
from shelfwatch.store import Store


def _finding_ids(db: str) -> set[tuple[int, str, str]]:
    store = Store(db)
    try:
        return {(f["id"], f["url"], f["code"]) for f in store.iter_findings()}
    finally:
        store.close()


def _lines(res) -> list[dict]:  # type: ignore[no-untyped-def]
    assert res.returncode == 0, res.stderr[-3000:]
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_crawl_into_postgresql_then_list_search_and_report(cli, demo_site, small_market, pg_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = pg_server.create_database("crawl")
    assert db.startswith("postgresql://")  # as a user writes it in SHELFWATCH_DB, no driver named
    env = {"SHELFWATCH_DB": db, "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_INDEX_PATH": str(tmp_path / "ix.db")}
    res = cli("crawl", *demo_site.start_urls, "--json", env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    stats = json.loads(res.stdout.strip().splitlines()[-1])
    assert stats["failed_requests"] == 0 and stats["item_errors"] == 0, stats

    rows = _lines(cli("listings", "--json", env=env))
    assert {r["url"] for r in rows} == {canonical_url(demo_site.base_url + p["url"]) for p in small_market.truth}
    findings = _lines(cli("findings", "--json", env=env))
    assert findings and {f["url"] for f in findings} <= {r["url"] for r in rows}
    assert _lines(cli("search", "羽绒服", "--json", env=env))  # the embedded index beside a server store

    # A second crawl of the same shop updates the same rows: no duplicate listing, findings keep their ids.
    before = _finding_ids(db)
    again = cli("crawl", *demo_site.start_urls, "--json", env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert len(_lines(cli("listings", "--json", env=env))) == len(rows)
    assert _finding_ids(db) == before and len(before) == len(findings)

    out = tmp_path / "report"
    assert cli("report", "--out", str(out), env=env).returncode == 0
    assert (out / "report.html").exists()
