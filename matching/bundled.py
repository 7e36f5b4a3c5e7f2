"""Reference data shipped with the package (``matching/data``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from matching.categories import Category, parse_categories_csv
from matching.coverage import Coverage, listed_numbers, parse_coverage_csv
from matching.registry import StandardRecord, StandardsRegistry, parse_standards_csv
from matching.rulebook import Rulebook, parse_rulebook_csv

DATA_DIR = Path(__file__).with_name("data")
"""Folder of the bundled CSV files."""


def bundled_standards_path() -> Path:
    """Path of the bundled standards registry, ``matching/data/standards.csv``."""
    return DATA_DIR / "standards.csv"


def bundled_categories_path() -> Path:
    """Path of the bundled product categories, ``matching/data/categories.csv``."""
    return DATA_DIR / "categories.csv"


def bundled_rulebook_path() -> Path:
    """Path of the bundled rulebook, ``matching/data/rulebook.csv``."""
    return DATA_DIR / "rulebook.csv"


def load_bundled_rulebook() -> Rulebook:
    """The rulebook of the bundled file."""
    return Rulebook(parse_rulebook_csv(bundled_rulebook_path()))


def bundled_coverage_path() -> Path:
    """Path of the coverage statements of the bundled registry files, ``matching/data/registries.csv``."""
    return DATA_DIR / "registries.csv"


def bundled_coverage(records: list[StandardRecord]) -> Coverage:
    """What the bundled standards file covers (``matching/data/registries.csv``), its numbers filled in."""
    stated = parse_coverage_csv(bundled_coverage_path())[bundled_standards_path().name]
    return replace(stated, numbers=listed_numbers(r.code for r in records))


def load_bundled_registry() -> StandardsRegistry:
    """The registry built from the bundled standards file, with its stated coverage."""
    records = parse_standards_csv(bundled_standards_path())
    coverage = bundled_coverage(records)
    records = [replace(r, imported_as=coverage.version) for r in records]
    return StandardsRegistry(records, source="matching/data/standards.csv", coverage=(coverage,))


def load_bundled_categories() -> tuple[Category, ...]:
    """The product categories of the bundled categories file."""
    return tuple(parse_categories_csv(bundled_categories_path()))
