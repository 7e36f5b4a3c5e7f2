"""Tasks through a real redis-server and a real `celery worker` subprocess."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from celery import Celery
from redis import Redis

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


def test_a_watch_already_crawling_is_skipped(worker: Celery, write_watches: Callable[[str], Path],
                                             redis_url: str) -> None:
    write_watches('[watches.busy]\nstart_urls = ["http://127.0.0.1:9/list"]\nevery_minutes = 5\n')
    lock = Redis.from_url(redis_url).lock("shelfwatch:crawl:busy", timeout=60)
    assert lock.acquire(blocking=False)
    try:
        result = worker.send_task("shelfwatch.crawl_watch", args=["busy"]).get(timeout=20)
    finally:
        lock.release()
    assert result == {"watch": "busy", "returncode": None, "stats": None, "skipped": "already running"}
