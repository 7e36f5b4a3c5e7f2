"""The crawl writer's own cost: CPU seconds a listing of ``crawlers.pipelines.BatchWriter.write``, in this process.

The demo marketplace's static item pages (JD-style and shop-style, what ``benchmarks/crawl.py`` crawls) are read
once with the extractors, outside the timing; then each round opens a writer on a fresh store (as each crawl of
``benchmarks/crawl.py`` does: an empty vector cache, so the matching model embeds the listings' query texts) and
writes the items in batches of ``BATCH_ITEMS``. The writer's start (model load, registry, text sync) is timed
apart from its batches. Figures are process CPU seconds (``time.process_time``), best of ``--repeat`` rounds: on a
two-core machine shared with other jobs, CPU time moves much less than elapsed time.

``python -m benchmarks.writer [--listings N] [--repeat R] [--profile FILE]``; ``SHELFWATCH_SEARCH_SEMANTIC=false``
and ``SHELFWATCH_MATCH_EMBEDDINGS=false`` select the other configurations as for a crawl. ``--profile`` writes a
cProfile of the last round's batches; ``--keep DIR``
keeps each round's store there.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

STATIC_PLATFORMS = ("jd-demo", "shop-demo")
BASE = "http://127.0.0.1:8000"


def demo_items(listings: int) -> tuple[list[Any], Any]:
    """PageItems of the demo's static item pages, extracted as the spider extracts them; and the marketplace."""
    from crawlers.items import PageItem
    from crawlers.platforms import platform_for
    from demo import generate_marketplace
    from extractors import extract_page

    market = generate_marketplace(n_listings=listings)
    items = []
    for item in market.items:
        if item.platform not in STATIC_PLATFORMS:
            continue
        url = BASE + item.path
        content_type = market.pages[item.path].content_type
        extraction = extract_page(item.html, url, content_type=content_type, encoding=None,
                                  page_object=platform_for(url).page_object)
        items.append(PageItem(url=url, platform=platform_for(url).name, status=200, content_type=content_type,
                              body=item.html, fetched_at=datetime(2026, 12, 2, 12, 0, 0), rendered=False,
                              extraction=extraction, response_headers={"Content-Type": content_type}))
    return items, market


def one_round(items: list[Any], as_of: Any, db: str, profile: str = "") -> dict[str, float]:
    from crawlers.pipelines import BATCH_ITEMS, BatchWriter
    from shelfwatch.registry_io import ensure_bundled_registry
    from shelfwatch.settings import load_settings
    from shelfwatch.wiring import open_store

    settings = load_settings(db=db)
    store = open_store(settings)
    ensure_bundled_registry(store)
    crawl_id = store.start_crawl([BASE + "/"])
    store.close()
    t0 = time.process_time()
    writer = BatchWriter(settings, as_of, crawl_id)
    t1 = time.process_time()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    errors = 0
    for start in range(0, len(items), BATCH_ITEMS):
        errors += sum(1 for o in writer.write(items[start : start + BATCH_ITEMS]) if o.error)
    t2 = time.process_time()
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    writer.close()
    return {"open_s": t1 - t0, "write_s": t2 - t1, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--listings", type=int, default=360)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", default="")
    parser.add_argument("--keep", default="", help="a folder to keep each round's store in (for comparing them)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")  # as in the writer process (crawlers/pipelines.py)
    items, market = demo_items(args.listings)
    rounds = []
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        Path(tmp).mkdir(parents=True, exist_ok=True)
        for n in range(args.repeat):
            last = n == args.repeat - 1
            rounds.append(one_round(items, market.as_of, str(Path(tmp) / f"w{n}.db"),
                                    profile=args.profile if last else ""))
    if not rounds:
        return
    best = min(rounds, key=lambda r: r["write_s"])
    print(json.dumps({
        "items": len(items), "rounds": rounds,
        "best_write_ms_per_listing": round(best["write_s"] / len(items) * 1000, 3),
        "best_open_s": round(min(r["open_s"] for r in rounds), 3),
        "load": [round(x, 1) for x in os.getloadavg()],
    }))


if __name__ == "__main__":
    main()
