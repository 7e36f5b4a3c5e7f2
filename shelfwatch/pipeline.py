"""From what a page says to a judged listing: the glue between extractors, matching and the store.

Pure except :func:`load_match_context`, which reads the registry and blacklist rows once per crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from extractors import PageExtraction
from matching import (
    Blacklist,
    BlacklistEntry,
    MatchContext,
    StandardRecord,
    StandardsRegistry,
    match_listing,
    risk_score,
)
from matching.blacklist import ListKind
from matching.bundled import load_bundled_categories
from matching.categories import classify
from matching.registry import StandardKind, StandardStatus
from shelfwatch.models import Claim, Finding, Listing, ProductFacts
from shelfwatch.store import Store, as_date


@dataclass(kw_only=True)
class JudgedListing:
    """A listing with the claims read from its page and the findings they raised."""

    listing: Listing
    """The listing's facts."""
    claims: list[Claim]
    """Everything it claims."""
    findings: list[Finding]
    """What matching found wrong."""
    risk: float
    """Risk score 0-100."""


def listing_from_extraction(
    extraction: PageExtraction, *, url: str, platform: str, fetched_at: datetime | None, rendered: bool
) -> Listing:
    facts = {f.name: getattr(extraction, f.name) for f in fields(ProductFacts)}
    facts["params"] = dict(extraction.params)
    facts["currency"] = extraction.currency or "CNY"
    return Listing(**facts, platform=platform, url=url, fetched_at=fetched_at, rendered=rendered)


def judge(listing: Listing, claims: list[Claim], ctx: MatchContext) -> JudgedListing:
    """Place the listing in a category, then run every rule on it."""
    listing.category_key = (
        classify(ctx.categories, title=listing.title, category=listing.category, params=" ".join(listing.params.values()))
        or ""
    )
    findings = match_listing(listing, claims, ctx)
    return JudgedListing(listing=listing, claims=claims, findings=findings, risk=risk_score(findings))


def load_match_context(store: Store, as_of: date) -> MatchContext:
    """The registry and blacklist as imported into the store, judged at the crawl date."""
    records = [
        StandardRecord(
            code=r["code"],
            title=r["title"],
            kind=StandardKind(r["kind"]),
            status=StandardStatus(r["status"]),
            published=as_date(r["published"]),
            effective=as_date(r["effective"]),
            withdrawn=as_date(r["withdrawn"]),
            replaced_by=r["replaced_by"],
            transition_until=as_date(r["transition_until"]),
            categories=tuple(c for c in r["categories"].split(";") if c),
            source=r["source"],
        )
        for r in store.standard_rows()
    ]
    entries = [
        BlacklistEntry(**{**r, "list": ListKind(r["list"]), "listed_on": as_date(r["listed_on"]),
                          "delisted_on": as_date(r["delisted_on"])})
        for r in store.blacklist_rows()
    ]
    return MatchContext(
        registry=StandardsRegistry(records),
        blacklist=Blacklist(entries),
        as_of=as_of,
        categories=load_bundled_categories(),
    )
