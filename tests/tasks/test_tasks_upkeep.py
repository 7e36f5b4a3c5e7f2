"""The upkeep tasks (tasks/upkeep.py): pure parts table-driven, each task run for real against SQLite on disk."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from crawl_shop import Shop, item_page  # noqa: E402

from shelfwatch.settings import load_settings  # noqa: E402
from shelfwatch.store import Review, Store  # noqa: E402
from tasks import upkeep  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("status", "verified", "wanted"), [
    ("issued", None, True),
    ("acknowledged", None, True),
    ("relisted", None, True),
    ("removed", None, True),            # the platform's word only: the crawl should see for itself
    ("removed", "2026-01-01", False),   # already proven gone
    ("disputed", None, False),
    ("withdrawn", None, False),
])
def test_needs_recrawl(status: str, verified: object, wanted: bool) -> None:
    assert upkeep.needs_recrawl(status, verified) is wanted


def test_recrawl_urls_are_distinct_sorted_and_web_only() -> None:
    items = [
        {"url": "http://b/2", "status": "issued"},
        {"url": "http://a/1", "status": "acknowledged"},
        {"url": "http://a/1", "status": "issued"},
        {"url": "http://c/3", "status": "disputed"},
        {"url": "javascript:alert(1)", "status": "issued"},
        {"url": "", "status": "issued"},
        {"url": "http://d/4", "status": "removed", "verified_gone_at": "2026-01-01"},
    ]
    assert upkeep.recrawl_urls(items) == ["http://a/1", "http://b/2"]


@pytest.mark.parametrize(("number", "stem"), [
    ("TD-2026-0001", "TD-2026-0001"),
    ("下架-1", "下架-1"),
    ("../../etc/passwd", "etc_passwd"),
    ("a b/c", "a_b_c"),
    ("..", "notice"),
])
def test_notice_file_stem(number: str, stem: str) -> None:
    assert upkeep.notice_file_stem(number) == stem


def test_report_folder_is_dated() -> None:
    assert upkeep.report_folder("out", date(2026, 12, 1)) == Path("out/daily/2026-12-01")


def test_resolve_db_takes_a_watch_name_or_a_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    watches = tmp_path / "w.toml"
    watches.write_text('[watches.kids]\nstart_urls = ["http://127.0.0.1:9/"]\nevery_minutes = 5\ndb = "kids.db"\n',
                       encoding="utf-8")
    monkeypatch.setenv("SHELFWATCH_WATCHES", str(watches))
    monkeypatch.setenv("SHELFWATCH_DB", "default.db")
    s = load_settings()
    assert upkeep.resolve_db("kids", s) == (str(tmp_path / "kids.db"), "kids")
    assert upkeep.resolve_db("", s) == ("default.db", "")
    assert upkeep.resolve_db("other.db", s) == ("other.db", "")
    assert upkeep.resolve_db("sqlite:///x.db", s) == ("sqlite:///x.db", "")


# -- each task for real ---------------------------------------------------------------------------------------------
@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes["/item/8.html"] = item_page("羽绒服", standard="GB/T 14272-2011")  # withdrawn in the registry
        yield s


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SHELFWATCH_RENDER_JS", "never")
    monkeypatch.setenv("SHELFWATCH_OUT_DIR", str(tmp_path / "out"))
    monkeypatch.setenv("SHELFWATCH_WATCHES", str(tmp_path / "none.toml"))
    monkeypatch.setenv("SHELFWATCH_TASK_RETRIES", "0")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    return tmp_path


def _crawl(url: str, db: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "shelfwatch", "crawl", url, "--db", str(db), "--json"],
                          capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr[-3000:]


def _issued(shop: Shop, db: Path) -> int:
    from shelfwatch import notices
    from shelfwatch.audit import Actor

    _crawl(shop.url("/item/8.html"), db)
    store = Store(str(db))
    [finding] = store.find_findings(code="standard_withdrawn")[0]
    store.set_review(finding["id"], Review.CONFIRMED)
    nid = notices.issue(store, finding["platform"], actor=Actor(name="insp"), deadline_days=2, tz="Asia/Shanghai")
    store.close()
    return nid


def _runs(db: Path) -> list[dict]:  # type: ignore[type-arg]
    store = Store(str(db))
    try:
        return store.recent_runs()
    finally:
        store.close()


def test_recrawl_takedowns_verifies_a_listing_found_gone(shop: Shop, env: Path) -> None:
    from shelfwatch import notices

    db = env / "td.db"
    nid = _issued(shop, db)
    shop.routes["/item/8.html"] = (404, {"Content-Type": "text/html"}, b"<html>not found</html>")
    out = upkeep.recrawl_takedowns.apply(kwargs={"target": str(db)}).get()
    assert out["urls"] == 1 and out["gone"] == 1
    store = Store(str(db))
    [item] = notices.get_notice(store, nid).items  # type: ignore[union-attr]
    store.close()
    assert item["status"] == "removed" and item["verified_gone_at"] is not None and "HTTP 404" in item["reason"]
    assert (_runs(db)[0]["kind"], _runs(db)[0]["state"]) == ("recrawl_takedowns", "succeeded")
    hits = shop.hits["/item/8.html"]
    # A second run finds nothing left to prove: no URL, no crawl.
    assert upkeep.recrawl_takedowns.apply(kwargs={"target": str(db)}).get()["urls"] == 0
    assert shop.hits["/item/8.html"] == hits


def test_export_notices_writes_each_notice_once_by_name(shop: Shop, env: Path) -> None:
    db = env / "ex.db"
    _issued(shop, db)
    folder = env / "exports"
    first = upkeep.export_notices.apply(kwargs={"target": str(db), "out_dir": str(folder)}).get()
    assert first["notices"] == 1 and first["written"] == 3
    names = sorted(p.name for p in folder.iterdir())
    assert [Path(n).suffix for n in names] == [".csv", ".json", ".xlsx"]
    data = json.loads((folder / names[1]).read_text(encoding="utf-8"))
    assert len(data["items"]) == 1 and data["items"][0]["status"] == "issued"
    second = upkeep.export_notices.apply(kwargs={"target": str(db), "out_dir": str(folder)}).get()
    assert second["notices"] == 1 and second["written"] + second["unchanged"] == 3
    assert sorted(p.name for p in folder.iterdir()) == names  # same names, nothing added
    assert second["unchanged"] >= 2  # CSV and JSON are byte for byte the same


def test_daily_report_writes_report_and_confirmed_takedowns_in_a_dated_folder(shop: Shop, env: Path) -> None:
    db = env / "dr.db"
    _issued(shop, db)
    out = upkeep.daily_report.apply(kwargs={"target": str(db), "day": "2026-12-01"}).get()
    folder = env / "out" / "daily" / "2026-12-01"
    assert out["folder"] == str(folder) and (folder / "report.html").exists()
    assert out["takedown_rows"] == 1
    [csv_path] = out["takedown_csvs"].values()
    lines = Path(csv_path).read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and shop.url("/item/8.html") in lines[1]
    assert _runs(db)[0]["kind"] == "daily_report"


def test_rejudge_judges_the_stored_listings_again(shop: Shop, env: Path) -> None:
    db = env / "rj.db"
    _crawl(shop.url("/item/8.html"), db)
    out = upkeep.rejudge.apply(kwargs={"target": str(db), "as_of": "2026-12-01"}).get()
    assert out["listings"] == 1 and out["raised"] == 0 and out["cleared"] == 0
    run = _runs(db)[0]
    assert (run["kind"], run["state"], run["stats"]["listings"]) == ("rejudge", "succeeded", 1)


def test_a_missing_store_fails_clearly_and_is_not_retried(env: Path) -> None:
    result = upkeep.rejudge.apply(kwargs={"target": str(env / "nope.db")})
    with pytest.raises(LookupError, match="no database"):
        result.get()
    assert not (env / "nope.db").exists()


@pytest.mark.redis
def test_rejudge_runs_through_the_real_worker(worker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "w.db"
    Store(str(db)).close()  # an empty store: nothing to judge, but the run is recorded
    out = worker.send_task("shelfwatch.rejudge", kwargs={"target": str(db)}).get(timeout=60)
    assert out["listings"] == 0
    run = _runs(db)[0]
    assert (run["kind"], run["state"]) == ("rejudge", "succeeded")
