"""Importing registry and blacklist files into the store: parse all, then write all, so a broken file changes nothing."""

from __future__ import annotations

from pathlib import Path

from matching import parse_blacklist_csv, parse_standards_csv
from matching.bundled import bundled_standards_path
from shelfwatch.store import Store


def import_standards(store: Store, path: Path) -> int:
    records = parse_standards_csv(path)  # raises RegistryFileError naming line and column; nothing written
    return store.replace_standards(records)


def import_blacklist(store: Store, path: Path) -> int:
    entries = parse_blacklist_csv(path)  # raises BlacklistFileError naming line and column; nothing written
    return store.add_blacklist(entries)


def ensure_bundled_registry(store: Store) -> int:
    """A store with no standards gets the bundled registry, so a first crawl can judge claims at all."""
    if store.counts()["standards"]:
        return 0
    return import_standards(store, bundled_standards_path())
