"""`shelfwatch search` and `shelfwatch reindex`, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.store import Store

CLI = Callable[..., subprocess.CompletedProcess[str]]
HASHING = {"SHELFWATCH_EMBEDDING_MODEL": "hashing"}


@pytest.fixture
def db(tmp_path: Path, make_listing: Callable[..., Listing]) -> Path:
    path = tmp_path / "watch.db"
    store = Store(str(path))
    crawl = store.start_crawl([])
    finding = Finding(code=FindingCode.STANDARD_WITHDRAWN, severity=Severity.MEDIUM, evidence="GB/T 14272-2011",
                      explanation="标准已废止", subject="GB/T 14272-2011")
    store.save_listing(make_listing(params={"执行标准": "GB/T 14272-2011"}), [], [finding], risk=40, crawl_id=crawl)
    for n in range(2, 6):
        store.save_listing(make_listing(url=f"http://x/{n}", item_id=str(n), title=f"益智拼装积木 {n}号",
                                        platform="tmall-demo", price=10.0 * n), [], [], risk=n, crawl_id=crawl)
    store.close()
    return path


def _lines(res: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_reindex_then_search_with_filters_facets_and_paging(cli: CLI, db: Path) -> None:
    res = cli("reindex", "--db", str(db), env=HASHING)
    assert res.returncode == 0, res.stderr
    assert "5 written" in res.stdout and "reindexing 5/5" in res.stderr
    *hits, summary = _lines(cli("search", "积木", "--db", str(db), "--json", "--facets", "--limit", "2",
                                "--sort", "risk"))
    assert [h["title"] for h in hits] == ["益智拼装积木 5号", "益智拼装积木 4号"]
    assert summary["total"] == 4 and summary["facets"]["platform"] == {"tmall-demo": 4}  # type: ignore[index]
    more = _lines(cli("search", "积木", "--db", str(db), "--json", "--limit", "2", "--sort", "risk",
                      "--after", str(summary["next_after"])))
    assert [h["title"] for h in more] == ["益智拼装积木 3号", "益智拼装积木 2号"]
    (hit,) = _lines(cli("search", "GB/T 14272", "--db", str(db), "--json", "--code", "standard_withdrawn"))
    assert hit["highlights"] and hit["finding_codes"] == ["standard_withdrawn"]
    assert len(_lines(cli("search", "积木", "--db", str(db), "--json", "--price-max", "35"))) == 2


def test_text_output_marks_matches_and_says_when_nothing_matched(cli: CLI, db: Path) -> None:
    cli("reindex", "--db", str(db), "--catch-up", env=HASHING)
    res = cli("search", "羽绒服", "--db", str(db))
    assert res.returncode == 0 and "[羽绒服]" in res.stdout
    none = cli("search", "冰箱", "--db", str(db))
    assert none.returncode == 0 and "没有结果" in none.stderr


def test_semantic_search(cli: CLI, db: Path) -> None:
    cli("reindex", "--db", str(db), env=HASHING)
    hits = _lines(cli("search", "拼装积木玩具", "--db", str(db), "--json", "--semantic", env=HASHING))
    assert hits and "积木" in str(hits[0]["title"])
    hybrid = _lines(cli("search", "积木", "--db", str(db), "--json", "--hybrid", env=HASHING))
    assert {str(h["title"]) for h in hybrid[:4]} == {f"益智拼装积木 {n}号" for n in range(2, 6)}


def test_bad_cursor_and_missing_database_are_clear_errors(cli: CLI, db: Path, tmp_path: Path) -> None:
    res = cli("search", "积木", "--db", str(db), "--after", "garbage")
    assert res.returncode == 2 and "not a search cursor" in res.stderr
    res = cli("reindex", "--db", str(tmp_path / "nope.db"))
    assert res.returncode == 2 and "no database" in res.stderr
