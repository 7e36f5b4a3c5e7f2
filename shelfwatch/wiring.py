"""Components built in one place from settings: the store and the search index."""

from __future__ import annotations

from pathlib import Path

from index import SearchIndex, open_index
from shelfwatch.settings import SettingError, Settings
from shelfwatch.store import Store


def open_store(settings: Settings) -> Store:
    return Store(settings.db)


def open_search(settings: Settings, store: Store) -> SearchIndex:
    """The configured search backend; the embedded one lives in the store's SQLite file (or beside it)."""
    if settings.index_backend == "elasticsearch":
        if not settings.es_url:
            raise SettingError("SHELFWATCH_INDEX_BACKEND=elasticsearch needs SHELFWATCH_ES_URL")
        return open_index("elasticsearch", url=settings.es_url)
    path = store.sqlite_path
    if path is None:  # a server database: keep the embedded index in a local file next to the working dir
        path = str(Path("shelfwatch-index.db").resolve())
    return open_index("sqlite", path=path)
