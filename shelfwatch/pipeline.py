"""From what a page says to a judged listing: the glue between extractors, matching and the store.

Pure except :func:`load_match_context`, which reads the registry and blacklist rows once per crawl (or per
re-judgment) and opens the embedder matching compares meaning with, and :func:`rejudge`, which judges the stored
listings again without a re-crawl.

Embedding is the slow part (tens of milliseconds a text on this machine's cores), so a text is embedded only where
a stage needs it: a maker or seller name only when a list entry passes the embedding gate
(``matching.blacklist.embedding_gate``), a title only when no keyword places the listing or ``standard_inapplicable``
has a candidate. :func:`judge_batch` judges a whole batch, writes down the texts the vector cache lacks instead of
embedding each alone, embeds them in one call and judges again only the listings that asked for one.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from enum import Enum
from itertools import islice

import numpy as np

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
from matching.embeddings import Embedder, Role
from matching.prices import price_baselines
from matching.registry import StandardKind, StandardStatus
from matching.rulebook import Rulebook, requirement_from_fields
from matching.rules import unverified_standards
from matching.vectors import cache_key
from shelfwatch.models import Claim, Finding, Listing, ProductFacts, UnverifiedClaim
from shelfwatch.store import Store, as_date

logger = logging.getLogger(__name__)


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
    """The crawl's judging stage for one page: what an item page says, as a listing judged with every rule.

    The one path from a page's extraction to its findings: :func:`listing_from_extraction`, then :func:`judge`.
    The crawl's writer (off the reactor thread, crawlers/pipelines.py) takes the same two steps for a batch of pages
    through :func:`judge_batch`, which :func:`rejudge` runs on stored listings; tests call this one.
    """
    listing = listing_from_extraction(extraction, url=url, platform=platform, fetched_at=fetched_at,
                                      rendered=rendered)
    return judge(listing, list(extraction.claims), ctx)


def judge(listing: Listing, claims: list[Claim], ctx: MatchContext) -> JudgedListing:
    """Place the listing in a category, then run every rule on it."""
    placement = place(
        ctx.categories, title=listing.title, category=listing.category, params=" ".join(listing.params.values()),
        embedder=ctx.embedder,  # consulted only where no keyword places the listing (or two categories tie)
    )
    listing.category_key = placement.key or ""
    listing.category_confidence = placement.confidence
    findings = match_listing(listing, claims, ctx)
    return JudgedListing(
        listing=listing, claims=claims, findings=findings, risk=risk_score(findings),
        unverified=unverified_standards(listing, claims, ctx) + unverified_enterprise_standards(listing, claims, ctx),
    )


class PrefetchingEmbedder:
    """The embedder matching is given: passes every call through, except while :func:`judge_batch` records, where
    a query (a listing's names and title) that the vector cache lacks is written down and answered with a zero row
    instead of a model call of its own; passages (list entries' names, category descriptions: few, and needed by
    every batch) are embedded for real."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._wanted: list[str] | None = None

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if self._wanted is None or role != "query":
            return self.inner.embed(texts, role=role)
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        cache = getattr(self.inner, "cache", None)  # ``CachedEmbedder``: what it holds costs no model call
        keys = [cache_key(t, role) for t in texts]
        found = cache.get_many(self.inner.name, keys) if cache is not None else {}
        for n, (text, key) in enumerate(zip(texts, keys)):
            vector = found.get(key)
            if vector is None:
                self._wanted.append(text)
            else:
                rows[n] = vector
        return rows

    @contextmanager
    def recording(self) -> Iterator[list[str]]:
        wanted: list[str] = []
        self._wanted = wanted
        try:
            yield wanted
        finally:
            self._wanted = None

    @property
    def embedded(self) -> int:
        """Texts sent to the model so far (``CachedEmbedder.embedded``; 0 for an uncached embedder)."""
        return int(getattr(self.inner, "embedded", 0))


def judge_batch(ctx: MatchContext, batch: Sequence[tuple[Listing, Sequence[Claim]]]) -> list[JudgedListing | Exception]:
    """Judge each listing of ``batch`` (with :func:`judge`, on a copy), embedding the query texts the batch needs
    in one model call.

    Each listing is judged once; one whose judgment asked for a text the vector cache lacks (answered with a zero
    row, which never passes a similarity cut, and a placement the embedding alone made is never confident) is
    judged again once the batch's missing texts are embedded together, and that judgment is the one returned. With
    a warm cache every listing is judged once; a text the first judgment did not ask for, the second embeds itself.
    A listing whose judgment raises gets the exception in its place: the rest of the batch is judged.
    """

    def one(listing: Listing, claims: Sequence[Claim]) -> JudgedListing | Exception:
        try:
            return judge(replace(listing, params=dict(listing.params)), list(claims), ctx)
        except Exception as exc:  # one page no rule foresaw must not cost the rest of the batch
            return exc

    embedder = ctx.embedder
    if not isinstance(embedder, PrefetchingEmbedder):
        return [one(listing, claims) for listing, claims in batch]
    judged: list[JudgedListing | Exception] = []
    again: list[int] = []
    wanted: list[str] = []
    for n, (listing, claims) in enumerate(batch):
        with embedder.recording() as asked:
            judged.append(one(listing, claims))
        if asked:
            again.append(n)
            wanted.extend(asked)
    if not again:
        return judged
    try:
        embedder.inner.embed(list(dict.fromkeys(wanted)), role="query")
    except Exception:  # judged again, each listing embeds its own texts (and fails alone if the model does)
        logger.exception("embedding a batch's %d texts in one call failed", len(wanted))
    for n in again:
        listing, claims = batch[n]
        judged[n] = one(listing, claims)
    return judged


class _Embedder(Enum):
    FROM_SETTINGS = "settings"


FROM_SETTINGS = _Embedder.FROM_SETTINGS
"""``load_match_context(embedder=)`` default: the embedder ``SHELFWATCH_MATCH_EMBEDDINGS`` and
``SHELFWATCH_EMBEDDING_MODEL`` say (``shelfwatch.wiring.open_match_embedder``); None keeps matching lexical."""


def load_match_context(
    store: Store, as_of: date, *, embedder: Embedder | None | _Embedder = FROM_SETTINGS
) -> MatchContext:
    """The registry (with its coverage), blacklist and rulebook as imported into the store (the bundled rulebook
    where none was imported), judged at the crawl date, with the embedder the settings name (or the one given;
    None: lexical only). Open it in the process that judges: a model is not sent across processes."""
    if embedder is FROM_SETTINGS:
        from shelfwatch.settings import load_settings
        from shelfwatch.wiring import open_match_embedder

        embedder = open_match_embedder(load_settings(), store)
    assert not isinstance(embedder, _Embedder)
    shared = PrefetchingEmbedder(embedder) if embedder is not None else None
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
        blacklist=Blacklist(entries, embedder=shared),
        as_of=as_of,
        categories=load_bundled_categories(),
        embedder=shared,
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
    embedded: int = 0
    """Texts sent to the embedding model (the rest came from the store's vector cache, or were not needed)."""


REJUDGE_BATCH = 200
"""Listings judged per :func:`judge_batch` call."""


def listing_from_row(row: dict[str, object]) -> Listing:
    """A stored listing row (``Store.iter_listings``) back as the ``Listing`` it was saved from."""
    return Listing(**{f.name: row[f.name] for f in fields(Listing) if f.name in row})  # type: ignore[arg-type]


def rejudge(store: Store, as_of: date, *, ctx: MatchContext | None = None) -> RejudgeResult:
    """Judge every stored listing again with its stored claims and the reference data now in the store.

    No page is fetched. Findings are upserted as after a crawl (a finding raised again keeps its id and the
    inspector's review; one no longer raised is cleared), unverified claims are replaced.
    """
    ctx = ctx or load_match_context(store, as_of)
    embedded_before = ctx.embedder.embedded if isinstance(ctx.embedder, PrefetchingEmbedder) else 0
    before = store.active_finding_keys()
    n = unverified = 0
    rows = store.iter_listings()
    while chunk := list(islice(rows, REJUDGE_BATCH)):
        batch = [(listing_from_row(row), list(row["claims"])) for row in chunk]
        for row, judged in zip(chunk, judge_batch(ctx, batch)):
            if isinstance(judged, Exception):
                raise judged
            store.save_judgment(
                int(row["id"]), judged.findings, judged.unverified, risk=judged.risk,
                category_key=judged.listing.category_key, category_confidence=judged.listing.category_confidence,
            )
            n += 1
            unverified += len(judged.unverified)
    after = store.active_finding_keys()
    embedded = ctx.embedder.embedded - embedded_before if isinstance(ctx.embedder, PrefetchingEmbedder) else 0
    return RejudgeResult(listings=n, raised=len(after - before), cleared=len(before - after), unverified=unverified,
                         as_of=as_of, embedded=embedded)
