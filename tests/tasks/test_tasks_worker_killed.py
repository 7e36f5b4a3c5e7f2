"""A worker process killed with SIGKILL mid-crawl takes its crawl child with it: no orphan crawl goes on unrecorded,
and none can run beside the watch's next run once the dead worker's lock has lapsed; that next run records the
killed one as lost. A real worker, a real kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from processes import stop

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from crawl_shop import Shop, html, item_page  # noqa: E402
from redis import Redis  # noqa: E402

from shelfwatch.store import Store  # noqa: E402
from tasks.celery_app import make_celery  # noqa: E402
from tasks.runs import LOST  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.redis, pytest.mark.skipif(sys.platform != "linux", reason="parent-death signal: Linux")]


def _crawl_children(url: str) -> list[int]:
    """PIDs of `shelfwatch crawl` processes crawling ``url`` (read from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if b"crawl" in argv and url.encode() in argv and state != "Z":
            pids.append(int(entry.name))
    return pids


def _parent(pid: int) -> int:
    return int((Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[1])


def test_a_worker_killed_mid_crawl_takes_its_crawl_child_with_it(redis_url: str, tmp_path: Path) -> None:
    # A Redis database of its own: the session's shared worker (tests/tasks/conftest.py) listens on database 0 and
    # would take this test's task (and fail it: it knows no watch "slow") before the doomed worker could.
    redis_url = redis_url.rsplit("/", 1)[0] + "/9"
    def slow_item(path: str) -> tuple[int, dict[str, str], bytes]:
        time.sleep(2)
        return item_page("慢速玩具")

    with Shop() as shop:
        shop.routes["/list"] = html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(20)))
        shop.routes.update({f"/item/{n}.html": slow_item for n in range(20)})
        url = shop.url("/list")
        watches = tmp_path / "watches.toml"
        watches.write_text(f'[watches.slow]\nstart_urls = ["{url}"]\nevery_minutes = 60\ndb = "slow.db"\n',
                           encoding="utf-8")
        env = {**os.environ, "SHELFWATCH_BROKER_URL": redis_url, "SHELFWATCH_WATCHES": str(watches),
               "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "1", "PYTHONPATH": str(REPO)}
        log = tmp_path / "worker.log"
        with log.open("wb") as out:
            worker = subprocess.Popen([sys.executable, "-m", "shelfwatch", "worker", "--concurrency", "1",
                                       "--loglevel", "warning", "--name", f"doomed-{os.getpid()}@%h"],
                                      cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)
        client = make_celery(redis_url, watches=watches)
        try:
            client.send_task("shelfwatch.crawl_watch", args=["slow"])
            deadline = time.monotonic() + 90
            while not (children := _crawl_children(url)) or not any(k.startswith("/item/") for k in shop.hits):
                assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
                assert time.monotonic() < deadline, f"the crawl never started:\n{log.read_text(errors='replace')}"
                time.sleep(0.2)
            (child,) = children
            pool = _parent(child)  # the worker process running the task
            assert pool != os.getpid()
            os.kill(pool, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while _crawl_children(url):
                assert time.monotonic() < deadline, "the crawl child outlived its killed worker"
                time.sleep(0.1)
            fetched = sum(n for k, n in shop.hits.items() if k.startswith("/item/"))
            time.sleep(3)  # nothing keeps crawling the shop
            assert sum(n for k, n in shop.hits.items() if k.startswith("/item/")) <= fetched + 1  # one in flight
            assert fetched < 20

            # The killed run's row still says running. The next run, once it holds the watch's lock (the dead
            # worker's lapses after LOCK_TTL_S; deleted here to save two minutes), records it as lost.
            store = Store(str(tmp_path / "slow.db"))
            assert [r["state"] for r in store.recent_runs()] == ["running"]
            store.close()
            Redis.from_url(redis_url).delete("shelfwatch:crawl:slow")
            shop.routes.update({f"/item/{n}.html": item_page("快速玩具") for n in range(20)})
            result = client.send_task("shelfwatch.crawl_watch", args=["slow"]).get(timeout=180)  # a new pool process
            assert result["stats"]["items_stored"] == 20
            store = Store(str(tmp_path / "slow.db"))
            runs = store.recent_runs()
            store.close()
            assert [r["state"] for r in runs] == ["succeeded", "failed"]
            assert runs[1]["error"] == LOST and runs[1]["finished_at"]
        finally:
            stop(worker)
            client.close()
            for pid in _crawl_children(url):  # only if the test failed: leave nothing running
                os.kill(pid, signal.SIGKILL)
