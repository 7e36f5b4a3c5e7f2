"""Invent one clean listing: product, shop, maker, claims and certificates, as structured data.

Planting (demo/planting.py) then breaks some of them on purpose, and finalize() turns the data into
the parameter block and description text that the platform templates print.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from demo import claims as claimfmt
from demo import ids
from demo.data import categories as cdata
from demo.data.categories import CategorySpec, Product
from demo.data.pools import COMPANY_FORMS, REGIONS, SHOP_DEMO_SELLER, TRADE_NAMES, TRAP_SENTENCES, Region
from demo.reference import Registry

Platform = Literal["jd-demo", "tmall-demo", "shop-demo"]
Where = Literal["param", "desc", "both"]


@dataclass(kw_only=True)
class Maker:
    """A manufacturer as a page shows it."""

    name: str
    address: str
    uscc: str
    """The company's real (valid) credit code."""


@dataclass(kw_only=True)
class Cert:
    """One certificate or licence number on a page."""

    type: str
    """ccc, sc, cosmetics or uscc."""
    number: str
    """Normalized: no spaces."""
    key: str
    """Parameter key it is printed under."""
    display: str = ""
    """As printed; defaults to the number."""


@dataclass(kw_only=True)
class ListingSpec:
    """Everything about one listing before it is rendered."""

    index: int
    platform: Platform
    item_id: str
    path: str
    category: CategorySpec
    product: Product
    brand: str
    title: str
    model: str
    price: str
    seller: str
    maker: Maker | None
    show_uscc: bool
    claims: list[str]
    """Normalized standard codes the page claims (year-less where the page omits it)."""
    where: Where
    certs: list[Cert] = field(default_factory=list)
    attrs: list[tuple[str, str]] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    charset: str = "utf-8"
    uscc_shown: str = ""
    """Credit code printed on the page (may be corrupted by planting)."""
    locked: set[str] = field(default_factory=set)
    """Claims planted on purpose: later planters must not overwrite them."""
    params: list[tuple[str, str, str]] = field(default_factory=list)
    """After finalize(): (key, value, section); section "basic" or "spec" (JD splits on it)."""
    description: str = ""


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    values, weights = zip(*pairs)
    return rng.choices(values, weights)[0]


def make_address(region: Region, rng: random.Random) -> str:
    """A street address in ``region``."""
    return f"{region.province}{region.city}{region.district}{rng.choice(region.streets)}{rng.randrange(1, 399)}号"


def make_maker_pool(cat: CategorySpec, rng: random.Random, size: int = 8) -> list[Maker]:
    """Distinct invented makers for one category."""
    makers: list[Maker] = []
    names: set[str] = set()
    while len(makers) < size:
        region = REGIONS[rng.choice(cat.regions)]
        trade, industry = rng.choice(TRADE_NAMES), rng.choice(cat.industry)
        form = _weighted(rng, COMPANY_FORMS)
        pattern = rng.random()
        if pattern < 0.55:
            name = f"{region.locality}{trade}{industry}{form}"
        elif pattern < 0.9:
            name = f"{region.short}{trade}{industry}{form}"
        else:
            name = f"{trade}（{region.short}）{industry}{form}"
        if name in names:
            continue
        names.add(name)
        makers.append(Maker(name=name, address=make_address(region, rng), uscc=ids.make_uscc(region.code, rng)))
    return makers


def _seller(platform: Platform, cat: CategorySpec, brand: str, rng: random.Random) -> str:
    if platform == "shop-demo":
        return SHOP_DEMO_SELLER
    trade = rng.choice(TRADE_NAMES)
    options: tuple[str, ...]
    if platform == "jd-demo":
        options = (f"{brand}京东自营旗舰店", f"{brand}官方旗舰店", f"{trade}{cat.shop_word}专营店")
    else:
        options = (f"{brand}旗舰店", f"{brand}官方旗舰店", f"{trade}{cat.shop_word}专营店", f"{brand}{cat.shop_word}专卖店")
    return rng.choice(options)


def _title(cat: CategorySpec, product: Product, brand: str, rng: random.Random) -> str:
    title = f"{brand} {rng.choice(cat.prefixes)}{product.noun} {rng.choice(cat.suffixes)}"
    if cat.slug == "power_banks" and rng.random() < 0.35:
        # Memory sizes look like "GB" codes to a naive extractor: a trap, not a claim.
        title += f" 兼容{rng.choice(('64GB/128GB', '128GB/256GB', '64GB/128GB/256GB'))}手机"
    return title


def clean_claims(cat: CategorySpec, product: Product, registry: Registry, as_of: date,
                 rng: random.Random) -> list[str]:
    """A typical claim set, minus anything the registry would flag on ``as_of``; some years dropped."""
    sets = product.claims or cat.claims
    if rng.random() < 0.06:
        return []  # many real listings give no standard at all
    codes = [c for c in rng.choice(sets) if registry.verdict(c, as_of) is None]
    return [c.rpartition("-")[0] if rng.random() < 0.08 else c for c in codes]


