"""Full-text search over indexed listings, with pluggable backends chosen by name."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from index.base import IndexedListing, SearchHit, SearchIndex

BACKENDS: dict[str, str] = {
    "sqlite": "index.sqlite_fts:SqliteIndex",
    "elasticsearch": "index.elastic:ElasticIndex",
}
"""Backend name -> ``module:Class``; imported on use, so the sqlite default never loads the ES client."""


def open_index(backend: str, **options: Any) -> SearchIndex:
    """Open the named backend with its options (``path=`` for sqlite; ``url=``, ``index=`` for elasticsearch)."""
    try:
        target = BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown search backend {backend!r}; valid: {', '.join(sorted(BACKENDS))}") from None
    module, _, name = target.partition(":")
    factory = getattr(import_module(module), name)
    index: SearchIndex = factory(**options)
    return index


__all__ = ["BACKENDS", "IndexedListing", "SearchHit", "SearchIndex", "open_index"]
