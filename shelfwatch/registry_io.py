"""Importing registry and blacklist files into the store: parse all, then write all, so a broken file changes nothing.

Every import states what it covers (``matching.coverage``) and ends by re-judging the stored listings, so a
standard withdrawn today, or a company listed today, flags listings crawled yesterday.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from matching import Coverage, parse_blacklist_csv, parse_standards_csv
from matching.bundled import bundled_coverage, bundled_standards_path
from matching.coverage import listed_numbers
from matching.declarations import parse_declarations_csv
from matching.recall_notice import parse_recall_notice
from matching.rulebook import parse_rulebook_csv
from shelfwatch.pipeline import RejudgeResult, rejudge
from shelfwatch.store import Store


@dataclass(frozen=True, kw_only=True)
class ImportResult:
    """What one import wrote, and what re-judging the stored listings then changed."""

    rows: int
    """Rows imported."""
    coverage: Coverage | None = None
    """The coverage recorded for a registry import (None for a blacklist)."""
    rejudged: RejudgeResult | None = None
    """The re-judgment that ended the import (None when asked not to)."""


def import_standards(
    store: Store,
    path: Path,
    *,
    coverage: Coverage | None = None,
    as_of: date | None = None,
    rejudge_listings: bool = True,
) -> ImportResult:
    """Import a standards file with the coverage it is stated to have, then re-judge stored listings on ``as_of``
    (default today).

    ``coverage`` gives families, as-of date, label and source; its ``numbers`` are filled from the file. Without
    one, the bundled file gets its stated coverage (``matching/data/registries.csv``) and any other file covers
    nothing: its rows confirm and date claims, but absence from it is never a finding.
    """
    records = parse_standards_csv(path)  # raises RegistryFileError naming line and column; nothing written
    if coverage is None:
        if path.resolve() == bundled_standards_path().resolve():
            coverage = bundled_coverage(records)
        else:
            coverage = Coverage(families=(), version=path.name, source=path.name)
    coverage = replace(
        coverage,
        version=coverage.version or path.name,
        source=coverage.source or path.name,
        numbers=listed_numbers(r.code for r in records),
    )
    records = [replace(r, imported_as=coverage.version) for r in records]
    n = store.import_registry(
        records,
        {"version": coverage.version, "families": coverage.families, "as_of": coverage.as_of,
         "source": coverage.source, "numbers": dict(coverage.numbers)},
    )
    result = rejudge(store, as_of or date.today()) if rejudge_listings else None
    return ImportResult(rows=n, coverage=coverage, rejudged=result)


def import_blacklist(
    store: Store,
    path: Path,
    *,
    as_of: date | None = None,
    rejudge_listings: bool = True,
    announced: date | None = None,
    announcement: str = "",
    recall_notice: bool = False,
) -> ImportResult:
    """Import a blacklist file (CSV/XLSX, or a spot-check failure table by its Chinese headers, or with
    ``recall_notice`` the text of one recall notice), then re-judge stored listings on ``as_of`` (default today)."""
    if recall_notice:
        text = path.read_text(encoding="utf-8-sig")
        entries = [parse_recall_notice(text, source=announcement or path.name, listed_on=announced)]
    else:  # raises BlacklistFileError naming line and column; nothing written
        entries = parse_blacklist_csv(path, announced=announced, announcement=announcement)
    n = store.add_blacklist(entries)
    result = rejudge(store, as_of or date.today()) if rejudge_listings else None
    return ImportResult(rows=n, rejudged=result)


def import_declarations(
    store: Store, path: Path, *, as_of: date | None = None, rejudge_listings: bool = True
) -> ImportResult:
    """Import enterprise-standard self-declarations, then re-judge stored listings on ``as_of`` (default today)."""
    declarations = parse_declarations_csv(path)  # raises DeclarationFileError naming line and column
    n = store.add_declarations(declarations)
    result = rejudge(store, as_of or date.today()) if rejudge_listings else None
    return ImportResult(rows=n, rejudged=result)


def import_rulebook(
    store: Store, path: Path, *, as_of: date | None = None, rejudge_listings: bool = True
) -> ImportResult:
    """Replace the rulebook with a rulebook file, then re-judge stored listings on ``as_of`` (default today)."""
    requirements = parse_rulebook_csv(path)  # raises RulebookFileError naming line and column; nothing written
    n = store.replace_rulebook(requirements)
    result = rejudge(store, as_of or date.today()) if rejudge_listings else None
    return ImportResult(rows=n, rejudged=result)


def ensure_bundled_registry(store: Store) -> int:
    """A store with no standards gets the bundled registry, so a first crawl can judge claims at all."""
    if store.counts()["standards"]:
        return 0
    return import_standards(store, bundled_standards_path(), rejudge_listings=False).rows
