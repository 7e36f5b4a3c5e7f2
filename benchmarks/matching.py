"""Matching benchmarks: importing a registry of 50,000 rows, and judging listings against it.

- registry import: ``shelfwatch.registry_io.import_standards`` (parse and validate every cell, link replacements,
  write the rows and the import's coverage into a fresh SQLite store) against a baseline measured in the same
  run: ``csv.reader`` plus ``executemany`` into a bare SQLite table (no validation at all). The issue's bar is
  under a minute for 50,000 rows.
- judging: ``match_listing`` over the demo's 360 listings with the bundled registry, against the same listings
  judged with the 50,000-row registry (the lookups are by code, so size should barely matter).

Run alone with ``python -m benchmarks.matching``; ``benchmarks/run.py`` includes it in ``make bench``.
"""

from __future__ import annotations

import csv
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

N_ROWS = 50_000
HEADER = ["code", "title", "kind", "status", "published", "effective", "withdrawn", "replaced_by",
          "transition_until", "categories", "source"]


def write_registry(path: Path, n: int = N_ROWS) -> None:
    """A synthetic portal-sized registry: GB, GB/T and QB/T numbers, every tenth row withdrawn and replaced."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for i in range(n):
            prefix = ("GB", "GB/T", "QB/T")[i % 3]
            number = 10000 + i // 2
            year = 2010 + (i % 2) * 10
            withdrawn = i % 2 == 0
            w.writerow([
                f"{prefix} {number}-{year}", f"合成标准 {i}", "mandatory" if prefix == "GB" else "recommended",
                "withdrawn" if withdrawn else "current", "", f"{year}-06-01", f"{year + 10}-06-01" if withdrawn else "",
                f"{prefix} {number}-{year + 10}" if withdrawn else "", "", "", "benchmark (synthetic)",
            ])


def bench_registry_import(n: int = N_ROWS) -> dict[str, Any]:
    from matching.coverage import Coverage
    from shelfwatch.registry_io import import_standards
    from shelfwatch.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "export.csv"
        write_registry(src, n)
        store = Store(str(Path(tmp) / "bench.db"))
        t = time.perf_counter()
        result = import_standards(store, src, coverage=Coverage(families=("GB", "GB/T", "QB/T")),
                                  rejudge_listings=False)
        ours = time.perf_counter() - t
        store.close()

        t = time.perf_counter()
        conn = sqlite3.connect(Path(tmp) / "base.db")
        conn.execute(f"CREATE TABLE s ({', '.join(HEADER)})")
        with src.open(encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh)
            next(rows)
            conn.executemany(f"INSERT INTO s VALUES ({', '.join('?' * len(HEADER))})", rows)
        conn.commit()
        conn.close()
        base = time.perf_counter() - t
    return {"rows": result.rows, "import_s": ours, "baseline_s": base, "ratio": ours / base,
            "rows_per_s": result.rows / ours}


def bench_judging() -> dict[str, Any]:
    from demo import generate_marketplace
    from matching import MatchContext, StandardsRegistry, load_bundled_registry, match_listing, parse_standards_csv
    from matching.coverage import Coverage
    from shelfwatch.models import Claim, ClaimKind, Listing

    as_of = date(2026, 12, 1)
    market = generate_marketplace(as_of=as_of)
    items = [
        (Listing(platform=t["platform"], url=t["url"], title=t["title"], maker=t["maker"], seller=t["seller"]),
         [Claim(kind=ClaimKind.STANDARD, value=s, raw=s) for s in t["standards"]])
        for t in market.truth
    ]
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "export.csv"
        write_registry(src)
        big = StandardsRegistry([*load_bundled_registry(), *parse_standards_csv(src)],
                                coverage=(Coverage(families=("GB", "GB/T", "QB/T")),))
    small_ctx = MatchContext(registry=load_bundled_registry(), as_of=as_of)
    big_ctx = MatchContext(registry=big, as_of=as_of)

    def run(ctx: MatchContext) -> float:
        t = time.perf_counter()
        for listing, claims in items:
            match_listing(listing, claims, ctx)
        return time.perf_counter() - t

    small, large = min(run(small_ctx) for _ in range(3)), min(run(big_ctx) for _ in range(3))
    return {"listings": len(items), "bundled_s": small, "large_s": large, "ratio": large / small,
            "registry_rows": len(big)}


def run_all() -> dict[str, Any]:
    """Every figure of this module."""
    return {"registry_import": bench_registry_import(), "judging": bench_judging()}


def render(figures: dict[str, Any]) -> str:
    """Markdown table rows for BENCHMARKS.md."""
    imp, jud = figures["registry_import"], figures["judging"]
    return "\n".join([
        "| stage | shelfwatch | baseline (same run) | ratio |",
        "|---|---|---|---|",
        f"| registry import, {imp['rows']:,} rows (parse, validate, link, store) | {imp['import_s']:.1f} s "
        f"({imp['rows_per_s']:,.0f} rows/s) | csv.reader + executemany, no validation {imp['baseline_s']:.2f} s "
        f"| {imp['ratio']:.1f}x |",
        f"| judging {jud['listings']} demo listings, {jud['registry_rows']:,}-row registry | {jud['large_s']:.3f} s "
        f"| same listings, bundled 62-row registry {jud['bundled_s']:.3f} s | {jud['ratio']:.2f}x |",
    ])


if __name__ == "__main__":
    print(render(run_all()))
    sys.exit(0)
