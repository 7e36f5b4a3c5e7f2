"""Components built in one place from settings: the store and the search index."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from index import SearchIndex, open_index
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


def _elasticsearch_options(settings: Settings, store: Store) -> dict[str, Any]:
    if not settings.es_url:
        raise SettingError("SHELFWATCH_INDEX_BACKEND=elasticsearch needs SHELFWATCH_ES_URL")
    return {"url": settings.es_url}


INDEX_OPTIONS: dict[str, Callable[[Settings, Store], dict[str, Any]]] = {
    "sqlite": _sqlite_options,
    "elasticsearch": _elasticsearch_options,
}
"""Backend name -> how its options come from settings (the backends themselves: ``index.BACKENDS``)."""


def open_search(settings: Settings, store: Store) -> SearchIndex:
    """The configured search backend."""
    return open_index(settings.index_backend, **INDEX_OPTIONS[settings.index_backend](settings, store))
