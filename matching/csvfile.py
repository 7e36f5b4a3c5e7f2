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
from datetime import date, datetime
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


HEADER_SEARCH_ROWS = 10
"""Official exports often put a title line or two above the header: the header is the first of this many rows in
which a known layout recognises at least two cells."""

Cells = list[str]


def _csv_table(name: str, text: str) -> Iterator[tuple[int, Cells]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    for cells in reader:
        line, start = start, reader.line_num + 1  # a quoted cell may span lines: report where the row starts
        yield line, cells


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_table(path: Path, error: type[CsvFileError]) -> Iterator[tuple[int, Cells]]:
    """Rows of the first worksheet as text (dates as YYYY-MM-DD), numbered as the spreadsheet numbers them."""
    from openpyxl import load_workbook  # only spreadsheets need it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        raise error(path.name, 1, f"is not a readable XLSX workbook ({type(exc).__name__})") from None
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in row]
            while cells and not cells[-1].strip():
                cells.pop()  # spreadsheets pad rows with empty cells
            yield number, cells
    finally:
        book.close()


def _table(source: str | Path, error: type[CsvFileError]) -> tuple[str, Iterator[tuple[int, Cells]]]:
    """(display name, numbered rows) of a CSV file or text, or of an XLSX workbook (``.xlsx``/``.xlsm``)."""
    if isinstance(source, Path) or (isinstance(source, str) and "\n" not in source and "\r" not in source):
        path = Path(source)
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            if not path.exists():
                raise FileNotFoundError(2, "No such file", str(path))
            return path.name, _xlsx_table(path, error)
    name, text = _read_source(source, error)
    return name, _csv_table(name, text)


def read_rows(source: str | Path, *, dialects: Sequence[Dialect], error: type[CsvFileError]) -> Iterator[Row]:
    """Rows of a CSV file (or XLSX workbook) whose header, in one of ``dialects``, maps onto canonical column names.

    Every problem is raised as ``error``; callers build their list in one go, so nothing partial escapes.
    """
    name, table = _table(source, error)
    leading: list[tuple[int, Cells]] = []
    header_line, header, dialect = 0, [], dialects[0]
    for line, cells in table:
        leading.append((line, cells))
        cells = [cell.strip().removeprefix("\ufeff") for cell in cells]
        best = _pick(dialects, cells)
        if sum(cell in best.headers for cell in cells) >= 2 or len(leading) >= HEADER_SEARCH_ROWS:
            header_line, header, dialect = line, cells, best
            break
    else:
        if not leading:
            raise error(name, 1, "file is empty (a header row is required)") from None
        header_line = 0  # no row recognised: handled below like a file whose first row is an unknown header
    rest = [item for item in leading if item[0] > header_line]
    if header_line == 0 or sum(cell in dialect.headers for cell in header) < 2:
        header_line, first = leading[0]  # no header recognised: the first row is the header (and its errors)
        header = [cell.strip().removeprefix("\ufeff") for cell in first]
        dialect = _pick(dialects, header)
        rest = leading[1:]
    columns: list[str | None] = []
    for cell in header:
        canonical = dialect.headers.get(cell)
        if canonical is None and dialect.strict and cell:
            raise error(name, header_line, "is not a known column", column=cell)
        if canonical is not None and canonical in columns:
            raise error(name, header_line, "appears twice in the header", column=cell)
        columns.append(canonical)
    for missing in sorted(dialect.required - {c for c in columns if c}):
        label = next(h for h, c in dialect.headers.items() if c == missing)  # as this layout spells it
        raise error(name, header_line, "required column is missing from the header", column=label)
    for line, cells in (*rest, *table):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are harmless
        if len(cells) != len(header) and not (len(cells) < len(header) and name.lower().endswith((".xlsx", ".xlsm"))):
            raise _count_error(error, name, line, header, cells)
        values = {col: cell.strip() for col, cell in zip(columns, cells) if col is not None}
        yield Row(file=name, line=line, values=values, error=error)
