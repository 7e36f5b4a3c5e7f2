"""Watches: named sets of start URLs crawled on a schedule, kept in a TOML file (``SHELFWATCH_WATCHES``).

    [watches.jd-demo]
    start_urls = ["http://127.0.0.1:8800/jd/list?page=1"]
    every_minutes = 360
    db = "shelfwatch.db"          # optional: defaults to SHELFWATCH_DB

A relative ``db`` path is resolved against the watches file's folder, so workers started from any directory
write to the same file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

_KEYS = {"start_urls", "every_minutes", "db"}


class WatchFileError(ValueError):
    """The watches file is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True, kw_only=True)
class Watch:
    """One scheduled crawl."""

    name: str
    """Unique name (the TOML table name), used by tasks and the beat schedule."""
    start_urls: tuple[str, ...]
    """List or item pages the crawl starts from."""
    every_minutes: int
    """How often Celery beat starts the crawl."""
    db: str
    """Store the crawl writes to: an SQLite path or an SQLAlchemy URL."""


def _watch(path: Path, name: str, table: Any, default_db: str) -> Watch:
    where = f"{path}: [watches.{name}]"
    if not isinstance(table, dict):
        raise WatchFileError(f"{where} must be a table")
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise WatchFileError(f"{where}: unknown key(s) {', '.join(unknown)}; valid: {', '.join(sorted(_KEYS))}")
    urls = table.get("start_urls")
    if not isinstance(urls, list) or not urls or not all(isinstance(u, str) for u in urls):
        raise WatchFileError(f"{where} start_urls: must be a non-empty list of URL strings")
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise WatchFileError(f"{where} start_urls: {url!r} is not an http(s) URL")
    every = table.get("every_minutes")
    if isinstance(every, bool) or not isinstance(every, int) or every < 1:
        raise WatchFileError(f"{where} every_minutes: must be a whole number of minutes >= 1, not {every!r}")
    db = table.get("db", default_db)
    if not isinstance(db, str) or not db.strip():
        raise WatchFileError(f"{where} db: must be a non-empty string")
    if "://" not in db:
        db = str((path.parent / Path(db).expanduser()).resolve())
    return Watch(name=name, start_urls=tuple(urls), every_minutes=every, db=db)


def load_watches(path: str | Path, *, default_db: str = "shelfwatch.db") -> list[Watch]:
    """Every watch in the file, in file order; raises WatchFileError naming the file and key at fault."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WatchFileError(f"{path}: watches file not found (set SHELFWATCH_WATCHES)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise WatchFileError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise WatchFileError(f"{path}: invalid TOML: {exc}") from None
    unknown = sorted(set(data) - {"watches"})
    if unknown:
        raise WatchFileError(f"{path}: unknown top-level key(s) {', '.join(unknown)}; put watches under [watches.NAME]")
    tables = data.get("watches", {})
    if not isinstance(tables, dict):
        raise WatchFileError(f"{path}: watches: must be tables [watches.NAME]")
    return [_watch(path, name, table, default_db) for name, table in tables.items()]


def find_watch(path: str | Path, name: str, *, default_db: str = "shelfwatch.db") -> Watch:
    """The named watch, read afresh from the file; LookupError listing the known names if absent."""
    watches = load_watches(path, default_db=default_db)
    for watch in watches:
        if watch.name == name:
            return watch
    known = ", ".join(w.name for w in watches) or "none"
    raise LookupError(f"no watch named {name!r} in {path} (known: {known})")
