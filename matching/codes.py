"""Standard codes as the matcher needs them: one canonical spelling, split into number and year.

Grammar (shared/domain.md §1): ``PREFIX[/T|/Z] NUMBER[.PART][-YEAR]``, canonical spelling
``GB/T 14272-2011``, the spelling ``extractors.standards`` gives claims. Finding codes in page text is the
extractor's job; the strict grammar here only validates and splits one code (a registry cell, a claim value)
and hands anything messier to the extractor's ``normalize_standard``, so both sides spell codes identically.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extractors.standards import normalize_standard

# Dashes seen between number and year after NFKC (which leaves em/en dashes alone).
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")

_CODE = re.compile(
    r"""^(?P<prefix>
            T/[A-Z][A-Z0-9]*?          # group standard: T/ + society code
          | Q/[A-Z0-9][A-Z0-9.\-]*?    # enterprise standard: Q/ + company code (layout varies)
          | DB\d{2}(?:/[TZ])?          # local standard: DB + province code
          | [A-Z]{2,3}(?:/[TZ])?       # national (GB, GBZ) and industry (QB, FZ, ...) standards
        )
        \ ?(?P<number>[0-9][0-9A-Z.]*?)
        (?:[-\ ](?P<year>\d{4}))?$""",
    re.VERBOSE,
)

# "GBT 14272" is a common slip for GB/T (there is no GBT prefix; GBZ, by contrast, is a real one).
_SLASHLESS = {"GBT": "GB/T"}

@dataclass(frozen=True, kw_only=True)
class CodeParts:
    """A canonical standard code taken apart."""

    prefix: str
    """``GB``, ``GB/T``, ``DB36/T``, ``T/CGCC``, ``Q/ABC``..."""
    number: str
    """Number with part, without year: ``14272``, ``4943.1``."""
    year: int | None
    """Edition year, None when the code gives none."""

    @property
    def base(self) -> str:
        """Prefix without the /T or /Z marker: ``GB`` for ``GB/T``; group and enterprise prefixes unchanged."""
        if self.prefix.startswith(("T/", "Q/")):
            return self.prefix
        return self.prefix.split("/", 1)[0]

    @property
    def number_code(self) -> str:
        """Code without year: ``GB/T 14272``."""
        return f"{self.prefix} {self.number}"

    @property
    def code(self) -> str:
        """Canonical code: ``GB/T 14272-2011`` (or ``GB/T 14272`` without year)."""
        return self.number_code if self.year is None else f"{self.number_code}-{self.year}"


def _local_normalize(text: str) -> str | None:
    """Canonical spelling when the whole of ``text`` is one code (NFKC, any dash, any spacing), else None."""
    compact = unicodedata.normalize("NFKC", text).translate(_DASHES).upper().strip()
    compact = re.sub(r"\s*([/\-])\s*", r"\1", compact)  # "GB / T 14272 - 2011"
    compact = re.sub(r"/+", "/", re.sub(r"\s+", " ", compact))
    m = _CODE.match(compact)
    if m is None:
        return None
    prefix = _SLASHLESS.get(m["prefix"], m["prefix"])
    year = m["year"]
    return f"{prefix} {m['number']}" + (f"-{year}" if year else "")


def parse_code(text: str, *, lenient: bool = True) -> CodeParts | None:
    """Canonical parts of a standard code; None when ``text`` is not one.

    The whole text must be one code in the grammar above (NFKC, any dash, any spacing). With ``lenient``,
    text the grammar rejects goes through the page extractor's normaliser (two-digit years, class suffixes
    such as ``B类``, the first of several codes): right for claims, too loose for registry rows.
    """
    canonical = _local_normalize(text)
    if canonical is None and lenient:
        found = normalize_standard(text)
        canonical = _local_normalize(found) if found else None
    if canonical is None:
        return None
    m = _CODE.match(canonical)
    assert m is not None  # canonical came out of the same grammar
    year = m["year"]
    return CodeParts(prefix=m["prefix"], number=m["number"], year=int(year) if year else None)


def normalize_code(text: str) -> str | None:
    """Canonical spelling ``GB/T 14272-2011`` of a standard code; None when ``text`` is no standard code."""
    parts = parse_code(text)
    return None if parts is None else parts.code
