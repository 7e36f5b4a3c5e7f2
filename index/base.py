"""The index contract: what every search backend stores, is asked, returns and implements.

Vectors for semantic search are computed above the index (the CLI, the web app, the indexer) and handed in as
numpy float32 arrays, L2-normalised: the index never imports an embedding model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Protocol

import numpy as np

FACETS = ("platform", "category", "finding_code", "severity", "review", "price", "crawled", "gone")
"""Facet names, in the order pages show them."""

PRICE_BUCKETS: tuple[tuple[float, float | None], ...] = (
    (0, 50), (50, 100), (100, 200), (200, 500), (500, 1000), (1000, 5000), (5000, None),
)
"""Price ranges counted by the ``price`` facet (yuan; lower bound inclusive)."""


def price_bucket(price: float | None) -> str:
    """The ``price`` facet value of a price: ``0-50`` ... ``5000-``, or ``unknown``."""
    if price is None:
        return "unknown"
    for low, high in PRICE_BUCKETS:
        if high is None or price < high:
            return f"{low:g}-{'' if high is None else f'{high:g}'}"
    return "unknown"  # pragma: no cover  (the last bucket is open)


@dataclass(frozen=True, kw_only=True)
class IndexedListing:
    """One listing as the index sees it: searchable text, facet values and (optionally) its vector."""

    listing_id: int
    """The store's listing id: the document key (adding the same id again replaces the document)."""
    url: str
    """Canonical item URL."""
    platform: str
    """Platform name (facet)."""
    item_id: str = ""
    """The platform's item id."""
    title: str = ""
    """Product title (weighted highest in ranking)."""
    brand: str = ""
    """Brand (品牌); ``brand:`` in queries."""
    maker: str = ""
    """Manufacturer name (生产企业); ``maker:`` in queries."""
    category: str = ""
    """Category as the page states it (searched as text)."""
    category_key: str = ""
    """Product category key the store placed the listing in (facet; falls back to ``category``)."""
    text: str = ""
    """Parameters (``key：value`` lines) and description, flattened."""
    price: float | None = None
    """Price in yuan, if known (range filter and facet)."""
    risk: float = 0.0
    """Risk score 0-100 (sort key)."""
    finding_codes: tuple[str, ...] = ()
    """Finding codes raised (facet)."""
    severities: tuple[str, ...] = ()
    """Severities of those findings (facet)."""
    reviews: tuple[str, ...] = ()
    """Review states of those findings: open, confirmed, dismissed (facet)."""
    crawled_at: datetime | None = None
    """When the page was last fetched (date filter, facet by month, date sort)."""
    gone: bool = False
    """The listing was no longer found on its platform."""
    version: str = ""
    """What the indexer compares with the store to know the document is current (opaque to the index)."""
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)
    """Embedding of the listing (float32, L2-normalised), or None."""

    @property
    def facet_category(self) -> str:
        """The category facet value."""
        return self.category_key or self.category


class Sort(StrEnum):
    """Result order."""

    RELEVANCE = "relevance"
    """Best match first (text: BM25; semantic: cosine; hybrid: reciprocal rank fusion)."""
    RISK = "risk"
    """Riskiest first."""
    DATE = "date"
    """Most recently crawled first."""


@dataclass(frozen=True, kw_only=True)
class Filters:
    """Exact filters; each tuple means "any of these", different fields must all hold."""

    platforms: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    finding_codes: tuple[str, ...] = ()
    severities: tuple[str, ...] = ()
    reviews: tuple[str, ...] = ()
    price_min: float | None = None
    """Inclusive."""
    price_max: float | None = None
    """Inclusive."""
    crawled_from: date | None = None
    """Inclusive."""
    crawled_to: date | None = None
    """Inclusive."""
    gone: bool | None = None
    """True: only gone listings; False: only live ones; None: both."""
    flagged: bool | None = None
    """True: only listings with at least one finding."""


