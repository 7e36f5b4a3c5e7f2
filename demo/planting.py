"""Break chosen listings on purpose, one finding code at a time, at known rates.

Each planter changes the structured listing only; whether the result really is a finding is decided
afterwards, from the page facts and the CSV data (demo/truth.py), so intent and truth are checked
against each other rather than assumed equal.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

from demo import ids
from demo.data.blacklist_plan import PLANS, BlacklistPlan
from demo.data.pools import REGIONS
from demo.listing import ListingSpec, Maker, make_address
from demo.reference import BlacklistEntry, Registry, split_code

# Share of listings that get each planted problem (the brief's rates).
RATES: dict[str, float] = {
    "standard_unknown": 0.06,
    "standard_withdrawn": 0.08,
    "certificate_invalid": 0.06,
    "blacklisted_entity": 0.05,
    "standard_unverifiable": 0.05,
    "recalled_product": 0.03,
    "standard_inapplicable": 0.03,
    "price_anomaly": 0.03,
    "enterprise_standard_undeclared": 0.03,
}
ENTERPRISE_DECLARED_RATE = 0.03
"""Share of listings claiming an enterprise standard their maker did declare (never a finding)."""
ENTERPRISE_UNLISTED_RATE = 0.02
"""Share claiming an enterprise standard of a maker the declaration list does not hold ("not verifiable")."""
"""``standard_unverifiable`` is no finding: the claim must be marked "not verifiable with the loaded registry"."""


def _insert(spec: ListingSpec, code: str, rng: random.Random) -> None:
    """Put ``code`` in place of a claim with the same number, or of a random claim, or next to them."""
    base = split_code(code)[0]
    free = [i for i, c in enumerate(spec.claims) if c not in spec.locked]
    same = [i for i in free if split_code(spec.claims[i])[0] == base]
    if same:
        spec.claims[same[0]] = code
    elif free and rng.random() < 0.4:
        spec.claims[rng.choice(free)] = code
    else:
        spec.claims.insert(rng.randrange(len(spec.claims) + 1), code)
    spec.locked.add(code)


def unknown_pool(spec: ListingSpec, registry: Registry, as_of: date) -> list[str]:
    """Impossible editions of this category's standards that the registry's coverage vouches for."""
    bases = sorted({split_code(r.code)[0] for r in registry.for_category(spec.category.slug)})
    return [f"{b}-{y}" for b in bases for y in range(2008, as_of.year + 1)
            if registry.verdict(f"{b}-{y}", as_of) == "unknown"]


def plant_unknown(spec: ListingSpec, rng: random.Random, registry: Registry, as_of: date) -> None:
    """Claim an edition of a listed standard that does not exist (GB 16410-2022): the registry covers it."""
    _insert(spec, rng.choice(unknown_pool(spec, registry, as_of)), rng)


# Industry families the bundled registry does not cover, with number ranges of the right shape; the codes are
# made up, so whether they exist is exactly what the loaded registry cannot say.
_UNCOVERED_FAMILIES: tuple[tuple[str, int, int], ...] = (
    ("QB/T", 1000, 5999), ("FZ/T", 60000, 81999), ("SN/T", 1000, 5999), ("GB/T", 30000, 49999),
    ("GB", 30000, 49999),
)


def plant_unverifiable(spec: ListingSpec, rng: random.Random, registry: Registry, as_of: date) -> None:
    """Claim a standard outside the registry's coverage: a number it does not list, or an industry standard.
    Not a finding: shelfwatch must mark it "not verifiable with the loaded registry"."""
    while True:
        prefix, low, high = rng.choice(_UNCOVERED_FAMILIES)
        base = f"{prefix} {rng.randrange(low, high)}"
        code = base if rng.random() < 0.15 else f"{base}-{rng.randrange(2012, as_of.year)}"
        if registry.verdict(code, as_of) == "unverifiable":
            break
    _insert(spec, code, rng)


# Standards of one category claimed on a product of another (GB 6675 on a power bank), as the brief's example.
_MISFITS: tuple[str, ...] = ("GB 6675.1-2014", "GB 31241-2022", "GB 18401-2010", "GB 21027-2020", "GB 811-2022",
                             "GB 2760-2024", "GB 18584-2024", "GB 5296.3-2008")


def misfit_pool(spec: ListingSpec, registry: Registry, as_of: date) -> list[str]:
    """Current standards whose registry rows all name categories, none of them this listing's."""
    return [c for c in _MISFITS if registry.verdict(c, as_of) is None
            and spec.category.slug not in registry.rows[c].categories
            and split_code(c)[0] not in {split_code(x)[0] for x in spec.claims}]


def plant_inapplicable(spec: ListingSpec, rng: random.Random, registry: Registry, as_of: date) -> None:
    """Claim a standard made for another kind of product (never replacing the listing's own claims)."""
    code = rng.choice(misfit_pool(spec, registry, as_of))
    spec.claims.insert(rng.randrange(len(spec.claims) + 1), code)
    spec.locked.add(code)


PRICE_MIN_LISTINGS = 20
"""A category needs this many listings for a price baseline (the brief's rule, restated in demo/reference.py)."""


def plant_price(spec: ListingSpec, rng: random.Random) -> None:
    """Sell far below the category's price range: as far below its lowest clean price as the range is wide, and
    then some (clean prices are log-uniform over the range, so this is beyond any robust cut-off)."""
    low, high = spec.category.price
    spec.price = f"{max(0.01, low * (low / high) * rng.uniform(0.2, 0.5)):.2f}"


def withdrawn_pool(spec: ListingSpec, registry: Registry, as_of: date) -> list[str]:
    """Withdrawn versions (past withdrawal and transition on ``as_of``) of this category's standards."""
    return [r.code for r in registry.for_category(spec.category.slug) if registry.verdict(r.code, as_of) == "withdrawn"]


