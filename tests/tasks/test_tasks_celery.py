"""Tasks through a real redis-server and a real `celery worker` subprocess."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from celery import Celery
from redis import Redis

from shelfwatch.store import Store

pytestmark = pytest.mark.redis


def test_ping_round_trips(worker: Celery) -> None:
    assert worker.send_task("shelfwatch.ping").get(timeout=20) == "pong"


def test_crawl_watch_stores_the_listings(worker: Celery, write_watches: Callable[[str], Path], tiny_site: str,
                                         tmp_path: Path) -> None:
    db = tmp_path / "tiny.db"
    write_watches(f'[watches.tiny]\nstart_urls = ["{tiny_site}/list.html"]\nevery_minutes = 60\ndb = "{db}"\n')
    result = worker.send_task("shelfwatch.crawl_watch", args=["tiny"]).get(timeout=180)
    assert result["watch"] == "tiny"
    assert result["returncode"] == 0
    assert result["stats"]["items_stored"] == 1  # the CLI's --json figures, passed through
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url FROM listings WHERE url = ?", (f"{tiny_site}/item/1001.html",)).fetchall()
    assert len(rows) == 1
    store = Store(str(db))
    [run] = store.recent_runs()
    store.close()
    assert (run["watch"], run["state"], run["attempt"], run["stats"]["items_stored"]) == ("tiny", "succeeded", 1, 1)
    assert run["finished_at"] >= run["started_at"] and run["alarms"] == []


def test_unknown_watch_fails_clearly(worker: Celery, write_watches: Callable[[str], Path]) -> None:
    write_watches('[watches.only]\nstart_urls = ["http://127.0.0.1:9/list"]\nevery_minutes = 5\n')
    result = worker.send_task("shelfwatch.crawl_watch", args=["nope"])
    with pytest.raises(Exception, match=r"no watch named 'nope' .*known: only"):
        result.get(timeout=20)
    assert result.state == "FAILURE"


def test_failed_crawl_fails_the_task_with_the_child_stderr(worker: Celery, write_watches: Callable[[str], Path],
                                                           tmp_path: Path) -> None:
    # Nothing listens on the start URL's port: the CLI stores nothing and exits non-zero.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    write_watches(f'[watches.down]\nstart_urls = ["http://127.0.0.1:{port}/list"]\n'
                  f'every_minutes = 5\ndb = "{tmp_path / "down.db"}"\n')
    result = worker.send_task("shelfwatch.crawl_watch", args=["down"])
    with pytest.raises(Exception, match=r"crawl of watch 'down' exited with \d+: .+") as raised:
        result.get(timeout=120)
    assert type(raised.value).__name__ == "CrawlFailed"
    # Tried once more after a short wait (SHELFWATCH_TASK_RETRIES=1), then recorded as failed, with its error.
    store = Store(str(tmp_path / "down.db"))
    runs = store.recent_runs(watch="down")
    store.close()
    assert [(r["state"], r["attempt"]) for r in runs] == [("failed", 2), ("failed", 1)]
    assert all(r["task_id"] == result.id and "exited with" in r["error"] and r["finished_at"] for r in runs)


def test_a_watch_already_crawling_is_skipped(worker: Celery, write_watches: Callable[[str], Path],
                                             redis_url: str, tmp_path: Path) -> None:
    write_watches(f'[watches.busy]\nstart_urls = ["http://127.0.0.1:9/list"]\nevery_minutes = 5\n'
                  f'db = "{tmp_path / "busy.db"}"\n')
    lock = Redis.from_url(redis_url).lock("shelfwatch:crawl:busy", timeout=60)
    assert lock.acquire(blocking=False)
    try:
        result = worker.send_task("shelfwatch.crawl_watch", args=["busy"]).get(timeout=20)
    finally:
        lock.release()
    assert result == {"watch": "busy", "returncode": None, "stats": None, "skipped": "already running"}
    store = Store(str(tmp_path / "busy.db"))
    assert [(r["state"], r["error"]) for r in store.recent_runs()] == [("skipped", "already running")]
    store.close()


def test_the_lock_of_a_dead_holder_lapses(redis_url: str) -> None:
    """A live holder keeps its lock past the TTL by renewing it; one killed with SIGKILL stops renewing, and the
    lock lapses one TTL later (not after the crawl timeout), so the watch can run again."""
    from tasks.crawl import LOCK_TTL_S

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from redis import Redis\n"
        "from tasks.crawl import _Renewer, watch_lock\n"
        f"lock = watch_lock(Redis.from_url({redis_url!r}), 'dead', ttl=2)  # the crawl task's lock, a 2 s TTL\n"
        "assert lock.acquire()\n"
        "_Renewer(lock).start()  # the crawl task's own renewer, every third of the TTL\n"
        "print('held', flush=True)\n"
        "time.sleep(600)\n")], stdout=subprocess.PIPE, text=True)
    redis = Redis.from_url(redis_url)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        time.sleep(3)  # longer than the 2 s TTL: only renewal keeps it
        assert redis.exists("shelfwatch:crawl:dead")
        assert not redis.lock("shelfwatch:crawl:dead", timeout=2, blocking=False).acquire()  # never twice at once
        holder.kill()  # SIGKILL: no release, no cleanup
        holder.wait(10)
        deadline = time.monotonic() + 5
        while redis.exists("shelfwatch:crawl:dead"):
            assert time.monotonic() < deadline, "the dead holder's lock never lapsed"
            time.sleep(0.1)
        mine = redis.lock("shelfwatch:crawl:dead", timeout=LOCK_TTL_S, blocking=False)
        assert mine.acquire()  # the next run of the watch gets it
        mine.release()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(10)


def test_a_watch_with_two_workers_runs_as_two_tasks_on_one_shared_frontier(
    worker: Celery, write_watches: Callable[[str], Path], tiny_site: str, tmp_path: Path
) -> None:
    db = tmp_path / "pair.db"
    write_watches(f'[watches.pair]\nstart_urls = ["{tiny_site}/list.html"]\nevery_minutes = 60\nworkers = 2\n'
                  f'db = "{db}"\n')
    result = worker.send_task("shelfwatch.crawl_watch", args=["pair"]).get(timeout=180)
    assert result["stats"]["frontier"]["dequeued"] >= 1
    deadline = time.monotonic() + 180  # the helper task waits for the test worker's one slot, then joins the run
    while True:
        store = Store(str(db))
        runs = {r["kind"]: r for r in store.recent_runs()}
        listings = store.counts()["listings"]
        store.close()
        if runs.get("crawl_watch_part", {}).get("state") not in (None, "running"):
            break
        assert time.monotonic() < deadline, runs
        time.sleep(0.5)
    assert runs["crawl_watch"]["state"] == runs["crawl_watch_part"]["state"] == "succeeded"
    pages = result["stats"]["frontier"]["dequeued"] + runs["crawl_watch_part"]["stats"]["frontier"].get("dequeued", 0)
    assert pages == 2 and listings == 1  # the list and the item, each fetched by one of the two, once
