"""What a registry import covers, so absence from it means something only where it is complete.

A registry of 62 key standards says nothing about a QB/T or FZ/T code it lacks; an export of every national
standard (``GB``, ``GB/T``, ``GB/Z``) as of a date does. Each import states its coverage as *families*:

- a prefix: ``GB``, ``GB/T``, ``QB/T``, ``DB36/T`` (exactly that prefix);
- a prefix stem with ``*``: ``QB*`` (``QB`` and ``QB/T``), ``DB*`` (every local standard);
- ``*``: every national, industry and local code (group ``T/`` and enterprise ``Q/`` standards are registered on
  their own platforms and are covered only when named, e.g. ``T/*`` or ``T/CGCC``);
- a number: ``GB 18401`` (every version of that number is in the import);
- ``listed``: every number that has a row in the import, from its oldest listed edition on (a hand-kept file
  that records each number it keeps with its versions back to a given one, as ``matching/data/standards.csv``
  does: a claimed edition older than the oldest row is not vouched for).

A claim is *covered* when some import's families contain it and the import's as-of date leaves no room for a
version published after it. Only covered claims can be ``standard_unknown``; the rest are "not verifiable with
the loaded registry".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from matching.codes import CodeParts, parse_code
from matching.csvfile import CsvFileError, Dialect, read_rows

LISTED = "listed"
"""Family token: every number with a row in the import."""

_FAMILY = re.compile(r"^(?:\*|listed|T/\*|Q/\*|[A-Z]{1,3}\d{0,2}(?:/[A-Z]{1,8})?\*?)$")


class CoverageError(ValueError):
    """A coverage statement that cannot be understood (message names the bad family)."""


@dataclass(frozen=True, kw_only=True)
class Coverage:
    """What one registry import claims to hold completely."""

    families: tuple[str, ...]
    """Families as described in the module docstring; empty: the import covers nothing."""
    as_of: date | None = None
    """Date the exported data was current; None: unknown (a claimed year after the import is then still judged)."""
    version: str = ""
    """Label of the import (``bundled 2026-11-27``, ``samr-export 2026-10-01``), cited by findings."""
    source: str = ""
    """Where the import's data came from (file name, portal), cited by findings."""
    numbers: Mapping[str, int] = field(default_factory=dict, compare=False)
    """``number_code`` of every row of the import (``GB 18401``) to its oldest edition year: what ``listed``
    stands for."""

    def covers(self, parts: CodeParts) -> bool:
        """Whether the import's families contain this code (the as-of check is :meth:`too_new`)."""
        return any(_family_covers(family, parts, self.numbers) for family in self.families)

    def too_new(self, parts: CodeParts, judged_on: date) -> bool:
        """Whether the claimed edition may postdate the import: its year is after the as-of year, or the same
        year while the listing is judged after the import (a version published in between is possible)."""
        if self.as_of is None or parts.year is None:
            return False
        return parts.year > self.as_of.year or (parts.year == self.as_of.year and judged_on > self.as_of)

    @property
    def label(self) -> str:
        """``bundled 2026-11-27（覆盖 listed，截至 2026-11-27）`` for explanations."""
        families = ", ".join(self.families) or "无"
        when = f"，截至 {self.as_of.isoformat()}" if self.as_of else ""
        return f"{self.version or self.source}（覆盖 {families}{when}）"


def _family_covers(family: str, parts: CodeParts, numbers: Mapping[str, int]) -> bool:
    if family == LISTED:
        years = [numbers[n] for n in (parts.number_code, _other_marker(parts)) if n in numbers]
        return bool(years) and (parts.year is None or parts.year >= min(years))
    if family == "*":
        return not parts.prefix.startswith(("T/", "Q/"))
    if family.endswith("*"):
        return parts.prefix.startswith(family[:-1])
    if " " in family:  # one number
        return family in (parts.number_code, _other_marker(parts))
    return parts.prefix == family


def _other_marker(parts: CodeParts) -> str:
    """``GB 5296.4`` for ``GB/T 5296.4`` and back: one standard under the marker it changed to."""
    if parts.prefix == parts.base:
        return f"{parts.base}/T {parts.number}"
    return f"{parts.base} {parts.number}"


def parse_families(text: str) -> tuple[str, ...]:
    """``"GB, GB/T；QB*"`` -> ``("GB", "GB/T", "QB*")``; numbers (``GB 18401``) are canonicalised.

    Raises ``CoverageError`` naming the first family that is neither a prefix, a stem, ``*``, ``listed`` nor a
    standard number.
    """
    out: list[str] = []
    for raw in re.split(r"[,，;；、]", text):
        family = raw.strip()
        if not family:
            continue
        if family.lower() == LISTED:
            out.append(LISTED)
            continue
        compact = family.upper().replace(" /", "/").replace("/ ", "/")
        if _FAMILY.match(compact):
            out.append(compact)
            continue
        parts = parse_code(family, lenient=False)
        if parts is None or parts.year is not None:
            raise CoverageError(
                f'"{family}" is not a family (GB, GB/T, QB*, DB*, *, listed) or a standard number without year'
            )
        out.append(parts.number_code)
    return tuple(dict.fromkeys(out))


def covering(coverages: Iterable[Coverage], parts: CodeParts, judged_on: date) -> Coverage | None:
    """The import that can vouch for the absence of this code on ``judged_on``, or None.

    Of the imports whose families contain the code, the newest one (latest as-of) decides: if even it may
    predate the claimed edition, no import can vouch for its absence.
    """
    holding = [c for c in coverages if c.covers(parts)]
    if not holding:
        return None
    newest = max(holding, key=lambda c: c.as_of or date.min)
    return None if newest.too_new(parts, judged_on) else newest


def listed_numbers(codes: Iterable[str]) -> dict[str, int]:
    """Number (``GB 18401``) -> oldest edition year, over canonical codes with year: ``Coverage.numbers``."""
    out: dict[str, int] = {}
    for code in codes:
        parts = parse_code(code, lenient=False)
        if parts is None or parts.year is None:
            continue
        out[parts.number_code] = min(parts.year, out.get(parts.number_code, parts.year))
    return out


class CoverageFileError(CsvFileError):
    """A coverage file that cannot be read (message: file, line, column, value)."""


_DIALECT = Dialect(
    headers={c: c for c in ("file", "families", "as_of", "version", "source")},
    required=frozenset({"file", "families"}),
    strict=True,
)


def parse_coverage_csv(source: str | Path) -> dict[str, Coverage]:
    """``file`` -> its stated coverage, from a coverage CSV (``matching/data/registries.csv``); ``numbers`` are
    left empty for the caller to fill from the file's rows."""
    out: dict[str, Coverage] = {}
    for row in read_rows(source, dialects=(_DIALECT,), error=CoverageFileError):
        try:
            families = parse_families(row.required("families"))
        except CoverageError as exc:
            raise row.fail("families", str(exc)) from None
        name = row.required("file")
        out[name] = Coverage(
            families=families, as_of=row.optional_date("as_of"), version=row.text("version") or name,
            source=row.text("source") or name,
        )
    return out
