"""Generate the seeded demo marketplace: listings, planted problems, pages and ground truth.

Same seed and same ``as_of`` give byte-identical pages: one ``random.Random(seed)`` drives every choice
in a fixed order, and rendering sorts whatever it serializes.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date

from demo import planting, render
from demo.data.blacklist_plan import (
    DELISTED_MAKER,
    DELISTED_MAKER_LISTINGS,
    OUT_OF_SCOPE,
    OUT_OF_SCOPE_LISTINGS,
    RECALL_PLANS,
)
from demo.data.categories import CATEGORIES
from demo.data.pools import REGIONS
from demo.listing import ListingSpec, Maker, Platform, build_listing, finalize, make_address, make_maker_pool
from demo.marketplace import LIST_PATHS, Item, Marketplace, Page
from demo.reference import (
    Registry,
    category_names,
    enterprise_verdicts,
    load_blacklist,
    load_rulebook,
    low_price_outliers,
    normalize_name,
)
from demo.search import LIST_TEMPLATES
from demo.truth import ALIASES, listing_truth

DEFAULT_SEED = 20261127
PLATFORM_SHARES: tuple[tuple[Platform, float], ...] = (("jd-demo", 0.4), ("tmall-demo", 0.3), ("shop-demo", 0.3))
GBK_SHARE = 0.25
"""Share of JD item pages served in GBK (older JD pages were)."""

HTML = "text/html; charset={}"
JSON = "application/json; charset=utf-8"
ROBOTS = b"User-agent: *\nAllow: /\n"


def _balanced(values: list, n: int, rng: random.Random) -> list:
    """``n`` values cycling through ``values``, shuffled: every value gets n/len or one more."""
    out = [values[i % len(values)] for i in range(n)]
    rng.shuffle(out)
    return out


def _platforms(n: int, rng: random.Random) -> list[Platform]:
    counts = [round(share * n) for _, share in PLATFORM_SHARES[:-1]]
    counts.append(n - sum(counts))
    out = [p for (p, _), c in zip(PLATFORM_SHARES, counts) for _ in range(c)]
    rng.shuffle(out)
    return out


def _item_ids(platforms: list[Platform], rng: random.Random) -> list[str]:
    jd_next, used, ids = 100001, set(), []
    for p in platforms:
        if p == "jd-demo":
            ids.append(str(jd_next))
            jd_next += rng.randrange(1, 40)
            continue
        low, high = (600000000000, 799999999999) if p == "tmall-demo" else (10000, 99999)
        while (n := rng.randrange(low, high)) in used:
            pass
        used.add(n)
        ids.append(str(n))
    return ids


def _path(spec: ListingSpec) -> str:
    if spec.platform == "jd-demo":
        return f"/jd/item/{spec.item_id}.html"
    if spec.platform == "tmall-demo":
        return f"/tmall/item.htm?id={spec.item_id}"
    return f"/shop/p/{spec.product.slug}-{spec.item_id}"


def _place_delisted_maker(specs: list[ListingSpec], rng: random.Random) -> None:
    """Put the delisted blacklist entry's company on a few ordinary pages (never a finding)."""
    candidates = [s for s in specs if s.category.slug in DELISTED_MAKER.categories]
    entry = {e.name: e for e in load_blacklist()}[DELISTED_MAKER.name]
    region = REGIONS[DELISTED_MAKER.region]
    for spec in rng.sample(candidates, min(DELISTED_MAKER_LISTINGS, len(candidates))):
        spec.maker = Maker(name=DELISTED_MAKER.variants[0], address=make_address(region, rng), uscc=entry.uscc)
        spec.show_uscc, spec.uscc_shown = True, entry.uscc


def _place_out_of_scope(specs: list[ListingSpec], rng: random.Random) -> None:
    """Put spot-checked and recalled companies on pages of their other models (never a finding)."""
    entries = {e.name: e for e in load_blacklist()}
    for plan in OUT_OF_SCOPE:
        entry = entries[plan.name]
        candidates = [s for s in specs if s.category.slug in plan.categories and s.maker is not None]
        region = REGIONS[plan.region]
        for spec in rng.sample(candidates, min(OUT_OF_SCOPE_LISTINGS, len(candidates))):
            spec.maker = Maker(name=plan.variants[0], address=make_address(region, rng),
                               uscc=entry.uscc or spec.maker.uscc if spec.maker else "")
            spec.show_uscc, spec.uscc_shown = False, ""
            spec.title = spec.title.replace(spec.brand, entry.brand, 1)
            spec.brand = entry.brand  # the company's own brand, but another model than the notice names
            if spec.model == entry.model:
                spec.model += "A"


