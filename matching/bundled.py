"""Reference data shipped with the package (``matching/data``)."""

from __future__ import annotations

from pathlib import Path

from matching.categories import Category, parse_categories_csv
from matching.registry import StandardsRegistry, parse_standards_csv

DATA_DIR = Path(__file__).with_name("data")
"""Folder of the bundled CSV files."""


def bundled_standards_path() -> Path:
    """Path of the bundled standards registry, ``matching/data/standards.csv``."""
    return DATA_DIR / "standards.csv"


def bundled_categories_path() -> Path:
    """Path of the bundled product categories, ``matching/data/categories.csv``."""
    return DATA_DIR / "categories.csv"


def load_bundled_registry() -> StandardsRegistry:
    """The registry built from the bundled standards file."""
    return StandardsRegistry(parse_standards_csv(bundled_standards_path()), source="matching/data/standards.csv")


def load_bundled_categories() -> tuple[Category, ...]:
    """The product categories of the bundled categories file."""
    return tuple(parse_categories_csv(bundled_categories_path()))
