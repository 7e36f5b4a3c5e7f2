"""The standards registry: which versions of which standards exist, and their status over time.

Read from ``matching/data/standards.csv`` (hand-maintained, every row citing its source) or from an export of
the official portal std.samr.gov.cn with its Chinese headers. Mandatory vs recommended is recorded per
version, because it can change with the same number and year (GB 5296.4-2012, shared/domain.md §1).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from matching.codes import CodeParts, normalize_code, parse_code
from matching.coverage import Coverage, covering
from matching.csvfile import CsvFileError, Dialect, Row, read_rows


class StandardKind(StrEnum):
    """Legal force of a standard version (标准属性)."""

    MANDATORY = "mandatory"
    """强制性 (GB, DBxx)."""
    RECOMMENDED = "recommended"
    """推荐性 (GB/T, .../T)."""
    GUIDANCE = "guidance"
    """指导性技术文件 (GB/Z)."""


class StandardStatus(StrEnum):
    """Status on the portal when the row was written (标准状态); dates, where given, are finer."""

    CURRENT = "current"
    """现行."""
    UPCOMING = "upcoming"
    """即将实施: published, not yet in force."""
    WITHDRAWN = "withdrawn"
    """废止."""


@dataclass(frozen=True, kw_only=True)
class StandardRecord:
    """One version of one standard."""

    code: str
    """Canonical code with year: ``GB/T 14272-2011``."""
    title: str
    """Chinese title (标准名称)."""
    kind: StandardKind
    """Mandatory, recommended or guidance; a property of this version."""
    status: StandardStatus
    """Status as recorded; ``withdrawn`` below is authoritative when given."""
    published: date | None = None
    """Publication date (发布日期)."""
    effective: date | None = None
    """Date it came into force (实施日期)."""
    withdrawn: date | None = None
    """Date it was (or will be) withdrawn (废止日期)."""
    replaced_by: str = ""
    """Canonical code(s) of the version(s) that replaced it, ``;``-separated (被代替标准)."""
    replaces: str = ""
    """Canonical code(s) of the older version(s) it replaced, ``;``-separated (代替标准)."""
    transition_until: date | None = None
    """Last day products made to this version may still be sold after withdrawal (过渡期), when one was set."""
    categories: tuple[str, ...] = ()
    """Product categories (``matching/data/categories.csv`` keys) it applies to."""
    source: str = ""
    """Where the row's facts come from."""
    imported_as: str = ""
    """Label of the registry import that brought the row (``Coverage.version``), cited by findings."""

    @property
    def parts(self) -> CodeParts:
        """The code taken apart."""
        parts = parse_code(self.code)
        assert parts is not None  # records are built from validated codes
        return parts

    @property
    def number(self) -> str:
        """Code without year: ``GB/T 14272``."""
        return self.parts.number_code

    @property
    def year(self) -> int:
        """Edition year."""
        year = self.parts.year
        assert year is not None  # the parser rejects codes without year
        return year

    @property
    def replacements(self) -> tuple[str, ...]:
        """``replaced_by`` as a tuple of codes."""
        return tuple(code for code in self.replaced_by.split(";") if code)


# --- file layouts -----------------------------------------------------------------------------------------

_COLUMNS = (
    "code", "title", "kind", "status", "published", "effective", "withdrawn",
    "replaced_by", "transition_until", "categories", "source", "replaces",
)  # fmt: skip

_CANONICAL = Dialect(
    headers={c: c for c in _COLUMNS},
    required=frozenset({"code", "title", "kind", "status"}),
    strict=True,
)

# Portal export (std.samr.gov.cn / openstd.samr.gov.cn; 标准中文名称 and 标准性质 are the spellings of the
# detail pages [I]). Its 代替标准 lists the OLD versions a row replaces ("代替GB 12021.4-2013"), our replaces;
# 被代替标准 lists the NEW version that replaced the row, i.e. our replaced_by. parse_standards_csv links both ways.
_PORTAL = Dialect(
    headers={
        "标准号": "code",
        "标准名称": "title",
        "标准中文名称": "title",
        "标准属性": "kind",
        "标准性质": "kind",
        "标准状态": "status",
        "发布日期": "published",
        "实施日期": "effective",
        "废止日期": "withdrawn",
        "被代替标准": "replaced_by",
        "代替标准": "replaces",
        "代替": "replaces",
        "代替情况": "replaces",
    },
    required=frozenset({"code", "title", "kind", "status"}),
    strict=False,
)