def _plant(specs: list[ListingSpec], registry: Registry, as_of: date, rng: random.Random) -> dict[str, set[str]]:
    """Plant every problem at its rate; returns the item paths planted per finding code."""
    entries = {e.name: e for e in load_blacklist()}
    planted: dict[str, set[str]] = {}
    per_category = Counter(s.category.slug for s in specs)
    uses: dict[str, int] = {}
    cert_uses: dict[str, int] = {}
    plan: list[tuple[str, Callable[[ListingSpec], bool], Callable[[ListingSpec], None]]] = [
        # Blacklist first: it replaces the maker, which the certificate planter may then break.
        ("blacklisted_entity", lambda s: bool(planting.blacklist_options(s)),
         lambda s: planting.plant_blacklisted(s, rng, entries, uses)),
        # Not on a listing whose maker was just made a blacklisted one: that would replace it.
        ("recalled_product", lambda s: bool(planting.blacklist_options(s, RECALL_PLANS))
         and s.path not in planted["blacklisted_entity"],
         lambda s: planting.plant_blacklisted(s, rng, entries, uses, RECALL_PLANS)),
        ("standard_withdrawn", lambda s: bool(planting.withdrawn_pool(s, registry, as_of)),
         lambda s: planting.plant_withdrawn(s, rng, registry, as_of)),
        ("standard_unknown", lambda s: bool(planting.unknown_pool(s, registry, as_of)),
         lambda s: planting.plant_unknown(s, rng, registry, as_of)),
        ("standard_unverifiable", lambda s: True, lambda s: planting.plant_unverifiable(s, rng, registry, as_of)),
        ("standard_inapplicable", lambda s: bool(planting.misfit_pool(s, registry, as_of)),
         lambda s: planting.plant_inapplicable(s, rng, registry, as_of)),
        # A price is only anomalous against a baseline: categories with too few listings have none.
        ("price_anomaly", lambda s: per_category[s.category.slug] >= planting.PRICE_MIN_LISTINGS,
         lambda s: planting.plant_price(s, rng)),
        ("certificate_invalid", lambda s: bool(planting.cert_options(s)),
         lambda s: planting.plant_certificate(s, rng, as_of, cert_uses)),
    ]
    for code, eligible, plant in plan:
        chosen = planting.choose(specs, planting.RATES[code], eligible, rng)
        for spec in chosen:
            plant(spec)
        planted[code] = {s.path for s in chosen}
    return planted


def _plant_enterprise(specs: list[ListingSpec], rng: random.Random, as_of: date,
                      planted: dict[str, set[str]]) -> list[dict[str, str]]:
    """Enterprise standards: undeclared (a finding), declared (none) and of unlisted makers (not verifiable).

    Each role goes to a different maker (one listing each), so one maker's declarations never depend on another
    maker's planting; the declaration list holds every declared and undeclared maker, with what it declared."""
    # Makers of the generated pools only: blacklisted companies appear under several spellings sharing a code.
    listed_names = {normalize_name(v) for variants in ALIASES.values() for v in variants}
    by_maker: dict[str, list[ListingSpec]] = {}
    for s in specs:
        if s.maker is not None and normalize_name(s.maker.name) not in listed_names:
            by_maker.setdefault(normalize_name(s.maker.name), []).append(s)
    n = len(specs)
    counts = (round(planting.RATES["enterprise_standard_undeclared"] * n), round(planting.ENTERPRISE_DECLARED_RATE * n),
              round(planting.ENTERPRISE_UNLISTED_RATE * n))
    makers = rng.sample(sorted(by_maker), min(len(by_maker), sum(counts)))
    chosen = [rng.choice(by_maker[m]) for m in makers]
    undeclared, declared = chosen[: counts[0]], chosen[counts[0] : counts[0] + counts[1]]
    rows: list[dict[str, str]] = []
    for spec in chosen:
        rows += planting.plant_enterprise(spec, rng, as_of, declared=spec in declared,
                                          listed=spec in declared or spec in undeclared)
    planted["enterprise_standard_undeclared"] = {s.path for s in undeclared}
    planted["standard_unverifiable"] |= {s.path for s in chosen if s not in undeclared and s not in declared}
    return rows


