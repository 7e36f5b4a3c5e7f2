"""The shared crawl frontier: crawl processes splitting one shop through a real redis-server, each URL fetched once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from counting_shop import CountingShop
from redis import Redis
from scrapy import Request, Spider
from scrapy_playwright.page import PageMethod

from crawlers.frontier import BloomFilter, SetFilter, bloom_positions, bloom_shape, decode_request, encode_request
from shelfwatch.store import Store

pytestmark = pytest.mark.redis
REPO = Path(__file__).resolve().parents[2]


class _Spider(Spider):
    name = "t"

    def parse_item(self, response):  # type: ignore[no-untyped-def]
        pass


def test_requests_round_trip_as_json_with_browser_steps_and_bytes() -> None:
    spider = _Spider()
    req = Request("http://127.0.0.1:1/item/1.html", callback=spider.parse_item, priority=3, body=b"\x00\xff",
                  headers={"Referer": "http://127.0.0.1:1/list/1.html"},
                  meta={"playwright": True, "playwright_page_methods": [PageMethod("wait_for_selector", "#p",
                                                                                     timeout=15_000)]})
    text = encode_request(req, spider)
    assert "pickle" not in text and json.loads(text)["url"] == req.url
    back = decode_request(text, spider)
    assert (back.url, back.body, back.priority, back.callback) == (req.url, b"\x00\xff", 3, spider.parse_item)
    assert back.headers.getlist("Referer") == [b"http://127.0.0.1:1/list/1.html"]
    [pm] = back.meta["playwright_page_methods"]
    assert (pm.method, pm.args, pm.kwargs) == ("wait_for_selector", ("#p",), {"timeout": 15_000})


def test_bloom_filter_is_sized_for_its_capacity() -> None:
    bits, hashes = bloom_shape(10_000_000)
    assert 23_000_000 * 8 < bits < 24_500_000 * 8 and hashes == 13  # 1e-4 false positives: ~23 MB, 13 hashes
    positions = bloom_positions(b"fp", bits, hashes)
    assert len(set(positions)) == hashes and all(0 <= p < bits for p in positions)


@pytest.mark.parametrize("kind", ["set", "bloom"])
def test_duplicate_filters_say_new_once(redis_url: str, kind: str) -> None:
    redis = Redis.from_url(redis_url)
    key = f"test:seen:{kind}:{time.time_ns()}"
    seen = SetFilter(redis, key) if kind == "set" else BloomFilter(redis, key, capacity=10_000)
    new = [seen.add(f"url-{i}".encode()) for i in range(2000)]
    again = [seen.add(f"url-{i}".encode()) for i in range(2000)]
    assert all(new) if kind == "set" else sum(new) >= 1999  # a Bloom filter may call a rare new URL seen
    assert not any(again)
    if kind == "bloom":
        assert int(redis.strlen(key)) <= seen.bits // 8 + 1  # bounded by capacity, not by URLs added
    redis.delete(key)


def _worker(shop: CountingShop, key: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "shelfwatch", "crawl", shop.start_url, "--frontier", key, "--json"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=err,
        )


def test_two_processes_split_one_shop_fetch_each_page_once_and_end(redis_url: str, pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = pg_server.create_database("frontier")
    key = f"shop-{time.time_ns()}"
    base_env = {**os.environ, "SHELFWATCH_DB": db, "SHELFWATCH_FRONTIER_URL": redis_url, "SHELFWATCH_RENDER_JS": "never",
                "SHELFWATCH_FRONTIER_IDLE_S": "2", "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "2",
                "SHELFWATCH_OBEY_ROBOTS": "false", "PYTHONPATH": str(REPO)}
    with CountingShop(pages=6, per_page=10, delay=0.2) as shop:
        procs = []
        for n in range(2):
            env = {**base_env, "SHELFWATCH_INDEX_PATH": str(tmp_path / f"index-{n}.db")}
            procs.append(_worker(shop, key, env, tmp_path / f"worker-{n}.log"))
            if n == 0:  # the second joins a crawl already under way, as a worker started later would
                deadline = time.monotonic() + 60
                while not shop.hits and time.monotonic() < deadline:
                    time.sleep(0.05)
        outs = [p.communicate(timeout=180)[0] for p in procs]
        hits = dict(shop.hits)
    logs = [(tmp_path / f"worker-{n}.log").read_text(errors="replace")[-2000:] for n in range(2)]
    assert [p.returncode for p in procs] == [0, 0], logs
    stats = [json.loads(out.decode().strip().splitlines()[-1]) for out in outs]

    assert set(hits) == shop.all_paths()
    assert {path: n for path, n in hits.items() if n != 1} == {}  # no page fetched twice, across processes
    taken = [s["frontier"].get("dequeued", 0) for s in stats]
    assert all(t > 0 for t in taken), taken  # both did part of the work
    assert sum(taken) == len(shop.all_paths())
    assert [s["finish_reason"] for s in stats] == ["finished", "finished"]
    assert sum(s["items_stored"] for s in stats) == 60

    store = Store(db)
    assert store.counts()["listings"] == 60
    store.close()
    redis = Redis.from_url(redis_url)
    assert redis.zcard(f"shelfwatch:frontier:{key}:queue") == 0
    assert redis.hlen(f"shelfwatch:frontier:{key}:workers") == 0  # both signed off


def test_a_process_killed_mid_crawl_is_finished_by_another_from_the_shared_frontier(
    redis_url: str, pg_server, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    db = pg_server.create_database("killed")
    key = f"killed-{time.time_ns()}"
    env = {**os.environ, "SHELFWATCH_DB": db, "SHELFWATCH_FRONTIER_URL": redis_url, "SHELFWATCH_RENDER_JS": "never",
           "SHELFWATCH_FRONTIER_IDLE_S": "2", "SHELFWATCH_FRONTIER_DEAD_S": "3",
           "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "2", "SHELFWATCH_OBEY_ROBOTS": "false", "PYTHONPATH": str(REPO)}
    with CountingShop(pages=6, per_page=10, delay=0.2) as shop:
        doomed = _worker(shop, key, {**env, "SHELFWATCH_INDEX_PATH": str(tmp_path / "a.db")}, tmp_path / "a.log")
        deadline = time.monotonic() + 60
        while sum(shop.hits.values()) < 15:  # well into the crawl: list pages and items taken, some in flight
            assert time.monotonic() < deadline and doomed.poll() is None, (tmp_path / "a.log").read_text()[-2000:]
            time.sleep(0.02)
        doomed.kill()  # SIGKILL: no shutdown, no hand-back; its requests stay in its in-flight hash
        doomed.wait(10)
        survivor = _worker(shop, key, {**env, "SHELFWATCH_INDEX_PATH": str(tmp_path / "b.db")}, tmp_path / "b.log")
        out = survivor.communicate(timeout=180)[0]
        hits = dict(shop.hits)
    assert survivor.returncode == 0, (tmp_path / "b.log").read_text()[-2000:]
    stats = json.loads(out.decode().strip().splitlines()[-1])
    assert stats["finish_reason"] == "finished"
    recovered = stats["frontier"].get("recovered", 0)
    assert 1 <= recovered <= 8  # it put back what the dead process held (2 downloading, a few being stored)

    assert set(hits) == shop.all_paths()  # nothing lost: every page reached
    twice = {path: n for path, n in hits.items() if n > 1}
    assert len(twice) <= recovered and all(n == 2 for n in twice.values())  # only those were fetched again
    store = Store(db)
    assert store.counts()["listings"] == 60  # every item stored, the re-fetched ones once
    store.close()