_KINDS = {
    "mandatory": StandardKind.MANDATORY,
    "强制性": StandardKind.MANDATORY,
    "强制": StandardKind.MANDATORY,
    "recommended": StandardKind.RECOMMENDED,
    "推荐性": StandardKind.RECOMMENDED,
    "推荐": StandardKind.RECOMMENDED,
    "guidance": StandardKind.GUIDANCE,
    "指导性技术文件": StandardKind.GUIDANCE,
    "指导性": StandardKind.GUIDANCE,
}

_STATUSES = {
    "current": StandardStatus.CURRENT,
    "现行": StandardStatus.CURRENT,
    "upcoming": StandardStatus.UPCOMING,
    "即将实施": StandardStatus.UPCOMING,
    "withdrawn": StandardStatus.WITHDRAWN,
    "废止": StandardStatus.WITHDRAWN,
    "被代替": StandardStatus.WITHDRAWN,  # replaced: no longer current, its replacement names the date
    "作废": StandardStatus.WITHDRAWN,
}

_LIST_SEPARATORS = re.compile(r"[;；,，、]")


class RegistryFileError(CsvFileError):
    """A standards file that cannot be imported (message: file, line, column, value)."""


def _code(row: Row, column: str, text: str) -> str:
    """Canonical code with year, or an error naming the cell."""
    parts = parse_code(text, lenient=False)  # a registry cell holds exactly one code, nothing around it
    if parts is None:
        raise row.fail(column, "is not a standard code (e.g. GB/T 14272-2011)", value=text)
    if parts.year is None:
        raise row.fail(column, "has no year (a registry row is one version, e.g. GB/T 14272-2011)", value=text)
    return parts.code


_REPLACE_WORDS = re.compile(r"^(?:部分)?(?:代替|替代|被代替)\s*")


def _codes(row: Row, column: str) -> list[str]:
    """The codes of a list cell (``代替GB 12021.4-2013、GB 12021.5-2013``), each validated."""
    listed = (_REPLACE_WORDS.sub("", t.strip()) for t in _LIST_SEPARATORS.split(row.text(column)))
    return [_code(row, column, text) for text in listed if text]


parse_code_cell = _code
"""One code-with-year cell, canonical, or ``RegistryFileError`` naming the cell (for other table layouts)."""
parse_code_list = _codes
"""A list cell of codes (``代替GB 12021.4-2013、GB 12021.5-2013``), each validated (for other table layouts)."""


def _record(row: Row) -> StandardRecord:
    """One validated record from one row."""
    replaced_by = _codes(row, "replaced_by")
    return StandardRecord(
        code=_code(row, "code", row.required("code")),
        title=row.required("title"),
        kind=row.choice("kind", _KINDS),
        status=row.choice("status", _STATUSES),
        published=row.optional_date("published"),
        effective=row.optional_date("effective"),
        withdrawn=row.optional_date("withdrawn"),
        replaced_by=";".join(replaced_by),
        replaces=";".join(_codes(row, "replaces")),
        transition_until=row.optional_date("transition_until"),
        categories=tuple(c.strip() for c in row.text("categories").split(";") if c.strip()),
        source=row.text("source") or f"{row.file} line {row.line}",
    )


def _join(codes: Iterable[str]) -> str:
    return ";".join(dict.fromkeys(c for c in codes if c))


def link_replacements(records: list[StandardRecord]) -> list[StandardRecord]:
    """Replacement links made two-way: a row that replaces X makes X point forward (``replaced_by``), a row
    replaced by Y makes Y point back (``replaces``). An X the file does not hold gets a row of its own, withdrawn
    on its replacement's effective date (the portal's rule for a replaced version), citing where it was inferred."""
    by_code = {r.code: r for r in records}
    forward: dict[str, list[str]] = {}
    back: dict[str, list[str]] = {}
    for r in records:
        for old in r.replaces.split(";") if r.replaces else ():
            forward.setdefault(old, []).append(r.code)
        for successor in r.replacements:
            back.setdefault(successor, []).append(r.code)
    out = []
    for r in records:
        replaced_by = _join([*r.replacements, *forward.get(r.code, [])])
        replaces = _join([*(r.replaces.split(";") if r.replaces else ()), *back.get(r.code, [])])
        out.append(replace(r, replaced_by=replaced_by, replaces=replaces))
    for old, successors in forward.items():
        if old in by_code:
            continue
        heir = by_code[successors[0]]
        out.append(StandardRecord(
            code=old, title=heir.title, kind=heir.kind, status=StandardStatus.WITHDRAWN,
            withdrawn=heir.effective, replaced_by=_join(successors), categories=heir.categories,
            source=f"由 {heir.code} 的代替标准推出（{heir.source}）",
        ))
    return out


