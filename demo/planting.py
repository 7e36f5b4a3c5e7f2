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
}


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


def plant_unknown(spec: ListingSpec, rng: random.Random, registry: Registry, as_of: date) -> None:
    """Claim a standard the registry does not know: an impossible version, or a made-up number."""
    kind = rng.random()
    bases = sorted({split_code(r.code)[0] for r in registry.for_category(spec.category.slug)})
    if kind < 0.5 and bases:
        base = rng.choice(bases)
        years = [y for y in range(2008, as_of.year + 1) if f"{base}-{y}" not in registry.rows]
        code = f"{base}-{rng.choice(years)}"
    else:
        while True:
            base = f"{rng.choice(('GB', 'GB', 'GB/T'))} {rng.randrange(30000, 49999)}"
            if base not in registry.bases:
                break
        # A year-less made-up number is unknown too: no version of it exists at all.
        code = base if kind > 0.85 else f"{base}-{rng.randrange(2012, as_of.year + 1)}"
    _insert(spec, code, rng)


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


def plant_certificate(spec: ListingSpec, rng: random.Random, registry: Registry, as_of: date) -> None:
    """Show a CCC number with an impossible year or length, an SC number or a credit code failing its check."""
    kind = rng.choice(cert_options(spec))
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


def blacklist_options(spec: ListingSpec) -> list[BlacklistPlan]:
    """Blacklist entries that could plausibly appear on this listing."""
    return [
        plan for plan in PLANS
        if spec.category.slug in plan.categories and (plan.role == "maker" or spec.platform != "shop-demo")
    ]


def plant_blacklisted(spec: ListingSpec, rng: random.Random, entries: dict[str, BlacklistEntry],
                      uses: dict[str, int]) -> None:
    """Make a blacklisted company the maker, or a blacklisted shop the seller."""
    plan = rng.choice(blacklist_options(spec))
    # Cycle through the spellings so that every variant shows up, not just the likeliest.
    name = plan.variants[uses.get(plan.name, 0) % len(plan.variants)]
    uses[plan.name] = uses.get(plan.name, 0) + 1
    if plan.role == "seller":
        spec.seller = name
        return
    entry = entries[plan.name]
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
