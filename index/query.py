"""The query syntax an inspector types, parsed into required and excluded terms plus filters (pure).

``儿童 羽绒服`` every word must appear; ``"羽绒服 加厚"`` a phrase; ``-童装`` excludes; ``brand:乐高``,
``maker:"森马服饰"``, ``code:GB/T 14272`` (a standard or licence number), ``platform:jd``, ``category:玩具`` and
``finding:standard_withdrawn`` narrow by field. Anything else, including ``OR``, ``*``, brackets and unknown
``name:`` prefixes, is plain text: user input never becomes engine syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from index.base import Filters
from index.legal_forms import LEGAL_FORMS
from index.tokenize import CODE_RE, QueryTerm, fold, terms_of

Column = Literal["any", "brand", "maker", "code"]
"""Where a term must match: any text field, or one field."""

_TEXT_FIELDS: dict[str, Column] = {"brand": "brand", "maker": "maker", "code": "code"}
_FILTER_FIELDS = ("platform", "category", "finding")
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "”": "”"}
_LEGAL_FORM_RE = re.compile("(?<=[\u4e00-\u9fff]{2})(?:" + "|".join(LEGAL_FORMS) + ")(?=[\\s\"”」』]|$)")
# -?field:"quoted" | -?field:bare | -?"quoted" | -?bare ; a field name only counts when it is a known one.
_TOKEN_RE = re.compile(
    r"""(?P<neg>-)?(?:(?P<field>[A-Za-z]+)[:：])?(?:(?P<q>["“「『”])(?P<quoted>[^"”」』]*)["”」』]?|(?P<bare>\S+))"""
)


@dataclass(frozen=True, kw_only=True)
class Clause:
    """One term with where it must (or must not) match."""

    term: QueryTerm
    """The folded term."""
    column: Column = "any"
    """The field it is restricted to."""


@dataclass(frozen=True, kw_only=True)
class ParsedQuery:
    """A parsed user query."""

    must: tuple[Clause, ...] = ()
    """Every one of these must match."""
    must_not: tuple[Clause, ...] = ()
    """None of these may match."""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """``platform`` / ``category`` / ``finding`` values named in the query (each field: any of its values)."""

    @property
    def has_text(self) -> bool:
        """Whether any term must match (a query of only exclusions or filters browses instead)."""
        return bool(self.must)

    def highlight_terms(self) -> list[QueryTerm]:
        """Terms worth marking in a snippet."""
        return [c.term for c in self.must]


def parse_query(text: str) -> ParsedQuery:
    """Parse what the inspector typed; never raises."""
    must: list[Clause] = []
    must_not: list[Clause] = []
    filters: dict[str, list[str]] = {}
    # A code keeps together whatever spaces the inspector typed inside it (GB/T 14272 is one term, not two).
    text = CODE_RE.sub(lambda c: c.group(0).replace(" ", ""), fold(text[:1000]))
    text = _LEGAL_FORM_RE.sub("", text)  # 森马服饰股份有限公司 -> 森马服饰 (see index.legal_forms)
    for m in _TOKEN_RE.finditer(text):
        name = (m.group("field") or "").lower()
        quoted = m.group("q") is not None
        value = m.group("quoted") if quoted else m.group("bare")
        negate = m.group("neg") is not None
        if name and name not in _TEXT_FIELDS and name not in _FILTER_FIELDS:
            value = f"{m.group('field')} {value}"  # an unknown field name is just a word of the query
            name = ""
        if name in _FILTER_FIELDS:
            if value.strip() and not negate:
                filters.setdefault(name, []).append(value.strip())
            continue
        column: Column = _TEXT_FIELDS.get(name, "any")
        target = must_not if negate else must
        for term in terms_of(value or "", phrase=quoted):
            target.append(Clause(term=term, column=column))
    return ParsedQuery(must=tuple(must), must_not=tuple(must_not),
                       filters={k: tuple(dict.fromkeys(v)) for k, v in filters.items()})


def merge_query_filters(filters: Filters, parsed: ParsedQuery) -> Filters:
    """``filters`` narrowed by ``platform:``, ``category:`` and ``finding:`` in the query text."""
    named = parsed.filters
    changes: dict[str, Any] = {}
    for key, attr in (("platform", "platforms"), ("category", "categories"), ("finding", "finding_codes")):
        if key in named:
            current: tuple[str, ...] = getattr(filters, attr)
            # Both given: only values in both (an empty intersection matches nothing, as it should).
            changes[attr] = (tuple(v for v in named[key] if v in current) or ("\x00",)) if current else named[key]
    return replace(filters, **changes) if changes else filters
