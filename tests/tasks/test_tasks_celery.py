"""Tasks through a real redis-server and a real `celery worker` subprocess."""

from __future__ import annotations

import socket
import sqlite3
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
    """A worker killed mid-crawl stops renewing its lock: it expires after LOCK_TTL_S, not after the crawl timeout."""
    from tasks.crawl import LOCK_TTL_S

    lock = Redis.from_url(redis_url).lock("shelfwatch:crawl:dead", timeout=LOCK_TTL_S)
    assert lock.acquire(blocking=False)
    assert 0 < Redis.from_url(redis_url).pttl("shelfwatch:crawl:dead") <= LOCK_TTL_S * 1000
    lock.release()
