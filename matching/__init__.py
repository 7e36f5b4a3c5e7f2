"""Matching: judge a listing's claims against reference data (standards registry, blacklists).

Public surface: parse the data files (``parse_standards_csv``, ``parse_blacklist_csv``), build the lookups
(``StandardsRegistry``, ``Blacklist``), then ``match_listing(listing, claims, MatchContext(...))`` and
``risk_score(findings)``.
"""

from __future__ import annotations

from matching.blacklist import (
    Blacklist,
    BlacklistEntry,
    BlacklistFileError,
    ListKind,
    entity_name_keys,
    normalize_entity_name,
    parse_blacklist_csv,
)
from matching.bundled import (
    bundled_categories_path,
    bundled_standards_path,
    load_bundled_categories,
    load_bundled_registry,
)
from matching.categories import Category, CategoryFileError, classify, parse_categories_csv
from matching.codes import normalize_code
from matching.context import MatchContext
from matching.coverage import Coverage, CoverageError, parse_families
from matching.csvfile import CsvFileError
from matching.engine import RULES, SEVERITY_WEIGHTS, Rule, match_listing, risk_score
from matching.registry import (
    RegistryFileError,
    StandardKind,
    StandardRecord,
    StandardsRegistry,
    StandardStatus,
    parse_standards_csv,
)
from matching.rules import (
    blacklisted_entity,
    certificate_invalid,
    standard_unknown,
    standard_withdrawn,
    unverified_standards,
)

__all__ = [
    "Category",
    "CategoryFileError",
    "classify",
    "load_bundled_categories",
    "parse_categories_csv",
    "RULES",
    "SEVERITY_WEIGHTS",
    "Blacklist",
    "BlacklistEntry",
    "BlacklistFileError",
    "Coverage",
    "CoverageError",
    "CsvFileError",
    "ListKind",
    "MatchContext",
    "RegistryFileError",
    "Rule",
    "StandardKind",
    "StandardRecord",
    "StandardStatus",
    "StandardsRegistry",
    "blacklisted_entity",
    "bundled_categories_path",
    "bundled_standards_path",
    "certificate_invalid",
    "load_bundled_registry",
    "match_listing",
    "normalize_code",
    "entity_name_keys",
    "normalize_entity_name",
    "parse_blacklist_csv",
    "parse_families",
    "parse_standards_csv",
    "risk_score",
    "standard_unknown",
    "standard_withdrawn",
    "unverified_standards",
]
