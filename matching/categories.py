"""Product categories (``matching/data/categories.csv``) and the keyword rule that places a listing in one.

The category decides which standards fit a product and which are mandatory for it (later rules:
``standard_inapplicable``, ``mandatory_standard_missing``); embeddings can later break the ties that keywords leave.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from matching.csvfile import CsvFileError, Dialect, Row, read_rows

# Where a keyword is found says how much it tells: the title names the product, a breadcrumb or 类目 states the
# category, a parameter value or the description may mention other things (accessories, "适合儿童"...).
FIELD_WEIGHTS: Mapping[str, float] = {"title": 3.0, "category": 2.0, "params": 1.0}


class CategoryFileError(CsvFileError):
    """A categories file that cannot be imported (message: file, line, column, value)."""


@dataclass(frozen=True, kw_only=True)
class Category:
    """One product category with what it requires."""

    key: str
    """Stable key used by the registry's ``categories`` column (``down_garments``)."""
    name_zh: str
    """Chinese name shown to inspectors (羽绒服装)."""
    keywords: tuple[str, ...]
    """Words whose presence in a listing points at this category (its Chinese name included), case-folded."""
    mandatory_standards: tuple[str, ...]
    """Standard numbers (without year) every listing of the category should claim."""
    certificates_required: tuple[str, ...]
    """Certificate types (``ccc``, ``sc``...) a listing of the category should show."""
    source: str
    """Where the row's facts come from."""


_COLUMNS = ("category", "name_zh", "keywords", "mandatory_standards", "certificates_required", "source")
_DIALECT = Dialect(headers={c: c for c in _COLUMNS}, required=frozenset({"category", "keywords"}), strict=True)


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.replace("；", ";").split(";") if part.strip())


def _category(row: Row) -> Category:
    # The category's own name counts as a keyword: breadcrumbs and 类目 fields often use it as is (儿童服装).
    keywords = tuple(dict.fromkeys(_fold(k) for k in (*_split(row.required("keywords")), row.text("name_zh")) if k))
    return Category(
        key=row.required("category"),
        name_zh=row.text("name_zh"),
        keywords=keywords,
        mandatory_standards=_split(row.text("mandatory_standards")),
        certificates_required=_split(row.text("certificates_required")),
        source=row.text("source") or f"{row.file} line {row.line}",
    )


def parse_categories_csv(source: str | Path) -> list[Category]:
    """Every category of a categories CSV, or ``CategoryFileError`` naming the first bad line and column."""
    rows = [_category(row) for row in read_rows(source, dialects=(_DIALECT,), error=CategoryFileError)]
    keys = [c.key for c in rows]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            raise CategoryFileError(str(source), i + 2, "appears twice", column="category", value=key)
    return rows


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def classify(
    categories: tuple[Category, ...] | list[Category], *, title: str, category: str = "", params: str = ""
) -> str | None:
    """The key of the category whose keywords weigh most in the listing's text; None when none, or on a tie."""
    texts = {"title": _fold(title), "category": _fold(category), "params": _fold(params)}
    scores: dict[str, float] = {}
    for cat in categories:
        score = sum(FIELD_WEIGHTS[field] for field, text in texts.items() for kw in cat.keywords if kw in text)
        if score:
            scores[cat.key] = score
    if not scores:
        return None
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # a tie is a question for an inspector (or, later, for embeddings), not a guess
    return max(scores, key=lambda k: scores[k])
