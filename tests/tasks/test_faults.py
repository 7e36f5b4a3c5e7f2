"""Faults a province's deployment meets, with the real servers: the database restarting under a running crawl."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from counting_shop import CountingShop
from processes import free_port, stop

from shelfwatch.store import Store
from tasks.celery_app import make_celery

REPO = Path(__file__).resolve().parents[2]


def test_postgresql_restarted_mid_crawl_and_the_crawl_carries_on(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = pg_server.create_database("restart")
    env = {**os.environ, "SHELFWATCH_DB": db, "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_OBEY_ROBOTS": "false",
           "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "2", "SHELFWATCH_INDEX_PATH": str(tmp_path / "ix.db"),
           "SHELFWATCH_LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO)}
    log = tmp_path / "crawl.log"
    with CountingShop(pages=4, per_page=10, delay=0.1) as shop, log.open("wb") as err:
        crawl = subprocess.Popen([sys.executable, "-m", "shelfwatch", "crawl", shop.start_url, "--json"],
                                 cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=err)
        deadline = time.monotonic() + 60
        while sum(shop.hits.values()) < 12:  # listings are being stored
            assert time.monotonic() < deadline and crawl.poll() is None, log.read_text()[-2000:]
            time.sleep(0.02)
        pg_server.stop("fast")  # every connection dropped; nothing listens for two seconds
        time.sleep(2)
        pg_server.start()
        out = crawl.communicate(timeout=180)[0]
    text = log.read_text(errors="replace")
    assert crawl.returncode == 0, text[-3000:]
    assert "database unreachable" in text  # it did meet the outage
    stats = json.loads(out.decode().strip().splitlines()[-1])
    assert (stats["items_stored"], stats["item_errors"]) == (40, 0)
    store = Store(db)
    assert store.counts()["listings"] == 40  # no page fetched during the outage was lost
    store.close()


def _redis(port: int, data: Path) -> subprocess.Popen[bytes]:
    """A redis-server that keeps its data in an append-only file, as a deployment's broker must."""
    proc = subprocess.Popen(["/usr/bin/redis-server", "--bind", "127.0.0.1", "--port", str(port), "--dir", str(data),
                             "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no"],
                            stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)


@pytest.mark.redis
def test_redis_restarted_mid_run_loses_no_task(tmp_path: Path) -> None:
    """One crawl running, one queued behind it; the broker restarts; both crawls still run to the end."""
    port = free_port()
    data = tmp_path / "redis"
    data.mkdir()
    redis = _redis(port, data)
    url = f"redis://127.0.0.1:{port}/0"
    watches = tmp_path / "watches.toml"
    log = tmp_path / "worker.log"
    worker = None
    with CountingShop(pages=3, per_page=10, delay=0.15) as shop:
        watches.write_text(
            f'[watches.first]\nstart_urls = ["{shop.start_url}"]\nevery_minutes = 60\ndb = "{tmp_path / "a.db"}"\n'
            f'[watches.second]\nstart_urls = ["{shop.base_url}/list/2.html"]\nevery_minutes = 60\n'
            f'db = "{tmp_path / "b.db"}"\n', encoding="utf-8")
        env = {**os.environ, "SHELFWATCH_BROKER_URL": url, "SHELFWATCH_WATCHES": str(watches),
               "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_OBEY_ROBOTS": "false",
               "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "1", "PYTHONPATH": str(REPO),
               "SHELFWATCH_JOBS_DIR": str(tmp_path / "jobs")}  # the worker runs in the checkout: not there
        client = make_celery(url, watches=watches)
        try:
            with log.open("wb") as out:
                worker = subprocess.Popen([sys.executable, "-m", "shelfwatch", "worker", "--concurrency", "1",
                                           "--loglevel", "info", "--name", f"faults-{os.getpid()}@%h"],
                                          cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
            deadline = time.monotonic() + 60
            while not client.control.ping(timeout=0.5):
                assert worker.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            first = client.send_task("shelfwatch.crawl_watch", args=["first"])
            second = client.send_task("shelfwatch.crawl_watch", args=["second"])  # waits: one crawl at a time
            while sum(shop.hits.values()) < 5:
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(0.05)
            stop(redis)  # SIGTERM: Redis writes its append-only file and goes away
            time.sleep(2)
            redis = _redis(port, data)
            done = [first.get(timeout=240), second.get(timeout=240)]
        finally:
            client.close()
            if worker is not None:
                stop(worker)
            stop(redis)
    assert [d["stats"]["items_stored"] for d in done] == [30, 20], log.read_text()[-3000:]
    assert "Connection to broker lost" in log.read_text(errors="replace")  # the worker did see the restart
