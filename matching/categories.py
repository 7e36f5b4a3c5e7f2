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
from matching.embeddings import Embedder

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
    """The winner's keywords that matched, with the field they were found in (``title:羽绒服``); for a placement
    the embedding made, ``embedding:KEY SCORE（次选 KEY）``."""
    tied: tuple[str, ...] = ()
    """Keys of the categories that tied on keywords (then ``key`` is None unless an embedding broke the tie)."""


LOW_CONFIDENCE = 0.5
"""Below this a placement is marked uncertain and category-dependent rules raise nothing."""
EMBEDDING_ONLY_MAX = 0.45
"""Highest confidence of a placement the embedding alone made (no keyword, or a tie): always below
``LOW_CONFIDENCE``, so it is shown as an uncertain category and no rule accuses on it. E5 scores sit in a narrow
band, so the confidence grows with the margin of the best category over the runner-up, not with the score."""
MARGIN_SCALE = 10.0
"""Confidence per unit of cosine margin (a margin of 0.03 gives 0.3)."""

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


def describe(cat: Category) -> str:
    """What a category's vector is made from: its Chinese name and keywords (``羽绒服装：羽绒服、羽绒、鸭绒…``)."""
    return f"{cat.name_zh or cat.key}：{'、'.join(cat.keywords)}"


def category_similarities(
    embedder: Embedder, categories: tuple[Category, ...] | list[Category], text: str
) -> dict[str, float]:
    """Cosine of a listing text (as a query) to each category's description (as passages), in one batch."""
    if not categories or not text.strip():
        return {}
    vectors = embedder.embed([describe(c) for c in categories], role="passage")
    query = embedder.embed([text], role="query")[0]
    return {c.key: float(v @ query) for c, v in zip(categories, vectors)}


def place(
    categories: tuple[Category, ...] | list[Category], *, title: str, category: str = "", params: str = "",
    embedder: Embedder | None = None,
) -> Placement:
    """The category whose keywords weigh most in the listing's text, with a confidence (see ``Placement``).

    Where no keyword matched, or two categories tie, an ``embedder`` (batch-capable, best behind
    ``matching.vectors.CachedEmbedder``) places the listing by the similarity of its title (and 类目) to each
    candidate category's description, marked low confidence (at most ``EMBEDDING_ONLY_MAX``)."""
    lexical = _place_lexical(categories, title=title, category=category, params=params)
    if lexical.key is not None or embedder is None:
        return lexical
    pool = [c for c in categories if c.key in lexical.tied] or list(categories)
    sims = category_similarities(embedder, pool, " ".join(p for p in (title, category) if p))
    if not sims:
        return lexical
    ranked = sorted(sims.items(), key=lambda kv: -kv[1])
    margin = ranked[0][1] - (ranked[1][1] if len(ranked) > 1 else 0.0)
    confidence = round(min(EMBEDDING_ONLY_MAX, max(0.0, margin) * MARGIN_SCALE), 2)
    runner_up = ranked[1][0] if len(ranked) > 1 else "-"
    return Placement(key=ranked[0][0], confidence=confidence, tied=lexical.tied,
                     signals=(f"embedding:{ranked[0][0]} {ranked[0][1]:.2f}（次选 {runner_up}）",))


def _place_lexical(
    categories: tuple[Category, ...] | list[Category], *, title: str, category: str = "", params: str = ""
) -> Placement:
    """Keywords only; a tie returns no key, with the tied category keys in ``tied``."""
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
        tied = tuple(k for k, v in scores.items() if v == ranked[0])
        return Placement(key=None, confidence=0.0, tied=tied)  # a tie is a question for an inspector, not a guess
    margin = 1.0 - (ranked[1] / ranked[0] if len(ranked) > 1 else 0.0)
    strength = min(1.0, ranked[0] / FIELD_WEIGHTS["title"])
    return Placement(key=best, confidence=round(margin * strength, 2), signals=tuple(signals[best]))


def classify(
    categories: tuple[Category, ...] | list[Category], *, title: str, category: str = "", params: str = ""
) -> str | None:
    """The key of :func:`place` (None when no keyword matched, or on a tie)."""
    return place(categories, title=title, category=category, params=params).key
