"""The rulebook: what a product of each category must be made to and must show (``matching/data/rulebook.csv``).

Kept as data, importable with ``shelfwatch rulebook import FILE.csv``. Columns:
``category,requirement,value,applies_when,source``:

- ``requirement`` ``mandatory_standard``: ``value`` is a standard number without year (``GB 18401``); a listing of
  the category should claim some edition of it (``mandatory_standard_missing`` otherwise).
- ``requirement`` ``certificate``: ``value`` is a certificate type (``ccc``, ``sc``, ``cosmetics``...); a listing of
  the category should show such a number (``certificate_missing`` otherwise).
- ``applies_when`` (optional, ``;``-separated, all must hold): ``from=YYYY-MM-DD`` / ``until=YYYY-MM-DD`` (the
  judging date), ``text~A|B`` or ``text~A;B`` (the title or parameters name one of the words).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from matching.codes import parse_code
from matching.csvfile import CsvFileError, Dialect, Row, parse_date, read_rows
from shelfwatch.models import CertType


class RulebookFileError(CsvFileError):
    """A rulebook that cannot be imported (message: file, line, column, value)."""


class RequirementKind(StrEnum):
    """What a requirement asks of a listing."""

    MANDATORY_STANDARD = "mandatory_standard"
    CERTIFICATE = "certificate"


@dataclass(frozen=True, kw_only=True)
class Requirement:
    """One requirement of one category."""

    category: str
    """Category key (``matching/data/categories.csv``)."""
    kind: RequirementKind
    """Standard or certificate."""
    value: str
    """Standard number without year (``GB 18401``) or certificate type (``ccc``)."""
    since: date | None = None
    """First day it applies (``from=``)."""
    until: date | None = None
    """Last day it applies (``until=``)."""
    words: tuple[str, ...] = ()
    """It applies only to listings whose title or parameters name one of these (``text~``), case-folded."""
    source: str = ""
    """Where the requirement comes from."""
    applies_when: str = ""
    """The condition as written (kept to store and show it)."""

    def applies(self, text: str, as_of: date) -> bool:
        """Whether it applies on ``as_of`` to a listing whose folded title and parameters are ``text``."""
        if self.since is not None and as_of < self.since:
            return False
        if self.until is not None and as_of > self.until:
            return False
        return not self.words or any(w in text for w in self.words)


_DIALECT = Dialect(
    headers={c: c for c in ("category", "requirement", "value", "applies_when", "source")},
    required=frozenset({"category", "requirement", "value"}),
    strict=True,
)
_KINDS = {k.value: k for k in RequirementKind}
_CERTS = {c.value for c in CertType}


def fold(text: str) -> str:
    """NFKC and case-fold: how requirement words and listing text are compared."""
    return unicodedata.normalize("NFKC", text).casefold()


def _requirement(row: Row) -> Requirement:
    kind = row.choice("requirement", _KINDS)
    value = row.required("value")
    if kind is RequirementKind.MANDATORY_STANDARD:
        parts = parse_code(value, lenient=False)
        if parts is None or parts.year is not None:
            raise row.fail("value", "is not a standard number without year (e.g. GB 18401)", value=value)
        value = parts.number_code
    elif value.lower() not in _CERTS:
        raise row.fail("value", f"is not a certificate type ({', '.join(sorted(_CERTS))})", value=value)
    since = until = None
    words: tuple[str, ...] = ()
    for cond in (c.strip() for c in re.split(r";(?=\s*(?:from|until|text)\b)", row.text("applies_when"))):
        if not cond:
            continue
        key, sep, arg = cond.partition("=") if "=" in cond and not cond.startswith("text") else cond.partition("~")
        key = key.strip()
        if key in ("from", "until") and sep == "=":
            day = parse_date(arg)
            if day is None:
                raise row.fail("applies_when", f"{key}= needs a date (YYYY-MM-DD)", value=cond)
            since, until = (day, until) if key == "from" else (since, day)
        elif key == "text" and sep == "~" and arg.strip():
            words = tuple(fold(w.strip()) for w in re.split(r"[|;；]", arg) if w.strip())
        else:
            raise row.fail("applies_when", "is not from=DATE, until=DATE or text~WORD|WORD", value=cond)
    return Requirement(
        category=row.required("category"), kind=kind, value=value.lower() if kind is RequirementKind.CERTIFICATE
        else value, since=since, until=until, words=words, source=row.text("source") or f"{row.file} line {row.line}",
        applies_when=row.text("applies_when"),
    )


def requirement_from_fields(fields: dict[str, str], *, where: str = "store", line: int = 0) -> Requirement:
    """A requirement from stored column values (the store keeps the rulebook's cells as written)."""
    values = {k: str(v).strip() for k, v in fields.items() if k in _DIALECT.headers and v is not None}
    return _requirement(Row(file=where, line=line, values=values, error=RulebookFileError))


def parse_rulebook_csv(source: str | Path) -> list[Requirement]:
    """Every requirement of a rulebook CSV, or ``RulebookFileError`` naming the first bad line and column."""
    return [_requirement(row) for row in read_rows(source, dialects=(_DIALECT,), error=RulebookFileError)]


class Rulebook:
    """Requirements by category."""

    def __init__(self, requirements: Iterable[Requirement]) -> None:
        self._by_category: dict[str, list[Requirement]] = {}
        for req in requirements:
            self._by_category.setdefault(req.category, []).append(req)

    def for_category(self, category: str, kind: RequirementKind) -> list[Requirement]:
        """The category's requirements of one kind, in file order."""
        return [r for r in self._by_category.get(category, []) if r.kind is kind]

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_category.values())
