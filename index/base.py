"""What every search backend stores, returns and implements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from shelfwatch.models import Finding, Listing


@dataclass(frozen=True, kw_only=True)
class IndexedListing:
    """One listing as the search index sees it: searchable text plus the verdict to filter and show."""

    url: str
    """Canonical item URL (the document key: adding the same URL again replaces it)."""
    platform: str
    """Platform name, for filtering (``jd-demo``...)."""
    item_id: str
    """The platform's item id."""
    title: str = ""
    """Product title (weighted highest in ranking)."""
    brand: str = ""
    """Brand (品牌)."""
    maker: str = ""
    """Manufacturer name (生产企业)."""
    category: str = ""
    """Category as the page states it."""
    text: str = ""
    """Parameters (``key：value`` lines) and description, flattened."""
    risk: float = 0.0
    """Risk score of the listing, shown with hits."""
    finding_codes: tuple[str, ...] = ()
    """Finding codes raised for the listing, for filtering."""

    @classmethod
    def from_listing(cls, listing: Listing, findings: Iterable[Finding] = (), risk: float = 0.0) -> IndexedListing:
        """Build the index document of a crawled listing and its findings."""
        params = "\n".join(f"{key}：{value}" for key, value in listing.params.items())
        return cls(
            url=listing.url,
            platform=listing.platform,
            item_id=listing.item_id,
            title=listing.title,
            brand=listing.brand,
            maker=listing.maker,
            category=listing.category,
            text="\n".join(part for part in (params, listing.description) if part),
            risk=risk,
            finding_codes=tuple(dict.fromkeys(str(f.code) for f in findings)),
        )


@dataclass(frozen=True, kw_only=True)
class SearchHit:
    """One search result, best first."""

    url: str
    """Item URL."""
    title: str
    """Product title."""
    platform: str
    """Platform name."""
    score: float
    """Relevance, higher is better; only comparable within one result list."""
    snippet: str
    """A short piece of the listing text around a match, matched terms in [brackets]."""
    risk: float
    """Risk score stored with the listing."""
    finding_codes: tuple[str, ...]
    """Finding codes stored with the listing."""


class SearchIndex(Protocol):
    """A full-text index of listings (SQLite FTS5 embedded, or Elasticsearch)."""

    def add(self, items: Iterable[IndexedListing]) -> int:
        """Insert or replace (by URL) the given listings; return how many were written."""
        ...

    def search(
        self, query: str, *, limit: int = 20, platform: str | None = None, finding_code: str | None = None
    ) -> list[SearchHit]:
        """Listings matching every term of ``query``, best first; user input is never query syntax."""
        ...

    def remove(self, url: str) -> bool:
        """Drop a listing; return whether it was there."""
        ...

    def count(self) -> int:
        """Number of indexed listings."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
