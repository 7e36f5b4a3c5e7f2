"""All-or-nothing reading of the matcher's CSV data files, with errors that point at line and column.

The registry and the blacklist are maintained by hand (and corrected by inspectors), so a bad row must be
easy to find, and must never be half-imported: a parser built on this module returns every row or raises.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TypeVar

E = TypeVar("E", bound=Enum)


class CsvFileError(ValueError):
    """A data file that cannot be imported; the message names file, line, column and value."""

    def __init__(self, file: str, line: int, message: str, column: str = "", value: str | None = None) -> None:
        # Every field goes into ``args`` so the error survives pickling (Celery results) unchanged.
        super().__init__(file, line, message, column, value)
        self.file = file
        """File name (or ``<text>`` for inline text)."""
        self.line = line
        """1-based line number of the problem (the header is line 1)."""
        self.column = column
        """Column name, empty for row-level problems."""
        self.value = value
        """The offending value, when one applies."""
        self.message = message
        """What is wrong, without the position."""

    def __str__(self) -> str:
        where = f"{self.file} line {self.line}" + (f', column "{self.column}"' if self.column else "")
        shown = f'"{self.value}" ' if self.value is not None else ""
        return f"{where}: {shown}{self.message}"


@dataclass(frozen=True, kw_only=True)
class Row:
    """One data row with the position it came from."""

    file: str
    """File name, for error messages."""
    line: int
    """Line on which the row starts."""
    values: Mapping[str, str]
    """Canonical column name to stripped cell text (missing optional columns are absent)."""
    error: type[CsvFileError] = CsvFileError
    """Error class the owning parser raises."""

    def text(self, column: str) -> str:
        """Cell text, empty when the column is absent or blank."""
        return self.values.get(column, "")

    def fail(self, column: str, message: str, *, value: str | None = None) -> CsvFileError:
        """An error about one cell of this row (to ``raise``)."""
        return self.error(self.file, self.line, message, column=column, value=value)

    def required(self, column: str) -> str:
        """Non-empty cell text, or an error."""
        text = self.text(column)
        if not text:
            raise self.fail(column, "is empty (required)")
        return text

    def optional_date(self, column: str) -> date | None:
        """Optional date in ``YYYY-MM-DD`` (also ``YYYY/MM/DD``, ``YYYY年M月D日``)."""
        text = self.text(column)
        if not text:
            return None
        parsed = parse_date(text)
        if parsed is None:
            raise self.fail(column, "is not a date (YYYY-MM-DD)", value=text)
        return parsed

    def choice(self, column: str, vocabulary: Mapping[str, E]) -> E:
        """Required cell mapped through ``vocabulary`` (accepted spellings to enum member)."""
        text = self.required(column)
        member = vocabulary.get(text.lower())
        if member is None:
            allowed = ", ".join(sorted({str(m.value) for m in vocabulary.values()}))
            raise self.fail(column, f"is not one of: {allowed}", value=text)
        return member


_DATE = re.compile(r"^(\d{4})(?:-|/|年)(\d{1,2})(?:-|/|月)(\d{1,2})日?$")


def parse_date(text: str) -> date | None:
    """``2023-08-01``, ``2023/8/1`` or ``2023年8月1日`` to a date; None when it is none of those or impossible."""
    m = _DATE.match(text.strip())
    if m is None:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _read_source(source: str | Path, error: type[CsvFileError]) -> tuple[str, str]:
    """(display name, text). A ``Path``, or a ``str`` without a newline, is a file; other ``str`` is CSV text."""
    if isinstance(source, str) and ("\n" in source or "\r" in source):
        return "<text>", source.removeprefix("\ufeff")
    path = Path(source)
    raw = path.read_bytes()
    try:
        return path.name, raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error(path.name, line, f"is not UTF-8 text (byte {exc.start})") from None


@dataclass(frozen=True, kw_only=True)
class Dialect:
    """One accepted header layout of a data file."""

    headers: Mapping[str, str]
    """Header cell text to canonical column name."""
    required: frozenset[str]
    """Canonical columns that must be in the header."""
    strict: bool
    """Whether an unknown header cell is an error (hand-written files: usually a typo) or ignored
    (official exports carry many columns the matcher does not use)."""


def _pick(dialects: Sequence[Dialect], header: list[str]) -> Dialect:
    """The dialect that recognises most header cells (the first on a tie)."""
    return max(dialects, key=lambda d: sum(cell in d.headers for cell in header))


def _count_error(
    error: type[CsvFileError], name: str, line: int, header: list[str], cells: list[str]
) -> CsvFileError:
    """A row with more or fewer fields than the header, naming the column where they part."""
    counts = f"the row has {len(cells)} fields, the header {len(header)}"
    if len(cells) > len(header):
        extra = ",".join(cells[len(header) :])
        return error(name, line, f'is followed by extra field(s) "{extra}": {counts}', column=header[-1])
    return error(name, line, f"is missing: {counts}", column=header[len(cells)])


def read_rows(source: str | Path, *, dialects: Sequence[Dialect], error: type[CsvFileError]) -> Iterator[Row]:
    """Rows of a CSV file whose header, in one of ``dialects``, maps onto canonical column names.

    Every problem is raised as ``error``; callers build their list in one go, so nothing partial escapes.
    """
    name, text = _read_source(source, error)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip().removeprefix("\ufeff") for cell in next(reader)]
    except StopIteration:
        raise error(name, 1, "file is empty (a header row is required)") from None
    dialect = _pick(dialects, header)
    columns: list[str | None] = []
    for cell in header:
        canonical = dialect.headers.get(cell)
        if canonical is None and dialect.strict:
            raise error(name, 1, "is not a known column", column=cell)
        if canonical is not None and canonical in columns:
            raise error(name, 1, "appears twice in the header", column=cell)
        columns.append(canonical)
    for missing in sorted(dialect.required - {c for c in columns if c}):
        label = next(h for h, c in dialect.headers.items() if c == missing)  # as this layout spells it
        raise error(name, 1, "required column is missing from the header", column=label)
    start = reader.line_num + 1
    for cells in reader:
        line, start = start, reader.line_num + 1  # a quoted cell may span lines: report where the row starts
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are harmless
        if len(cells) != len(header):
            raise _count_error(error, name, line, header, cells)
        values = {col: cell.strip() for col, cell in zip(columns, cells) if col is not None}
        yield Row(file=name, line=line, values=values, error=error)

