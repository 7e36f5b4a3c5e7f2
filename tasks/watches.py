"""Watches: named crawls on a schedule, kept in a TOML file (``SHELFWATCH_WATCHES``); beat re-reads it when it changes.

    [watches.jd-kids]
    platform = "jd"                                # optional: a profile name in crawlers/platforms.toml
    start_urls = ["https://list.jd.com/list.html?cat=1319"]
    categories = ["down_clothing", "toys"]         # optional: what the watch is about (kept with its runs)
    cron = "0 2 * * *"                             # minute hour day-of-month month day-of-week (Asia/Shanghai)
    # every_minutes = 360                          # ...or a plain interval instead of cron
    max_items = 5000                               # optional: stop after this many item pages (0: no cap)
    max_minutes = 240                              # optional: a run still going after this is stopped and failed
    allowed_sites = ["jd.com"]                     # optional: sites the crawl may visit besides the start URLs'
    db = "shelfwatch.db"                           # optional: defaults to SHELFWATCH_DB

A relative ``db`` path is resolved against the watches file's folder, so workers started from any directory
write to the same file.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

_KEYS = {"start_urls", "every_minutes", "cron", "db", "platform", "categories", "max_items", "max_minutes",
         "allowed_sites"}
DEFAULT_MAX_MINUTES = 240
"""A run without ``max_minutes`` is stopped after four hours."""


class WatchFileError(ValueError):
    """The watches file is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True, kw_only=True)
class Watch:
    """One scheduled crawl."""

    name: str
    """Unique name (the TOML table name), used by tasks and the beat schedule."""
    start_urls: tuple[str, ...]
    """List or item pages the crawl starts from."""
    db: str
    """Store the crawl writes to: an SQLite path or a database URL."""
    every_minutes: int | None = None
    """How often Celery beat starts the crawl (this or ``cron``)."""
    cron: str = ""
    """When Celery beat starts the crawl, as five cron fields in the app's time zone (this or ``every_minutes``)."""
    platform: str = ""
    """Profile name from crawlers/platforms.toml the watch is about; empty: whatever its URLs are."""
    categories: tuple[str, ...] = ()
    """Product categories the watch is about (category keys), recorded with its runs."""
    max_items: int = 0
    """Item pages after which a run stops scheduling more; 0: no cap."""
    max_minutes: int = DEFAULT_MAX_MINUTES
    """Minutes after which a run is stopped and recorded as failed."""
    allowed_sites: tuple[str, ...] = ()
    """Sites (host names) the crawl may visit besides the start URLs' own."""


def cron_fields(expr: str) -> dict[str, str]:
    """Five cron fields as Celery's ``crontab`` keywords; ValueError for anything else."""
    parts = expr.split()
    if len(parts) != 5:
        raise ValueError(f"{expr!r} is not five cron fields (minute hour day-of-month month day-of-week)")
    from celery.schedules import crontab

    fields = dict(zip(("minute", "hour", "day_of_month", "month_of_year", "day_of_week"), parts))
    try:
        crontab(**fields)  # Celery parses every field now: a typo is an error at load time, not at 2 a.m.
    except Exception as exc:
        raise ValueError(f"{expr!r}: {exc}") from None
    return fields


def _strings(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WatchFileError(f"{where} {key}: must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _whole(table: dict[str, Any], key: str, where: str, default: int, minimum: int) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise WatchFileError(f"{where} {key}: must be a whole number >= {minimum}, not {value!r}")
    return value


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
    if ("every_minutes" in table) == ("cron" in table):
        raise WatchFileError(f"{where}: give exactly one schedule, cron = \"M H DoM Mon DoW\" or every_minutes = N")
    every = None
    cron = ""
    if "every_minutes" in table:
        every = table["every_minutes"]
        if isinstance(every, bool) or not isinstance(every, int) or every < 1:
            raise WatchFileError(f"{where} every_minutes: must be a whole number of minutes >= 1, not {every!r}")
    else:
        if not isinstance(table["cron"], str):
            raise WatchFileError(f"{where} cron: must be a string of five cron fields")
        try:
            cron_fields(table["cron"])
        except ValueError as exc:
            raise WatchFileError(f"{where} cron: {exc}") from None
        cron = " ".join(table["cron"].split())
    db = table.get("db", default_db)
    if not isinstance(db, str) or not db.strip():
        raise WatchFileError(f"{where} db: must be a non-empty string")
    if "://" not in db:
        db = str((path.parent / Path(db).expanduser()).resolve())
    platform = table.get("platform", "")
    if not isinstance(platform, str):
        raise WatchFileError(f"{where} platform: must be a profile name")
    if platform:
        from crawlers.platforms import load_profiles

        known = [p.name for p in load_profiles()]
        if platform not in known:
            raise WatchFileError(f"{where} platform: {platform!r} is not a profile in crawlers/platforms.toml "
                                 f"(known: {', '.join(known)})")
    return Watch(
        name=name, start_urls=tuple(urls), every_minutes=every, cron=cron, db=db, platform=platform,
        categories=_strings(table, "categories", where),
        max_items=_whole(table, "max_items", where, 0, 0),
        max_minutes=_whole(table, "max_minutes", where, DEFAULT_MAX_MINUTES, 1),
        allowed_sites=tuple(s.lower() for s in _strings(table, "allowed_sites", where)),
    )


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
