"""The scheduled crawl's job directory per watch, and the evidence-retention upkeep task, run for real."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from crawl_shop import Shop, html, item_page
from sqlalchemy import update

from crawlers.resume import JOB_FILE, write_job
from shelfwatch.schema import pages
from shelfwatch.store import Store
from tasks import upkeep
from tasks.crawl import _run_child, crawl_command, job_dir_for
from tasks.runs import run_alarms
from tasks.watches import Watch

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes["/list"] = html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(1, 4)))
        for n in range(1, 4):
            s.routes[f"/item/{n}.html"] = item_page(f"积木{n}")
        yield s


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SHELFWATCH_RENDER_JS", "never")
    monkeypatch.setenv("SHELFWATCH_WATCHES", str(tmp_path / "none.toml"))
    monkeypatch.setenv("SHELFWATCH_TASK_RETRIES", "0")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.chdir(REPO)
    return tmp_path


def test_each_watch_has_its_own_job_directory() -> None:
    watch = Watch(name="jd kids/童装", start_urls=("http://x.test/1",), every_minutes=5, db="s.db")
    assert job_dir_for(watch, "/var/lib/shelfwatch/jobs") == "/var/lib/shelfwatch/jobs/jd_kids_童装"
    assert crawl_command(watch, job_dir="/j/a")[-2:] == ["--job-dir", "/j/a"]
    assert job_dir_for(Watch(name="..", start_urls=(), db="s.db"), "jobs") == "jobs/watch"


def test_a_scheduled_crawl_cut_short_resumes_from_its_watch_job(shop: Shop, env: Path) -> None:
    watch = Watch(name="kids", start_urls=(shop.url("/list"),), every_minutes=5, db=str(env / "w.db"))
    jobs = str(env / "jobs")
    first = _run_child(watch, jobs_dir=jobs)
    assert first["items_stored"] == 3
    job_file = Path(job_dir_for(watch, jobs)) / JOB_FILE
    job = json.loads(job_file.read_text())
    assert job["finished"] is True and len(job["crawl_ids"]) == 1
    # What a worker killed mid-crawl leaves: the job's crawl ids, not finished. The next attempt resumes it.
    write_job(job_file.parent, {"crawl_ids": job["crawl_ids"], "finished": False})
    hits = dict(shop.hits)
    second = _run_child(watch, jobs_dir=jobs)
    assert all(shop.hits[f"/item/{n}.html"] == hits[f"/item/{n}.html"] for n in range(1, 4))  # not fetched again
    assert shop.hits["/list"] == hits["/list"] + 1 and second["items_stored"] == 0
    assert json.loads(job_file.read_text())["finished"] is True


def test_prune_evidence_task_applies_the_retention(shop: Shop, env: Path) -> None:
    db = env / "p.db"
    watch = Watch(name="p", start_urls=(shop.url("/item/1.html"),), every_minutes=5, db=str(db))
    _run_child(watch)
    shop.routes["/item/1.html"] = item_page("积木1 改版")
    _run_child(watch)
    store = Store(str(db))
    try:
        [old, new] = sorted(store.page_evidence(shop.url("/item/1.html")), key=lambda v: v["fetched_at"])
        with store.engine.begin() as conn:
            conn.execute(update(pages).where(pages.c.id == old["id"]).values(
                fetched_at=old["fetched_at"] - timedelta(days=400)))
    finally:
        store.close()
    out = upkeep.prune_evidence.apply(kwargs={"target": str(db)}).get()
    assert out["pages_deleted"] == 1 and out["protected_listings"] == 0
    store = Store(str(db))
    try:
        assert [v["id"] for v in store.page_evidence(shop.url("/item/1.html"))] == [new["id"]]
        [run] = store.recent_runs(limit=1)
    finally:
        store.close()
    assert (run["kind"], run["state"], run["stats"]["pages_deleted"]) == ("prune_evidence", "succeeded", 1)
    with pytest.raises(ValueError, match="positive"):
        upkeep.prune_evidence.apply(kwargs={"target": str(db), "days": -1}).get()


def test_a_run_that_found_every_listing_unchanged_raises_no_nothing_stored_alarm() -> None:
    base = {"failed_requests": 0, "finish_reason": "finished", "items_stored": 0}
    assert run_alarms({**base, "unchanged": {"not_modified": 2, "same_hash": 1}}) == []
    assert run_alarms({**base, "unchanged": {}}) == ["未存任何商品 no listing stored"]