def _check(truth: list[dict], planted: dict[str, set[str]]) -> None:
    """Fail loudly if the truth rules disagree with what was planted (a data bug, e.g. a name collision)."""
    for code, paths in planted.items():
        found = {t["url"] for t in truth
                 if any(f["code"] == code for f in t["expected_findings"] + t["expected_unverified"])}
        if found != paths:
            raise RuntimeError(f"{code}: planted {sorted(paths ^ found)[:5]} disagree with the truth rules")


def generate_marketplace(seed: int = DEFAULT_SEED, n_listings: int = 360, as_of: date | None = None) -> Marketplace:
    """Build the demo marketplace for ``seed``; ``as_of`` (default today) is the crawl date the truth assumes."""
    as_of = as_of or date.today()
    rng = random.Random(seed)
    registry, blacklist, cat_zh = Registry(), load_blacklist(), category_names()
    makers = {c.slug: make_maker_pool(c, rng) for c in CATEGORIES}
    cats = _balanced(list(CATEGORIES), n_listings, rng)
    platforms = _platforms(n_listings, rng)
    specs = []
    for i, (cat, platform, item_id) in enumerate(zip(cats, platforms, _item_ids(platforms, rng))):
        spec = build_listing(index=i, platform=platform, item_id=item_id, path="", cat=cat, makers=makers[cat.slug],
                             registry=registry, as_of=as_of, rng=rng)
        spec.path = _path(spec)
        specs.append(spec)
    _place_delisted_maker(specs, rng)
    _place_out_of_scope(specs, rng)
    planted = _plant(specs, registry, as_of, rng)
    declarations = _plant_enterprise(specs, rng, as_of, planted)
    jd = [s for s in specs if s.platform == "jd-demo"]
    for spec in rng.sample(jd, round(GBK_SHARE * len(jd))):
        spec.charset = "gbk"
    for spec in specs:
        finalize(spec, rng)
    rulebook = load_rulebook()
    truth = [listing_truth(s, registry, blacklist, as_of, rulebook) for s in specs]
    prices: dict[str, list[tuple[str, float]]] = {}
    for s in specs:
        prices.setdefault(s.category.slug, []).append((s.path, float(s.price)))
    cheap = low_price_outliers(prices)
    for t in truth:
        if t["url"] in cheap:
            t["expected_findings"].append({"code": "price_anomaly", "subject": t["category"]})
    for t, spec in zip(truth, specs):
        found, unverified = enterprise_verdicts(spec.maker.name if spec.maker else "", spec.uscc_shown, spec.claims,
                                                declarations, as_of)
        t["expected_findings"] += [{"code": "enterprise_standard_undeclared", "subject": c} for c in found]
        t["expected_unverified"] += [{"code": "standard_unverifiable", "subject": c} for c in unverified]
    _check(truth, planted)
    market = _assemble(seed, as_of, specs, truth, cat_zh)
    market.declarations = declarations
    return market


def _assemble(seed: int, as_of: date, specs: list[ListingSpec], truth: list[dict], cat_zh: dict[str, str]) -> Marketplace:
    """Render every page and put it under its route."""
    pages: dict[str, Page] = {
        "/": Page(body=render.index_page(), content_type=HTML.format("utf-8")),
        "/robots.txt": Page(body=ROBOTS, content_type="text/plain; charset=utf-8"),
    }
    items = []
    for spec in specs:
        zh = cat_zh.get(spec.category.slug, spec.category.slug)
        api_json, api_path = None, ""
        if spec.platform == "jd-demo":
            html = render.jd_item(spec, zh)
        elif spec.platform == "tmall-demo":
            html, api_json = render.tmall_item(spec), render.tmall_api(spec, zh)
            api_path = f"/tmall/api/item/{spec.item_id}.json"
            pages[api_path] = Page(body=api_json, content_type=JSON)
        else:
            html = render.shop_item(spec, zh)
        pages[spec.path] = Page(body=html, content_type=HTML.format(spec.charset))
        items.append(Item(platform=spec.platform, item_id=spec.item_id, path=spec.path, category=spec.category.slug,
                          charset=spec.charset, html=html, api_json=api_json, api_path=api_path))
    rows = {platform: render.list_rows([s for s in specs if s.platform == platform]) for platform in LIST_PATHS}
    for platform, list_path in LIST_PATHS.items():
        bodies = render.list_pages(LIST_TEMPLATES[platform], rows[platform])
        for n, body in enumerate(bodies, start=1):
            pages[f"{list_path}?page={n}"] = Page(body=body, content_type=HTML.format("utf-8"))
    return Marketplace(seed=seed, as_of=as_of, items=items, truth=truth, pages=pages, list_rows=rows)
