"""The dashboard and the first page of the review queue on a large store, against the 0.1 way (loading every
current finding into Python and grouping there), both measured here on the same SQLite file.

The store is synthetic: ``n`` listings over three platforms and twelve categories, a third of them flagged with one
or two findings of the rule codes, written straight into the schema (a crawl of a million pages is not the point);
the rollup's triggers (revision 0012) fire on those inserts as on a crawl's.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from shelfwatch import queue
from shelfwatch.report import flagged_listings
from shelfwatch.store import Review, Store

PLATFORMS = ("jd-demo", "tmall-demo", "shop-demo")
CATEGORIES = ("down_jacket", "power_bank", "toys", "helmet", "cosmetics", "kettle", "desk", "stroller", "shoes",
              "phone_charger", "lamp", "snack")
CODES = ("standard_unknown", "standard_withdrawn", "certificate_invalid", "blacklisted_entity")


def _fill(path: Path, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    Store(str(path)).close()  # the schema, by the migrations
    start = datetime(2026, 11, 1)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("INSERT INTO crawls (id, started_at, start_urls, stats) VALUES (1, ?, '[]', '{}')", (start,))
    listing_rows = []
    finding_rows = []
    for i in range(1, n + 1):
        seen = start + timedelta(minutes=rng.randrange(60 * 24 * 30))
        risk = 0.0
        if rng.random() < 1 / 3:
            for code in rng.sample(CODES, rng.choice((1, 1, 2))):
                finding_rows.append((i, 1, code, rng.choice(("high", "medium")), "e", "x", f"s{i}", "",
                                     rng.choice(("open", "open", "confirmed", "dismissed")), seen, 1, seen))
            risk = rng.uniform(20, 100)
        listing_rows.append((i, f"http://127.0.0.1/{i}", rng.choice(PLATFORMS), str(i), f"商品 {i}", "CNY",
                             rng.choice(CATEGORIES), risk, seen, 1, f"店铺{i % 5000}"))
    conn.executemany("INSERT INTO listings (id, url, platform, item_id, title, currency, category_key, risk, "
                     "first_seen, last_crawl_id, seller, brand, model, maker, maker_address, category, params, "
                     "description, rendered) VALUES (?,?,?,?,?,?,?,?,?,?,?,'','','','','','{}','',0)", listing_rows)
    conn.executemany("INSERT INTO findings (listing_id, crawl_id, code, severity, evidence, explanation, subject, "
                     "source, review, created_at, active, last_raised_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                     finding_rows)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return len(finding_rows)


def _best(fn: Any, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def _pages(path: Path, store: Store) -> dict[str, float]:
    """The dashboard and the queue's first page as an inspector's browser gets them: the app, signed in, HTML."""
    from fastapi.testclient import TestClient

    from shelfwatch import accounts
    from shelfwatch.audit import Actor
    from shelfwatch.settings import Settings
    from webapp import create_app
    from webapp.auth import SESSION_COOKIE

    user = accounts.add_user(store, "bench", accounts.Role.INSPECTOR, "bench-password-1", actor=Actor(name="bench"))
    secret, _ = accounts.start_session(store, user, hours=1)
    app = create_app(Settings(db=str(path), allowed_hosts="testserver"))
    client = TestClient(app)
    client.cookies.set(SESSION_COOKIE, secret)

    def get(url: str) -> None:
        assert client.get(url).status_code == 200

    out = {"dashboard_page_s": _best(lambda: get("/")), "queue_page_http_s": _best(lambda: get("/findings"))}
    app.state.search.close()
    app.state.store.close()
    return out


def run(n: int = 1_000_000) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.db"
        t = time.perf_counter()
        n_findings = _fill(path, n)
        fill_s = time.perf_counter() - t
        store = Store(str(path))
        everything = queue.QueueFilters()
        dash = _best(lambda: queue.dashboard(store, tz="Asia/Shanghai"))
        page = _best(lambda: queue.review_queue(store, everything, limit=50))
        filtered = _best(lambda: queue.review_queue(store, queue.QueueFilters(platform="jd-demo", severity="high",
                                                                              review=None), limit=50))
        cursor = None
        for _ in range(99):  # follow "next" 99 times, as an inspector paging on would
            cursor = queue.review_queue(store, everything, limit=50, after=cursor).next_after
        deep = _best(lambda: queue.review_queue(store, everything, limit=50, after=cursor))
        review_open = _best(lambda: queue.review_queue(store, queue.QueueFilters(review=Review.OPEN, code=CODES[2]),
                                                       limit=50))
        severity = _best(lambda: queue.review_queue(store, everything, sort=queue.Sort.SEVERITY, limit=50))
        seller = _best(lambda: queue.review_queue(store, queue.QueueFilters(seller="店"), limit=50))
        pages = _pages(path, store)
        old = _best(lambda: len(flagged_listings(store)), repeat=1)
        store.close()
    return {"listings": n, "findings": n_findings, "fill_s": fill_s, "dashboard_s": dash, "queue_page_s": page,
            "queue_filtered_s": filtered, "queue_page100_s": deep, "queue_open_code_s": review_open,
            "queue_severity_s": severity, "queue_seller_s": seller, "baseline_s": old, "ratio": dash / old, **pages}


TRIGGERS = ("rollup_listing_insert", "rollup_listing_update", "rollup_listing_delete", "rollup_finding_insert",
            "rollup_finding_update", "rollup_finding_delete")


def save_cost(n: int = 2000) -> dict[str, float]:
    """What the rollup's triggers add to the crawl's write path: ``n`` listings saved twice (a crawl, a re-crawl
    that changes their findings) through ``Store.save_listing``, with the triggers and with them dropped."""
    from shelfwatch.models import Finding, FindingCode, Listing, Severity

    def crawl_twice(store: Store) -> float:
        t = time.perf_counter()
        for round_ in range(2):
            crawl = store.start_crawl([])
            for i in range(n):
                raised = [Finding(code=FindingCode(code), severity=Severity.HIGH, evidence="e", explanation="x",
                                  subject=f"s{i}") for code in CODES[: (i + round_) % 3]]
                store.save_listing(Listing(platform=PLATFORMS[i % 3], url=f"http://127.0.0.1/{i}", item_id=str(i),
                                           title=f"商品 {i}", category_key=CATEGORIES[i % 12],
                                           fetched_at=datetime(2026, 11, 1)), [], raised, risk=float(i % 100),
                                   crawl_id=crawl)
        return time.perf_counter() - t

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label in ("with", "without"):
            store = Store(str(Path(tmp) / f"{label}.db"))
            if label == "without":
                with store.engine.begin() as conn:
                    for name in TRIGGERS:
                        conn.exec_driver_sql(f"DROP TRIGGER {name}")
            out[f"save_{label}_s"] = crawl_twice(store)
            store.close()
    return {"saves": 2 * n, **out}


def markdown(r: dict[str, float]) -> str:
    return "\n".join([
        "| stage | shelfwatch | baseline (same run) | ratio |",
        "|---|---|---|---|",
        f"| dashboard, {r['listings']:,.0f} listings, {r['findings']:,.0f} findings | {r['dashboard_s'] * 1000:.0f} ms "
        f"| 0.1's dashboard (every finding loaded into Python) {r['baseline_s']:.2f} s | {r['ratio']:.4f}x |",
        f"| review queue, first page with total | {r['queue_page_s'] * 1000:.0f} ms | | |",
        f"| review queue, platform + severity filter | {r['queue_filtered_s'] * 1000:.0f} ms | | |",
        f"| review queue, page 100 by its \"next\" link (keyset) | {r['queue_page100_s'] * 1000:.0f} ms | | |",
        f"| review queue, review state + code filter | {r['queue_open_code_s'] * 1000:.0f} ms | | |",
        f"| review queue, sorted by severity | {r['queue_severity_s'] * 1000:.0f} ms | | |",
        f"| review queue, seller filter (total counted up to {queue.TOTAL_CAP:,}) | {r['queue_seller_s'] * 1000:.0f} ms "
        "| | |",
        f"| dashboard page over HTTP (signed in, rendered) | {r['dashboard_page_s'] * 1000:.0f} ms | | |",
        f"| review queue page over HTTP (signed in, rendered) | {r['queue_page_http_s'] * 1000:.0f} ms | | |",
        f"| filling the store (the rollup's triggers fire on every row) | {r['fill_s']:.0f} s | | |",
    ])


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["save-cost"]:
        cost = save_cost()
        print(cost, f"ratio {cost['save_with_s'] / cost['save_without_s']:.2f}x")
    else:
        result = run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
        print(result)
        print(markdown(result))
