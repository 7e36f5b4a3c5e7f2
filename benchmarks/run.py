"""`make bench`: speed and memory of the main stages on the demo marketplace, each against a baseline run here.

- extraction (benchmarks/extraction.py): ``extract_page`` vs. a bare ``lxml.html.fromstring`` of the same pages;
- crawl: ``shelfwatch crawl`` (extract, match, store, index, Chromium for JS pages) vs. fetching the same URLs
  one by one with urllib (no parsing at all);
- search: see ``benchmarks/search.py`` (synthetic listings at scale, six query kinds, each against a baseline).

Results are appended to BENCHMARKS.md with the date and the machine.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import search
from benchmarks.extraction import bench_extraction
from benchmarks.extraction import render as render_extraction
from demo import DemoServer, generate_marketplace

ROOT = Path(__file__).resolve().parents[1]


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs (the least disturbed by the rest of the machine)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def bench_crawl(market) -> dict[str, float]:  # type: ignore[no-untyped-def]
    with DemoServer(market) as server, tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        t = time.perf_counter()
        res = subprocess.run(
            [sys.executable, "-m", "shelfwatch", "crawl", *server.start_urls, "--db", db, "--json"],
            capture_output=True, text=True, check=True,
        )
        ours = time.perf_counter() - t
        stats = json.loads(res.stdout.strip().splitlines()[-1])
        peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        urls = [server.base_url + p for p in market.pages]  # every page and API document the site serves
        t = time.perf_counter()
        for url in urls:
            with urllib.request.urlopen(url) as r:
                r.read()
        base = time.perf_counter() - t
    return {"listings": stats["items_stored"], "pages_fetched": stats["pages_fetched"],
            "rendered": stats["rendered_pages"], "crawl_s": ours, "baseline_urls": len(urls), "baseline_s": base,
            "ratio": ours / base, "listings_per_min": stats["items_stored"] / ours * 60,
            "crawl_peak_rss_mb": peak_rss_mb}


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    market = generate_marketplace()
    ex = bench_extraction()
    cr = bench_crawl(market)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "",
        f"## {when} — {machine()}",
        "",
        "| stage | shelfwatch | baseline (same run) | ratio |",
        "|---|---|---|---|",
        f"| crawl → extract → match → store → index, {cr['listings']} listings, {cr['pages_fetched']} responses, "
        f"{cr['rendered']} rendered in Chromium | {cr['crawl_s']:.1f} s ({cr['listings_per_min']:.0f} listings/min) "
        f"| urllib GET of the site's {cr['baseline_urls']} URLs one by one {cr['baseline_s']:.1f} s | {cr['ratio']:.1f}x |",
        "",
        f"Peak resident memory of the largest process of the crawl (the crawler itself, or a Chromium process it reaped): {cr['crawl_peak_rss_mb']:.0f} MB.",
        "",
        *render_extraction(ex),
        "",
        "Search (benchmarks/search.py):",
        "",
        search.render(search.bench_search()["results"]),
    ]
    from benchmarks import accuracy as accuracy_bench  # precision/recall per code (benchmarks/accuracy.py)
    from benchmarks import matching as matching_bench  # registry import and judging (benchmarks/matching.py)

    lines += ["", matching_bench.render(matching_bench.run_all()), "", accuracy_bench.render(accuracy_bench.run_all())]

    from benchmarks.crawl import bench_crawl_throughput, render_crawl_throughput

    lines += ["", render_crawl_throughput(bench_crawl_throughput())]

    from benchmarks.distributed import bench_distributed
    from benchmarks.distributed import render as render_distributed

    lines += ["", render_distributed(bench_distributed())]

    from benchmarks import dashboard  # the dashboard and review queue at 1,000,000 listings

    lines += ["", dashboard.markdown(dashboard.run())]
    text = "\n".join(lines) + "\n"
    print(text)
    with (ROOT / "BENCHMARKS.md").open("a", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