def _certs(cat: CategorySpec, product: Product, maker: Maker | None, as_of: date, rng: random.Random) -> list[Cert]:
    certs: list[Cert] = []
    region_code = maker.uscc[2:8] if maker else "330100"
    if cat.cert == "ccc" and rng.random() < 0.92:
        year = rng.randrange(max(cat.ccc_min_year, 2016), max(cat.ccc_min_year, as_of.year) + 1)
        certs.append(Cert(type="ccc", number=ids.make_ccc(year, product.code, rng), key=rng.choice(cdata.CCC_KEYS)))
    elif cat.cert == "sc" and rng.random() < 0.97:
        certs.append(Cert(type="sc", number=ids.make_sc(product.code, region_code, rng), key=rng.choice(cdata.SC_KEYS)))
    elif cat.cert == "cosmetics" and rng.random() < 0.95:
        province = next((r.short for r in REGIONS.values() if r.code == region_code), "广东")
        number = ids.make_cosmetics(province, product.special, rng.randrange(2021, as_of.year + 1), rng)
        certs.append(Cert(type="cosmetics", number=number, key=rng.choice(cdata.COSMETICS_KEYS[product.special])))
    return certs


def build_listing(*, index: int, platform: Platform, item_id: str, path: str, cat: CategorySpec,
                  makers: list[Maker], registry: Registry, as_of: date, rng: random.Random) -> ListingSpec:
    """One clean listing (no planted problem)."""
    product = rng.choice(cat.products)
    b = rng.randrange(len(cat.brands))
    brand = cat.brands[b]
    # A brand mostly comes from one maker; some are made by another (OEM), and some pages name no maker.
    maker = makers[b % len(makers)] if rng.random() < 0.8 else rng.choice(makers)
    maker_or_none = maker if rng.random() > 0.05 else None
    model = f"{rng.choice(cat.model_prefix)}-{rng.randrange(100, 9999)}" if cat.model_prefix != ("",) else ""
    lo, hi = cat.price
    # Log-uniform: shop prices spread multiplicatively (a 59 yuan and a 699 yuan kettle are both ordinary).
    price = f"{int(math.exp(rng.uniform(math.log(lo), math.log(hi))))}.{rng.choice(('00', '90', '99', '00'))}"
    where: Where = _weighted(rng, (("param", 70), ("desc", 15), ("both", 15)))  # type: ignore[assignment]
    attrs = [(k, rng.choice(v)) for k, v in cat.attrs if rng.random() < 0.85]
    traps = []
    if rng.random() < 0.3:
        traps.append(rng.choice(TRAP_SENTENCES).format(
            order16=ids.make_order16(rng, as_of.year), phone=ids.make_phone(rng),
            activity=ids.make_activity(rng, as_of.year)))
    spec = ListingSpec(
        index=index, platform=platform, item_id=item_id, path=path, category=cat, product=product, brand=brand,
        title=_title(cat, product, brand, rng), model=model, price=price,
        seller=_seller(platform, cat, brand, rng), maker=maker_or_none,
        show_uscc=maker_or_none is not None and rng.random() < 0.35,
        claims=clean_claims(cat, product, registry, as_of, rng), where=where,
        certs=_certs(cat, product, maker, as_of, rng), attrs=attrs, traps=traps,
    )
    return spec


def _claim_sentence(code: str, cat: CategorySpec, rng: random.Random) -> str:
    return rng.choice(cdata.CLAIM_SENTENCES).format(std=claimfmt.render_field([code], rng, cat.suffix_for))


def _cert_display(cert: Cert, rng: random.Random) -> str:
    n = cert.number
    if cert.display:
        return cert.display
    if cert.type == "ccc" and len(n) == 16 and rng.random() < 0.1:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if cert.type == "sc" and rng.random() < 0.08:
        return f"{n[:5]} {n[5:11]} {n[11:]}"
    return n


def finalize(spec: ListingSpec, rng: random.Random) -> None:
    """Render the structured facts into parameters and description text (fixes every random choice)."""
    cat, p = spec.category, spec.params
    p.append(("产品名称", f"{spec.brand} {spec.product.noun}", "basic"))
    p.append(("品牌", spec.brand, "basic"))
    if spec.model:
        p.append((rng.choice(cat.model_key), spec.model, "basic"))
    p.extend((k, v, "basic") for k, v in spec.attrs)
    if spec.product.ingredients:
        p.append(("配料表", spec.product.ingredients, "spec"))
    std_section = "basic" if rng.random() < 0.3 else "spec"
    if spec.claims and spec.where in ("param", "both"):
        p.append((rng.choice(cat.std_keys), claimfmt.render_field(spec.claims, rng, cat.suffix_for), std_section))
    for cert in spec.certs:
        p.append((cert.key, _cert_display(cert, rng), "spec"))
    if spec.maker is not None:
        p.append((rng.choice(cdata.MAKER_KEYS), spec.maker.name, "spec"))
        p.append((rng.choice(cdata.ADDRESS_KEYS), spec.maker.address, "spec"))
        if spec.show_uscc:
            spec.uscc_shown = spec.uscc_shown or spec.maker.uscc
            p.append((cdata.USCC_KEY, spec.uscc_shown, "spec"))
    if cat.cert == "sc":
        p.append(("厂家联系方式", ids.make_phone(rng), "spec"))
    sentences = rng.sample(cat.blurbs, k=min(3, len(cat.blurbs)))
    if spec.where == "desc":
        sentences += [_claim_sentence(c, cat, rng) for c in spec.claims]
    elif spec.where == "both" and spec.claims:
        sentences.append(_claim_sentence(rng.choice(spec.claims), cat, rng))
    sentences += spec.traps
    sentences.append("图片仅供参考，请以实物为准。")
    spec.description = "".join(sentences)
