"""From what a page says to a judged listing: the glue between extractors, matching and the store.

Pure except :func:`load_match_context`, which reads the registry and blacklist rows once per crawl (or per
re-judgment), and :func:`rejudge`, which judges the stored listings again without a re-crawl.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
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
from matching.bundled import load_bundled_categories, load_bundled_rulebook
from matching.categories import LOW_CONFIDENCE, place
from matching.coverage import Coverage
from matching.declarations import Declarations, SelfDeclaration, unverified_enterprise_standards
from matching.prices import price_baselines
from matching.registry import StandardKind, StandardStatus
from matching.rulebook import Rulebook, requirement_from_fields
from matching.rules import unverified_standards
from shelfwatch.models import Claim, Finding, Listing, ProductFacts, UnverifiedClaim
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
    unverified: list[UnverifiedClaim] = field(default_factory=list)
    """Claims the loaded registry can neither confirm nor refute (shown, never accused)."""


def listing_from_extraction(
    extraction: PageExtraction, *, url: str, platform: str, fetched_at: datetime | None, rendered: bool
) -> Listing:
    facts = {f.name: getattr(extraction, f.name) for f in fields(ProductFacts)}
    facts["params"] = dict(extraction.params)
    facts["currency"] = extraction.currency or "CNY"
    return Listing(**facts, platform=platform, url=url, fetched_at=fetched_at, rendered=rendered)


def judge_page(
    extraction: PageExtraction, *, url: str, platform: str, fetched_at: datetime | None, rendered: bool,
    ctx: MatchContext,
) -> JudgedListing:
    """The crawl's judging stage: what an item page says, as a listing judged with every rule.

    The one path from a page's extraction to its findings: the crawl's writer calls it (off the reactor thread,
    crawlers/pipelines.py), tests call it, and :func:`rejudge` runs the same :func:`judge` on stored listings.
    """
    listing = listing_from_extraction(extraction, url=url, platform=platform, fetched_at=fetched_at,
                                      rendered=rendered)
    return judge(listing, list(extraction.claims), ctx)


def judge(listing: Listing, claims: list[Claim], ctx: MatchContext) -> JudgedListing:
    """Place the listing in a category, then run every rule on it."""
    placement = place(
        ctx.categories, title=listing.title, category=listing.category, params=" ".join(listing.params.values())
    )
    listing.category_key = placement.key or ""
    listing.category_confidence = placement.confidence
    findings = match_listing(listing, claims, ctx)
    return JudgedListing(
        listing=listing, claims=claims, findings=findings, risk=risk_score(findings),
        unverified=unverified_standards(listing, claims, ctx) + unverified_enterprise_standards(listing, claims, ctx),
    )


def load_match_context(store: Store, as_of: date) -> MatchContext:
    """The registry (with its coverage), blacklist and rulebook as imported into the store (the bundled rulebook
    where none was imported), judged at the crawl date."""
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
            imported_as=r["imported_as"],
            replaces=r["replaces"],
        )
        for r in store.standard_rows()
    ]
    coverage = [
        Coverage(families=r["families"], as_of=as_date(r["as_of"]), version=r["version"], source=r["source"],
                 numbers=r["numbers"])
        for r in store.registry_import_rows()
    ]
    entries = [
        BlacklistEntry(**{**r, "list": ListKind(r["list"]), "listed_on": as_date(r["listed_on"]),
                          "delisted_on": as_date(r["delisted_on"])})
        for r in store.blacklist_rows()
    ]
    stored_rules = store.rulebook_rows()
    rulebook = (
        Rulebook(requirement_from_fields(r, line=i) for i, r in enumerate(stored_rules, start=1))
        if stored_rules
        else load_bundled_rulebook()  # a store without an imported rulebook judges with the bundled one
    )
    declarations = Declarations(
        SelfDeclaration(**{**r, "declared_on": as_date(r["declared_on"])}) for r in store.declaration_rows()
    )
    return MatchContext(
        declarations=declarations,
        price_baselines=price_baselines(store.category_prices(min_confidence=LOW_CONFIDENCE)),
        rulebook=rulebook,
        registry=StandardsRegistry(records, coverage=coverage),
        blacklist=Blacklist(entries),
        as_of=as_of,
        categories=load_bundled_categories(),
    )


@dataclass(frozen=True, kw_only=True)
class RejudgeResult:
    """What a re-judgment of the stored listings changed."""

    listings: int
    """Listings judged again."""
    raised: int
    """Findings raised that were not active before (new, or raised again after being cleared)."""
    cleared: int
    """Findings active before that are no longer raised."""
    unverified: int
    """Claims now marked not verifiable with the loaded registry."""
    as_of: date
    """The date the listings were judged at."""


def listing_from_row(row: dict[str, object]) -> Listing:
    """A stored listing row (``Store.iter_listings``) back as the ``Listing`` it was saved from."""
    return Listing(**{f.name: row[f.name] for f in fields(Listing) if f.name in row})  # type: ignore[arg-type]


def rejudge(store: Store, as_of: date, *, ctx: MatchContext | None = None) -> RejudgeResult:
    """Judge every stored listing again with its stored claims and the reference data now in the store.

    No page is fetched. Findings are upserted as after a crawl (a finding raised again keeps its id and the
    inspector's review; one no longer raised is cleared), unverified claims are replaced.
    """
    ctx = ctx or load_match_context(store, as_of)
    before = store.active_finding_keys()
    n = unverified = 0
    for row in store.iter_listings():
        listing = listing_from_row(row)
        judged = judge(listing, list(row["claims"]), ctx)
        store.save_judgment(
            int(row["id"]), judged.findings, judged.unverified, risk=judged.risk, category_key=listing.category_key,
            category_confidence=listing.category_confidence,
        )
        n += 1
        unverified += len(judged.unverified)
    after = store.active_finding_keys()
    return RejudgeResult(listings=n, raised=len(after - before), cleared=len(before - after), unverified=unverified,
                         as_of=as_of)