@dataclass(frozen=True, kw_only=True)
class SearchRequest:
    """One search: text and/or vector, filters, order, page."""

    query: str = ""
    """What the inspector typed (see ``index.query`` for the syntax); empty browses by the filters."""
    vector: np.ndarray | None = field(default=None, compare=False)
    """Query embedding for semantic search; with ``query`` as well, the two rankings are fused (hybrid)."""
    filters: Filters = field(default_factory=Filters)
    sort: Sort = Sort.RELEVANCE
    limit: int = 20
    """Page size (at most ``MAX_LIMIT``)."""
    after: str | None = None
    """Cursor from the previous page's ``SearchResult.next_after`` (search-after paging)."""
    facets: bool = False
    """Count facet values over every match (costs one more pass over the matches)."""


MAX_LIMIT = 500
"""Largest page a backend returns."""


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    """One search result."""

    listing_id: int
    """The store's listing id."""
    url: str
    title: str
    platform: str
    score: float
    """Sort score: relevance (higher is better, comparable only within one result list), risk, or a timestamp."""
    snippet: str
    """A window of the listing's original text around the first match (plain text, never markup)."""
    highlights: tuple[tuple[int, int], ...]
    """``(start, end)`` character spans of ``snippet`` that matched the query."""
    risk: float
    finding_codes: tuple[str, ...]
    price: float | None = None
    crawled_at: datetime | None = None
    gone: bool = False

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, matched) pieces, for a template that escapes each piece and marks matches."""
        parts: list[tuple[str, bool]] = []
        pos = 0
        for start, end in self.highlights:
            if start > pos:
                parts.append((self.snippet[pos:start], False))
            parts.append((self.snippet[start:end], True))
            pos = end
        if pos < len(self.snippet):
            parts.append((self.snippet[pos:], False))
        return parts

    def marked_snippet(self, open_mark: str = "[", close_mark: str = "]") -> str:
        """The snippet with matches between markers, for a terminal (not for HTML: use ``snippet_parts``)."""
        return "".join(f"{open_mark}{t}{close_mark}" if hit else t for t, hit in self.snippet_parts())


@dataclass(frozen=True, kw_only=True)
class SearchResult:
    """One page of results."""

    hits: list[SearchHit]
    total: int
    """Number of listings matching (all pages); for semantic-only searches, the number of candidates ranked."""
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    """Facet name -> value -> count over every match (only when the request asked for facets)."""
    next_after: str | None = None
    """Cursor of the next page, None on the last page."""


class SearchIndex(Protocol):
    """A search index of listings (SQLite FTS5 embedded, or Elasticsearch)."""

    name: str
    """Where the documents live (a file path, an index alias), for messages."""

    def upsert(self, docs: Iterable[IndexedListing]) -> int:
        """Insert or replace (by ``listing_id``) the given documents; return how many were written."""
        ...

    def delete(self, listing_ids: Iterable[int]) -> int:
        """Drop documents; return how many were there."""
        ...

    def search(self, request: SearchRequest) -> SearchResult:
        """One page of matches; user text is never engine syntax and never raises."""
        ...

    def versions(self) -> Iterator[tuple[int, str]]:
        """``(listing_id, version)`` of every document, for the indexer's comparison with the store."""
        ...

    def count(self) -> int:
        """Number of indexed documents."""
        ...

    def begin_rebuild(self) -> None:
        """Start a full rebuild: documents written until ``finish_rebuild`` go to a fresh index that replaces the
        current one only when finished (searches keep using the old one meanwhile)."""
        ...

    def finish_rebuild(self) -> None:
        """Swap the rebuilt index in."""
        ...

    def abort_rebuild(self) -> None:
        """Drop a rebuild in progress; the live index stays as it was."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...


def normalise(vectors: np.ndarray | Sequence[Sequence[float]]) -> np.ndarray:
    """Rows as float32 with unit length (zero rows stay zero)."""
    arr = np.asarray(vectors, dtype=np.float32)
    if arr.ndim == 1:
        arr = arr[None, :]
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (arr / norms).astype(np.float32)
