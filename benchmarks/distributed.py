"""Crawl throughput with one and with two crawl processes sharing one frontier in Redis, on the same local shop.

The shop is the demo marketplace (static pages: ``--render never``), served on 127.0.0.1; the store is one SQLite
file both processes write (WAL), each process keeps its own search index file. Two settings:

- as fast as the machine allows (no download delay): CPU-bound, so on a 2-core machine two processes can at best
  use the second core;
- polite (a download delay per process, as real shops need): bound by the delay, where a second process (from a
  second address, in a real deployment) is what doubles the rate.

Each figure is the best of ``REPEAT`` runs, one and two processes alternating. The ratio is one process's wall time
over two processes' wall time for the same pages, measured in the same run; the load average is printed with it,
as a shared machine's other work moves these figures more than anything measured here.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from demo import DemoServer, generate_marketplace

ROOT = Path(__file__).resolve().parents[1]
REDIS_SERVER = "/usr/bin/redis-server"
LISTINGS = 120
REPEAT = 2
MODES = {"no delay (CPU-bound)": 0.0, "download delay 0.3 s per process (politeness-bound)": 0.3}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _redis() -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    proc = subprocess.Popen([REDIS_SERVER, "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                             "--appendonly", "no", "--daemonize", "no"], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"redis://127.0.0.1:{port}/0"
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start") from None
            time.sleep(0.05)


def _crawl(start_urls: list[str], workers: int, *, redis_url: str, delay: float, tmp: Path) -> dict[str, Any]:
    key = f"bench-{time.time_ns()}"
    env = {**os.environ, "SHELFWATCH_DB": str(tmp / f"{key}.db"), "SHELFWATCH_FRONTIER_URL": redis_url,
           "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_DOWNLOAD_DELAY": str(delay), "SHELFWATCH_FRONTIER_IDLE_S": "1",
           "PYTHONPATH": str(ROOT)}
    # The store's schema is made before the clock starts: both modes measure crawling, not the first migration.
    subprocess.run([sys.executable, "-c", f"from shelfwatch.store import Store; Store({env['SHELFWATCH_DB']!r}).close()"],
                   env=env, check=True)
    t = time.perf_counter()
    procs = [
        subprocess.Popen([sys.executable, "-m", "shelfwatch", "crawl", *start_urls, "--frontier", key, "--json"],
                         env={**env, "SHELFWATCH_INDEX_PATH": str(tmp / f"{key}-{n}.idx")}, cwd=tmp,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        for n in range(workers)
    ]
    outs = [p.communicate(timeout=900)[0] for p in procs]
    wall = time.perf_counter() - t
    if any(p.returncode for p in procs):
        raise RuntimeError(f"a crawl process failed: {[p.returncode for p in procs]}")
    stats = [json.loads(o.decode().strip().splitlines()[-1]) for o in outs]
    return {"wall_s": wall, "items": sum(s["items_stored"] for s in stats),
            "pages": sum(s["frontier"].get("dequeued", 0) for s in stats),
            "split": [s["frontier"].get("dequeued", 0) for s in stats]}


def bench_distributed() -> dict[str, Any]:
    """Wall time, pages and split of a one-process and a two-process crawl of the same shop, per mode."""
    market = generate_marketplace(seed=20261127, n_listings=LISTINGS)
    redis, redis_url = _redis()
    rows: dict[str, Any] = {}
    try:
        with DemoServer(market) as server, tempfile.TemporaryDirectory() as tmp:
            for mode, delay in MODES.items():
                runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
                for _ in range(REPEAT):  # alternating, so a burst of load elsewhere hits both sides alike
                    for workers in (1, 2):
                        runs[workers].append(_crawl(server.start_urls, workers, redis_url=redis_url, delay=delay,
                                                    tmp=Path(tmp)))
                one, two = (min(runs[w], key=lambda r: r["wall_s"]) for w in (1, 2))
                rows[mode] = {"one": one, "two": two, "speedup": one["wall_s"] / two["wall_s"]}
    finally:
        redis.terminate()
        redis.wait(10)
    return {"listings": LISTINGS, "modes": rows, "load": os.getloadavg()[0]}


def render(result: dict[str, Any]) -> str:
    lines = [
        f"Shared frontier (benchmarks/distributed.py): demo shop of {result['listings']} listings, static pages, "
        f"one SQLite store, Redis frontier; wall time including process start (about 5 s); best of {REPEAT}, "
        f"load average {result['load']:.1f} when done.",
        "",
        "| mode | 1 process | 2 processes (pages each) | speed-up |",
        "|---|---|---|---|",
    ]
    for mode, r in result["modes"].items():
        one, two = r["one"], r["two"]
        lines.append(
            f"| {mode} | {one['wall_s']:.1f} s, {one['pages']} pages, {one['items']} items "
            f"| {two['wall_s']:.1f} s, {two['pages']} pages ({' + '.join(map(str, two['split']))}), {two['items']} items "
            f"| {r['speedup']:.2f}x |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(bench_distributed()))