def plant_withdrawn(spec: ListingSpec, rng: random.Random, registry: Registry, as_of: date) -> None:
    """Claim an old version, preferably of a standard the listing already claims (an old label)."""
    pool = withdrawn_pool(spec, registry, as_of)
    claimed = {split_code(c)[0] for c in spec.claims}
    related = [c for c in pool if split_code(c)[0] in claimed]
    _insert(spec, rng.choice(related if related and rng.random() < 0.8 else pool), rng)


def cert_options(spec: ListingSpec) -> list[str]:
    """Which certificate this listing could show broken."""
    options = [c.type for c in spec.certs if c.type in ("ccc", "sc")]
    if spec.maker is not None and not spec.uscc_shown:
        options.append("uscc")
    return options


def plant_certificate(spec: ListingSpec, rng: random.Random, as_of: date, uses: dict[str, int]) -> None:
    """Show a CCC number with an impossible year or length, an SC number or a credit code failing its check.

    The least-used kind so far is broken (ties at random), so every kind shows up whatever the seed."""
    options = cert_options(spec)
    fewest = min(uses.get(k, 0) for k in options)
    kind = rng.choice([k for k in options if uses.get(k, 0) == fewest])
    uses[kind] = uses.get(kind, 0) + 1
    if kind == "uscc":
        assert spec.maker is not None
        spec.show_uscc = True
        spec.uscc_shown = ids.corrupt_uscc(spec.maker.uscc, rng)
        return
    cert = next(c for c in spec.certs if c.type == kind)
    if kind == "ccc":
        cert.number = ids.broken_ccc(spec.product.code, rng, as_of.year)
    else:
        cert.number = ids.corrupt_sc(cert.number, rng)


def blacklist_options(spec: ListingSpec, plans: tuple[BlacklistPlan, ...] | None = None) -> list[BlacklistPlan]:
    """Blacklist entries (``PLANS`` unless given) that could plausibly appear on this listing."""
    return [
        plan for plan in (PLANS if plans is None else plans)
        if spec.category.slug in plan.categories and (plan.role == "maker" or spec.platform != "shop-demo")
    ]


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def wear_product(spec: ListingSpec, entry: BlacklistEntry) -> None:
    """Give the listing the product, brand and model a spot-check failure or recall names (its title too)."""
    if entry.product:
        wanted = _bigrams(entry.product)
        best = max(spec.category.products, key=lambda p: len(_bigrams(p.noun) & wanted))
        if _bigrams(best.noun) & wanted and best is not spec.product:
            spec.title = spec.title.replace(spec.product.noun, best.noun, 1)
            spec.product = best
    if entry.brand:
        spec.title = spec.title.replace(spec.brand, entry.brand, 1)
        spec.brand = entry.brand
    if entry.model:
        spec.model = entry.model


def plant_blacklisted(spec: ListingSpec, rng: random.Random, entries: dict[str, BlacklistEntry],
                      uses: dict[str, int], plans: tuple[BlacklistPlan, ...] | None = None) -> None:
    """Make a blacklisted company the maker, or a blacklisted shop the seller (for a spot-check failure or a
    recall, selling the product it names)."""
    plan = rng.choice(blacklist_options(spec, plans))
    # Cycle through the spellings so that every variant shows up, not just the likeliest.
    name = plan.variants[uses.get(plan.name, 0) % len(plan.variants)]
    uses[plan.name] = uses.get(plan.name, 0) + 1
    entry = entries[plan.name]
    wear_product(spec, entry)
    if plan.role == "seller":
        spec.seller = name
        return
    region = REGIONS[plan.region]
    spec.maker = Maker(name=name, address=make_address(region, rng),
                       uscc=entry.uscc or ids.make_uscc(region.code, rng))
    # Without the entry's own code on the page, the name is the only signal.
    spec.show_uscc = plan.show_uscc
    spec.uscc_shown = entry.uscc if plan.show_uscc else ""


def choose(specs: list[ListingSpec], rate: float, eligible: Callable[[ListingSpec], bool],
           rng: random.Random) -> list[ListingSpec]:
    """Exactly round(rate * n) eligible listings, so planted rates do not drift with the seed."""
    pool = [s for s in specs if eligible(s)]
    return rng.sample(pool, min(len(pool), round(rate * len(specs))))


def enterprise_code(rng: random.Random, as_of: date, number: int) -> str:
    """An enterprise standard code as companies write them: ``Q/JCDQ 0002S-2024``."""
    letters = "".join(rng.choice("ABCDEFGHJKLMNPQRSTWXYZ") for _ in range(4))
    return f"Q/{letters} {number:04d}S-{rng.randrange(2018, as_of.year)}"


def plant_enterprise(spec: ListingSpec, rng: random.Random, as_of: date, *, declared: bool,
                     listed: bool) -> list[dict[str, str]]:
    """Claim an enterprise standard; return the self-declarations of the maker the demo's list holds.

    ``declared``: the maker declared this very standard; otherwise (``listed``) it declared another one only, or
    (not ``listed``) the list does not hold the maker at all."""
    assert spec.maker is not None
    code = enterprise_code(rng, as_of, rng.randrange(1, 40))
    spec.claims.insert(rng.randrange(len(spec.claims) + 1), code)
    spec.locked.add(code)
    if not listed:
        return []
    other = code.replace(" ", " 9", 1) if not declared else code  # same company prefix, another number
    day = date(int(code[-4:]), 1, 15).isoformat()
    return [{"uscc": spec.maker.uscc, "maker": spec.maker.name, "standard": other, "title": f"{spec.product.noun}企业标准",
             "declared_on": day, "source": "fictional demo data (企业标准信息公共服务平台 style)"}]
