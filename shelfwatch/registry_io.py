"""Importing registry and blacklist files into the store: parse all, then write all, so a broken file changes nothing.

Every import states what it covers (``matching.coverage``) and ends by re-judging the stored listings, so a
standard withdrawn today, or a company listed today, flags listings crawled yesterday.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from matching import Coverage, StandardKind, StandardRecord, StandardStatus, parse_blacklist_csv, parse_standards_csv
from matching.announcement import merge_announced, parse_standards_announcement
from matching.bundled import bundled_coverage, bundled_standards_path
from matching.coverage import listed_numbers
from matching.declarations import parse_declarations_csv
from matching.recall_notice import parse_recall_notice
from matching.rulebook import parse_rulebook_csv
from matching.safety_gate import parse_safety_gate
from shelfwatch.pipeline import RejudgeResult, rejudge
from shelfwatch.store import Store, as_date


@dataclass(frozen=True, kw_only=True)
class ImportResult:
    """What one import wrote, and what re-judging the stored listings then changed."""

    rows: int
    """Rows imported."""
    coverage: Coverage | None = None
    """The coverage recorded for a registry import (None for a blacklist)."""
    rejudged: RejudgeResult | None = None
    """The re-judgment that ended the import (None when asked not to)."""
    skipped: tuple[tuple[int, str], ...] = ()
    """(line, reason) of well-formed rows that could not be used (a Safety Gate alert without brand or model)."""


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


def _stored_standards(store: Store) -> list[StandardRecord]:
    return [
        StandardRecord(
            code=r["code"], title=r["title"], kind=StandardKind(r["kind"]), status=StandardStatus(r["status"]),
            published=as_date(r["published"]), effective=as_date(r["effective"]), withdrawn=as_date(r["withdrawn"]),
            replaced_by=r["replaced_by"], transition_until=as_date(r["transition_until"]),
            categories=tuple(c for c in r["categories"].split(";") if c), source=r["source"],
            imported_as=r["imported_as"], replaces=r["replaces"],
        )
        for r in store.standard_rows()
    ]


def import_announcement(
    store: Store,
    path: Path,
    *,
    announced: date,
    announcement: str = "",
    withdrawn_on: date | None = None,
    as_of: date | None = None,
    rejudge_listings: bool = True,
) -> ImportResult:
    """Import a standards announcement table (``matching.announcement``), merged over the rows the registry holds,
    then re-judge stored listings on ``as_of`` (default today). An announcement covers no family: absence from it
    proves nothing, so it is recorded with empty coverage (its rows confirm, date and withdraw claims)."""
    label = announcement or path.name
    announced_rows = parse_standards_announcement(path, announced=announced, announcement=label,
                                                  withdrawn_on=withdrawn_on)  # RegistryFileError: nothing written
    records = [replace(r, imported_as=label) for r in merge_announced(_stored_standards(store), announced_rows)]
    n = store.import_registry(
        records,
        {"version": label, "families": (), "as_of": announced, "source": label,
         "numbers": dict(listed_numbers(r.code for r in records))},
    )
    result = rejudge(store, as_of or date.today()) if rejudge_listings else None
    return ImportResult(rows=n, coverage=Coverage(families=(), as_of=announced, version=label, source=label),
                        rejudged=result)


def import_safety_gate(
    store: Store, path: Path, *, announced: date | None = None, announcement: str = "", as_of: date | None = None,
    rejudge_listings: bool = True,
) -> ImportResult:
    """Import an EU Safety Gate export (``matching.safety_gate``) as recalls matched by brand and model (an alert
    imported again replaces its earlier row), then re-judge stored listings on ``as_of`` (default today)."""
    parsed = parse_safety_gate(path, announced=announced, announcement=announcement or path.name)
    n = store.add_blacklist(parsed.entries)
    result = rejudge(store, as_of or date.today()) if rejudge_listings else None
    return ImportResult(rows=n, rejudged=result, skipped=tuple(parsed.skipped))


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
