"""Components built in one place from settings: the store, the search index and the embedder it is fed with."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from index import SearchIndex, open_index
from shelfwatch.indexing import Embed
from shelfwatch.settings import SettingError, Settings
from shelfwatch.store import Store


class NoDatabase(LookupError):
    """A command that only reads was pointed at an SQLite file that does not exist."""


def open_store(settings: Settings, *, must_exist: bool = False) -> Store:
    """The record store; ``must_exist`` for commands that only read, so a mistyped --db is not a new empty file."""
    if must_exist and "://" not in settings.db and not Path(settings.db).expanduser().exists():
        raise NoDatabase(f"no database at {settings.db}: crawl first (shelfwatch crawl URL --db FILE) or pass --db")
    return Store(settings.db, pool_size=settings.db_pool_size, max_overflow=settings.db_max_overflow)


def _sqlite_options(settings: Settings, store: Store) -> dict[str, Any]:
    # The embedded index shares the store's SQLite file; with a server database it gets a local file of its own.
    return {"path": settings.index_path or store.sqlite_path or str(Path("shelfwatch-index.db").resolve())}


def es_index_name(settings: Settings, store: Store) -> str:
    """The deployment's alias: the configured prefix and a hash of the database URL (two stores never share one)."""
    digest = hashlib.sha256(str(store.url).encode()).hexdigest()[:10]
    return f"{settings.es_index.lower()}-{digest}"


def _elasticsearch_options(settings: Settings, store: Store) -> dict[str, Any]:
    if not settings.es_url:
        raise SettingError("SHELFWATCH_INDEX_BACKEND=elasticsearch needs SHELFWATCH_ES_URL")
    return {"url": settings.es_url, "name": es_index_name(settings, store)}


INDEX_OPTIONS: dict[str, Callable[[Settings, Store], dict[str, Any]]] = {
    "sqlite": _sqlite_options,
    "elasticsearch": _elasticsearch_options,
}
"""Backend name -> how its options come from settings (the backends themselves: ``index.BACKENDS``)."""


def open_search(settings: Settings, store: Store) -> SearchIndex:
    """The configured search backend."""
    return open_index(settings.index_backend, **INDEX_OPTIONS[settings.index_backend](settings, store))


def open_embedder(settings: Settings) -> Embed | None:
    """The embedder that makes the index's vectors (and query vectors), or None when semantic search is off or
    its model cannot be loaded here (then text search works alone, and the reason is printed once)."""
    if not settings.search_semantic:
        return None
    from matching.embeddings import EmbeddingError, load_embedder

    try:
        return Embed(load_embedder(settings.embedding_model))
    except (EmbeddingError, ImportError, OSError) as exc:
        print(f"警告 warning: semantic search off, embedding model {settings.embedding_model!r} unavailable: {exc}",
              file=sys.stderr)
        return None


def open_match_embedder(settings: Settings, store: Store) -> Any:
    """The embedder matching uses (``matching.blacklist.Blacklist(..., embedder=)``), behind the store's vector
    cache so a re-crawl or re-judgment embeds only new texts; None when the model cannot be loaded here (matching
    then stays lexical, and the reason is printed once) or when ``SHELFWATCH_MATCH_EMBEDDINGS`` is off. Call it,
    and embed, outside Scrapy's reactor thread."""
    if not settings.match_embeddings:
        return None
    from matching.embeddings import EmbeddingError, load_embedder
    from matching.vectors import CachedEmbedder
    from shelfwatch.vector_cache import StoreVectorCache

    try:
        return CachedEmbedder(load_embedder(settings.embedding_model), StoreVectorCache(store))
    except (EmbeddingError, ImportError, OSError) as exc:
        print(f"警告 warning: matching stays lexical, embedding model {settings.embedding_model!r} unavailable: {exc}",
              file=sys.stderr)
        return None
