"""What every rule may consult besides the listing itself."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from matching.blacklist import NAME_MATCH_THRESHOLD, Blacklist
from matching.categories import LOW_CONFIDENCE, Category
from matching.embeddings import Embedder
from matching.registry import StandardsRegistry
from matching.rulebook import Rulebook

if TYPE_CHECKING:  # prices.py and declarations.py import this module
    from matching.declarations import Declarations
    from matching.prices import PriceBaseline


def _no_declarations() -> Declarations:
    from matching.declarations import Declarations

    return Declarations(())


@dataclass(frozen=True, kw_only=True)
class MatchContext:
    """Reference data and the date a listing is judged at.

    Later matchers (embedding similarity for standard/category fit) add their own optional fields here,
    so the rule signature stays ``(listing, claims, ctx)``.
    """

    registry: StandardsRegistry
    """Standard versions and their status."""
    as_of: date
    """The crawl date: statuses, transition periods and list memberships are judged on this day."""
    blacklist: Blacklist = field(default_factory=lambda: Blacklist(()))
    """Credit blacklist, recalls and spot-check failures (empty when none is configured)."""
    categories: tuple[Category, ...] = ()
    """Product categories with their keywords and requirements (empty: listings stay unclassified)."""
    rulebook: Rulebook = field(default_factory=lambda: Rulebook(()))
    """What each category must claim and show (empty: the category rules raise nothing)."""
    category_min_confidence: float = LOW_CONFIDENCE
    """Category rules judge only listings placed at least this confidently; below it they "cannot verify"."""
    price_baselines: Mapping[str, PriceBaseline] = field(default_factory=dict)
    """Category -> robust price baseline from the crawled data (``matching.prices``; empty: no price findings)."""
    declarations: Declarations = field(default_factory=_no_declarations)
    """Enterprise-standard self-declarations (``matching.declarations``; empty: Q/ standards are not checked)."""
    name_threshold: float = NAME_MATCH_THRESHOLD
    """Lowest maker/seller name score that counts as the entity of a list entry (``matching.entities``)."""
    embedder: Embedder | None = None
    """Batch-capable (best cached: ``matching.vectors.CachedEmbedder``) embedder for the rules that compare meaning
    (``standard_inapplicable``); None: those rules stay lexical. The blacklist takes its own at construction."""
