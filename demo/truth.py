"""Ground truth for one listing, from what the page shows and the CSV data (not from shelfwatch code)."""

from __future__ import annotations

from datetime import date
from typing import Any

from stdnum.cn import uscc as _uscc
from stdnum.iso7064 import mod_11_10

from demo.data.blacklist_plan import DELISTED_MAKER, OUT_OF_SCOPE, PLANS, RECALL_PLANS
from demo.listing import ListingSpec
from demo.reference import BlacklistEntry, Registry, Requirement, blacklist_hits, category_findings, load_rulebook

ALIASES: dict[str, set[str]] = {}
for _plan in (*PLANS, *RECALL_PLANS, *OUT_OF_SCOPE, DELISTED_MAKER):
    ALIASES.setdefault(_plan.name, set()).update(_plan.variants)

_CCC_FIRST_YEAR = 2002  # the CCC scheme started in 2002: no certificate can be older


def certificate_valid(kind: str, number: str, as_of: date) -> bool:
    """Format and check-digit verdict for one number (shared/domain.md §3)."""
    if kind == "ccc":
        return len(number) == 16 and number.isdigit() and _CCC_FIRST_YEAR <= int(number[:4]) <= as_of.year
    if kind == "sc":
        body = number[2:]
        return number.startswith("SC") and len(body) == 14 and body.isdigit() and mod_11_10.is_valid(body)
    if kind == "uscc":
        return bool(_uscc.is_valid(number))
    return True  # cosmetics numbers are always well-formed in the demo


def listing_truth(spec: ListingSpec, registry: Registry, blacklist: list[BlacklistEntry], as_of: date,
                  rulebook: dict[str, list[Requirement]] | None = None) -> dict[str, Any]:
    """The truth record of one page (the JSON contract of ``Marketplace.truth``)."""
    standards = sorted(set(spec.claims))
    certificates = [
        {"type": c.type, "number": c.number, "valid": certificate_valid(c.type, c.number, as_of)} for c in spec.certs
    ]
    if spec.uscc_shown:
        certificates.append({"type": "uscc", "number": spec.uscc_shown,
                             "valid": certificate_valid("uscc", spec.uscc_shown, as_of)})
    findings: list[dict[str, str]] = []
    unverified: list[dict[str, str]] = []
    for code in standards:
        verdict = registry.verdict(code, as_of)
        if verdict is not None:
            (unverified if verdict == "unverifiable" else findings).append(
                {"code": f"standard_{verdict}", "subject": code}
            )
    findings += [{"code": "certificate_invalid", "subject": str(c["number"])} for c in certificates if not c["valid"]]
    text = " ".join([spec.title, spec.product.noun, *(v for _, v in spec.attrs)])
    findings += category_findings(spec.category.slug, spec.claims, {c.type for c in spec.certs}, text, as_of,
                                  rulebook if rulebook is not None else load_rulebook(), registry)
    maker = spec.maker.name if spec.maker else ""
    usccs = [spec.uscc_shown] if spec.uscc_shown else []
    hits = blacklist_hits(blacklist, [maker, spec.seller], usccs, as_of, aliases=ALIASES, brand=spec.brand,
                          model=spec.model)
    findings += [{"code": "recalled_product" if e.list == "recall" else "blacklisted_entity", "subject": e.name}
                 for e in hits]
    return {
        "url": spec.path,
        "platform": spec.platform,
        "item_id": spec.item_id,
        "category": spec.category.slug,
        "title": spec.title,
        "brand": spec.brand,
        "model": spec.model,
        "price": float(spec.price),
        "charset": spec.charset,
        "needs_js": spec.platform == "tmall-demo",
        "standards": standards,
        "certificates": certificates,
        "maker": maker,
        "seller": spec.seller,
        "expected_findings": findings,
        "expected_unverified": unverified,
    }
