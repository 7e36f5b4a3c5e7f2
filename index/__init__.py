"""Search over indexed listings (full text, facets, semantic), with pluggable backends chosen by name."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from index.base import (
    FACETS,
    Filters,
    IndexedListing,
    SearchHit,
    SearchIndex,
    SearchRequest,
    SearchResult,
    Sort,
    normalise,
)
from index.paging import BadCursor

BACKENDS: dict[str, str] = {
    "sqlite": "index.sqlite_fts:SqliteIndex",
    "elasticsearch": "index.elastic:ElasticIndex",
}
"""Backend name -> ``module:Class``; imported on use, so the sqlite default never loads the ES client."""


def open_index(backend: str, **options: Any) -> SearchIndex:
    """Open the named backend with its options (``path=`` for sqlite; ``url=``, ``name=`` for elasticsearch)."""
    try:
        target = BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown search backend {backend!r}; valid: {', '.join(sorted(BACKENDS))}") from None
    module, _, name = target.partition(":")
    factory = getattr(import_module(module), name)
    index: SearchIndex = factory(**options)
    return index


__all__ = ["BACKENDS", "FACETS", "BadCursor", "Filters", "IndexedListing", "SearchHit", "SearchIndex", "SearchRequest",
           "SearchResult", "Sort", "normalise", "open_index"]