def parse_standards_csv(source: str | Path) -> list[StandardRecord]:
    """All records of a standards CSV or XLSX (a ``Path``/file name, or CSV text containing a newline).

    Accepts the canonical header (``code,title,kind,...,source``) or the portal's Chinese one (statuses 现行,
    即将实施, 废止, 被代替, 作废; 代替标准 such as ``代替GB 12021.4-2013`` becomes links both ways, see
    :func:`link_replacements`). Raises ``RegistryFileError`` on the first problem; nothing is returned from a
    broken file.
    """
    records: list[StandardRecord] = []
    first_line: dict[str, int] = {}
    for row in read_rows(source, dialects=(_CANONICAL, _PORTAL), error=RegistryFileError):
        record = _record(row)
        if record.code in first_line:
            raise row.fail("code", f"is a duplicate (first on line {first_line[record.code]})", value=record.code)
        first_line[record.code] = row.line
        records.append(record)
    return link_replacements(records)


# --- lookups ----------------------------------------------------------------------------------------------


class StandardsRegistry:
    """Lookup of standard versions by exact code and by number."""

    def __init__(
        self, records: Iterable[StandardRecord], *, source: str = "", coverage: Iterable[Coverage] = ()
    ) -> None:
        self.source = source
        """Where the records came from (file name), cited by findings about absent standards."""
        self.coverage: tuple[Coverage, ...] = tuple(coverage)
        """What the imports behind the records hold completely; empty: no absence can be vouched for."""
        self._by_code: dict[str, StandardRecord] = {}
        self._by_number: dict[tuple[str, str], list[StandardRecord]] = {}
        for record in records:
            if record.code in self._by_code:
                raise ValueError(f"duplicate standard {record.code}")
            self._by_code[record.code] = record
            parts = record.parts
            self._by_number.setdefault((parts.base, parts.number), []).append(record)

    def get(self, code: str) -> StandardRecord | None:
        """The exact version (``GB/T 14272-2011``, any common spelling), or None."""
        canonical = normalize_code(code)
        return None if canonical is None else self._by_code.get(canonical)

    def versions(self, number: str) -> list[StandardRecord]:
        """Every recorded version of a number (a year in ``number`` is ignored).

        Versions with the same /T or /Z marker as asked come first, then those of the same number under
        another marker (``GB 5296.4`` finds GB 5296.4-1998 first, then GB/T 5296.4-2012: the same standard
        changed legal force, and a page writing the old marker still names it). Newest first within each group.
        """
        parts = parse_code(number)
        if parts is None:
            return []
        found = self._by_number.get((parts.base, parts.number), [])
        newest_first = sorted(found, key=lambda r: r.year, reverse=True)
        return sorted(newest_first, key=lambda r: r.parts.prefix != parts.prefix)  # stable: keeps year order

    def lookup(self, code: str) -> StandardRecord | None:
        """The exact version, else the version of the same number and year under another marker, else None.

        A page writing ``GB 5296.4-2012`` for GB/T 5296.4-2012 names an existing version with an outdated
        marker; that is not an unknown standard.
        """
        exact = self.get(code)
        if exact is not None:
            return exact
        parts = parse_code(code)
        if parts is None or parts.year is None:
            return None
        return next((r for r in self.versions(code) if r.year == parts.year), None)

    def covering(self, code: str | CodeParts, judged_on: date) -> Coverage | None:
        """The import that vouches for the absence of ``code`` on ``judged_on`` (see ``matching.coverage``)."""
        parts = parse_code(code) if isinstance(code, str) else code
        return None if parts is None else covering(self.coverage, parts, judged_on)

    def __len__(self) -> int:
        return len(self._by_code)

    def __iter__(self) -> Iterator[StandardRecord]:
        return iter(self._by_code.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None
