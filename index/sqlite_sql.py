"""SQL pieces of the embedded backend, as pure functions: the FTS5 expression of a parsed query and the WHERE
clause of the filters (user text is always a quoted FTS5 string or a bound parameter, never syntax)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from index.base import Filters
from index.query import Clause, ParsedQuery

# FTS5 columns; the order is the order of the bm25 weights below.
FTS_COLUMNS = ("title", "brand", "maker", "body", "codes", "tail")
# bm25 weights. FTS5 saturates term frequency over the row's length, so a title hit needs a large weight to beat a
# hit in a long description; ``tail`` (one-character matches) only adds recall.
WEIGHTS = (10.0, 6.0, 4.0, 1.0, 3.0, 0.5)
COLUMN_SETS: dict[str, tuple[str, ...]] = {
    "any": ("title", "brand", "maker", "body", "codes"),
    "brand": ("brand",),
    "maker": ("maker",),
    "code": ("codes", "body", "title"),
}
"""The FTS columns a term of each kind matches in."""


def quote(text: str) -> str:
    """An FTS5 string literal: user text becomes a phrase, never syntax."""
    return '"' + text.replace('"', '""') + '"'


def clause_expression(clause: Clause) -> str:
    """One term as an FTS5 expression restricted to its columns."""
    columns = "{" + " ".join(COLUMN_SETS[clause.column]) + "}"
    term = clause.term
    if term.prefix:  # one Chinese character: the start of some bigram, or the last character of a run
        expr = f"{columns} : {quote(term.tokens[0])}*"
        return f"({expr} OR tail : {quote(term.tokens[0])})" if clause.column == "any" else expr
    return f"{columns} : {quote(' '.join(term.tokens))}"


def fts_expression(parsed: ParsedQuery) -> str:
    """The MATCH expression: every required term, none of the excluded ones (empty when nothing is required)."""
    if not parsed.must:
        return ""
    expr = " AND ".join(clause_expression(c) for c in parsed.must)
    if parsed.must_not:
        expr = f"({expr}) NOT ({' OR '.join(clause_expression(c) for c in parsed.must_not)})"
    return expr


def exclusion_expression(parsed: ParsedQuery) -> str:
    """The excluded terms alone (for a query of only exclusions, which browses the rest)."""
    return " OR ".join(clause_expression(c) for c in parsed.must_not)


def day_start(value: Any) -> float:
    return datetime.combine(value, time.min, tzinfo=UTC).timestamp()


def filter_sql(filters: Filters, bits: dict[tuple[str, str], int], alias: str = "d") -> tuple[str, list[Any]]:
    """``(sql, params)`` of the filters over the docs table (``1`` when there are none).

    ``bits`` maps (facet, value) of the multi-valued facets to their bit in the facet's mask column; a value never
    seen has no bit, so nothing matches it.
    """
    parts: list[str] = []
    params: list[Any] = []

    def any_of(column: str, values: tuple[str, ...]) -> None:
        if values:
            parts.append(f"{alias}.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)

    def any_bit(facet: str, column: str, values: tuple[str, ...]) -> None:
        if values:
            mask = sum(1 << bits[(facet, v)] for v in values if (facet, v) in bits)
            parts.append(f"({alias}.{column} & ?) != 0")
            params.append(mask)

    any_of("platform", filters.platforms)
    any_of("category_key", filters.categories)
    any_bit("finding_code", "codes_mask", filters.finding_codes)
    any_bit("severity", "severity_mask", filters.severities)
    any_bit("review", "review_mask", filters.reviews)
    if filters.price_min is not None:
        parts.append(f"{alias}.price >= ?")
        params.append(filters.price_min)
    if filters.price_max is not None:
        parts.append(f"{alias}.price <= ?")
        params.append(filters.price_max)
    if filters.crawled_from is not None:
        parts.append(f"{alias}.crawled_ts >= ?")
        params.append(day_start(filters.crawled_from))
    if filters.crawled_to is not None:
        parts.append(f"{alias}.crawled_ts < ?")
        params.append(day_start(filters.crawled_to) + 86400)
    if filters.gone is not None:
        parts.append(f"{alias}.gone = ?")
        params.append(int(filters.gone))
    if filters.flagged is not None:
        parts.append(f"{alias}.codes_mask {'!=' if filters.flagged else '='} 0")
    return (" AND ".join(parts) or "1"), params
