"""Product categories (``matching/data/categories.csv``) and the keyword rule that places a listing in one.

The category decides which standards fit a product and which are mandatory for it (``matching/rulebook.py``:
``standard_inapplicable``, ``mandatory_standard_missing``, ``certificate_missing``). A placement carries a
confidence, and the rules that depend on the category judge nothing where it is low ("cannot verify").
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
    source: str
    """Where the row's facts come from."""
    ccc_codes: tuple[str, ...] = ()
    """Product codes of the CCC catalogue (强制性产品认证目录, 2023) that fall in this category (``0707``)."""


@dataclass(frozen=True, kw_only=True)
class Placement:
    """The category a listing was placed in, and how sure the keywords are."""

    key: str | None
    """Category key; None when no keyword matched or two categories tie."""
    confidence: float
    """0 to 1: the winner's margin over the runner-up times the strength of its evidence (a title keyword is
    full strength, a parameter keyword a third of it)."""
    signals: tuple[str, ...] = ()
    """The winner's keywords that matched, with the field they were found in (``title:羽绒服``)."""


LOW_CONFIDENCE = 0.5
"""Below this a placement is marked uncertain and category-dependent rules raise nothing."""

_COLUMNS = ("category", "name_zh", "keywords", "ccc_codes", "source")
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
        ccc_codes=_split(row.text("ccc_codes")),
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


def place(
    categories: tuple[Category, ...] | list[Category], *, title: str, category: str = "", params: str = ""
) -> Placement:
    """The category whose keywords weigh most in the listing's text, with a confidence (see ``Placement``)."""
    texts = {"title": _fold(title), "category": _fold(category), "params": _fold(params)}
    scores: dict[str, float] = {}
    signals: dict[str, list[str]] = {}
    for cat in categories:
        for field, text in texts.items():
            for kw in cat.keywords:
                if kw in text:
                    scores[cat.key] = scores.get(cat.key, 0.0) + FIELD_WEIGHTS[field]
                    signals.setdefault(cat.key, []).append(f"{field}:{kw}")
    if not scores:
        return Placement(key=None, confidence=0.0)
    ranked = sorted(scores.values(), reverse=True)
    best = max(scores, key=lambda k: scores[k])
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return Placement(key=None, confidence=0.0)  # a tie is a question for an inspector, not a guess
    margin = 1.0 - (ranked[1] / ranked[0] if len(ranked) > 1 else 0.0)
    strength = min(1.0, ranked[0] / FIELD_WEIGHTS["title"])
    return Placement(key=best, confidence=round(margin * strength, 2), signals=tuple(signals[best]))


def classify(
    categories: tuple[Category, ...] | list[Category], *, title: str, category: str = "", params: str = ""
) -> str | None:
    """The key of :func:`place` (None when no keyword matched, or on a tie)."""
    return place(categories, title=title, category=category, params=params).key
