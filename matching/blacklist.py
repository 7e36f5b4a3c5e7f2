"""Blacklists, recalls and spot-check failures (shared/domain.md §4), matched against makers and sellers.

One CSV for all three lists (column ``list`` says which), so an inspector keeps one file. Columns:
``list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from matching.csvfile import CsvFileError, Dialect, Row, read_rows
from matching.places import PROVINCES, SUFFIXES


class ListKind(StrEnum):
    """Which public list an entry comes from."""

    CREDIT_BLACKLIST = "credit_blacklist"
    """严重违法失信名单 (national enterprise credit system)."""
    RECALL = "recall"
    """缺陷产品召回 notice (SAMR)."""
    SPOT_CHECK_FAILURE = "spot_check_failure"
    """监督抽查不合格 announcement."""


@dataclass(frozen=True, kw_only=True)
class BlacklistEntry:
    """One company (and optionally product) on one list."""

    list: ListKind
    """Which list."""
    name: str
    """Company name as published."""
    uscc: str = ""
    """Unified social credit code (or legacy 15-digit registration number), upper case; empty if unknown."""
    brand: str = ""
    """Brand (商标) named in the entry."""
    product: str = ""
    """Product (样品名称 / recalled product)."""
    model: str = ""
    """Model (规格型号)."""
    batch: str = ""
    """Batch or production date (生产日期/批号)."""
    reason: str = ""
    """Why it is listed (列入事由 / 不合格项目 / defect)."""
    listed_on: date | None = None
    """Date listed (列入日期 / announcement date); None: treated as always listed."""
    delisted_on: date | None = None
    """Date removed (移出日期); None while still listed."""
    source: str = ""
    """Announcement or page the entry comes from."""

    def active_on(self, as_of: date) -> bool:
        """Whether the entry is listed on ``as_of`` (removed on ``delisted_on`` itself)."""
        listed = self.listed_on is None or self.listed_on <= as_of
        return listed and (self.delisted_on is None or self.delisted_on > as_of)


class BlacklistFileError(CsvFileError):
    """A blacklist file that cannot be imported (message: file, line, column, value)."""


_COLUMNS = (
    "list", "name", "uscc", "brand", "product", "model", "batch", "reason", "listed_on", "delisted_on", "source",
)  # fmt: skip

_DIALECT = Dialect(headers={c: c for c in _COLUMNS}, required=frozenset({"list", "name"}), strict=True)

_LISTS = {kind.value: kind for kind in ListKind}

# USCC alphabet (GB 32100-2015: no I, O, S, V, Z); legacy registration numbers are 15 digits.
_COMPANY_CODE = re.compile(r"^(?:[0-9A-HJ-NPQRTUWXY]{18}|\d{15})$")


def normalize_uscc(code: str) -> str:
    """Credit code without spaces, upper case (full-width digits folded)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", code)).upper()


def _entry(row: Row) -> BlacklistEntry:
    """One validated entry from one row."""
    uscc = normalize_uscc(row.text("uscc"))
    if uscc and not _COMPANY_CODE.match(uscc):
        raise row.fail("uscc", "is not an 18-character credit code or 15-digit registration number", value=uscc)
    entry = BlacklistEntry(
        list=row.choice("list", _LISTS),
        name=row.required("name"),
        uscc=uscc,
        brand=row.text("brand"),
        product=row.text("product"),
        model=row.text("model"),
        batch=row.text("batch"),
        reason=row.text("reason"),
        listed_on=row.optional_date("listed_on"),
        delisted_on=row.optional_date("delisted_on"),
        source=row.text("source") or f"{row.file} line {row.line}",
    )
    if not normalize_entity_name(entry.name):
        raise row.fail("name", "has no letters or digits", value=entry.name)
    if entry.listed_on and entry.delisted_on and entry.delisted_on < entry.listed_on:
        raise row.fail("delisted_on", f"is before listed_on {entry.listed_on}", value=str(entry.delisted_on))
    return entry


def parse_blacklist_csv(source: str | Path) -> list[BlacklistEntry]:
    """All entries of a blacklist CSV (a ``Path``/file name, or CSV text containing a newline).

    Raises ``BlacklistFileError`` on the first problem; nothing is returned from a broken file.
    """
    return [_entry(row) for row in read_rows(source, dialects=(_DIALECT,), error=BlacklistFileError)]


# Leading parenthesised province: "（浙江）某某有限公司" in some announcements, where it marks the listing
# region rather than the legal name. A parenthesised place INSIDE a name ("某某（浙江）有限公司") is kept:
# 某某（浙江）有限公司 and 某某（江苏）有限公司 are different legal persons.
_LEADING_PLACE = re.compile(
    r"^\((?:" + "|".join(sorted(PROVINCES, key=len, reverse=True)) + r")(?:" + "|".join(SUFFIXES) + r")?\)"
)


def normalize_entity_name(name: str) -> str:
    """Company name reduced for comparison.

    NFKC (full-width brackets and letters become ASCII), a leading parenthesised province dropped (see
    ``_LEADING_PLACE``), then every space, punctuation mark and symbol removed (brackets of both widths,
    ·, -, ®...), Latin letters case-folded. ``杭州某某（集团）有限公司`` == ``杭州某某集团有限公司``.
    """
    return _squash(_LEADING_PLACE.sub("", _folded(name)))


def entity_name_keys(name: str) -> tuple[str, ...]:
    """Every form under which a name may match: ``normalize_entity_name`` and, where a leading parenthesised
    province was dropped, the form that keeps it as a plain prefix. ``(浙江)安途…`` thus matches both
    ``安途…`` (the province only marked the region) and ``浙江安途…`` (the province is part of the legal name),
    while ``（江苏）安途…`` still never matches ``浙江安途…``."""
    folded = _folded(name)
    keys = (_squash(_LEADING_PLACE.sub("", folded)), _squash(folded))
    return tuple(k for k in dict.fromkeys(keys) if k)


def _folded(name: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name).strip())


def _squash(text: str) -> str:
    kept = (ch for ch in text if unicodedata.category(ch)[0] not in "PSZC")
    return "".join(kept).casefold()


class Blacklist:
    """Entries indexed by credit code and normalized name."""

    def __init__(self, entries: Iterable[BlacklistEntry]) -> None:
        self._entries = tuple(entries)
        self._by_uscc: dict[str, list[BlacklistEntry]] = {}
        self._by_name: dict[str, list[BlacklistEntry]] = {}
        for entry in self._entries:
            if entry.uscc:
                self._by_uscc.setdefault(entry.uscc, []).append(entry)
            for key in entity_name_keys(entry.name):
                self._by_name.setdefault(key, []).append(entry)

    def matches(self, name: str, uscc: str | None, as_of: date) -> list[BlacklistEntry]:
        """Every entry active on ``as_of`` for this company: by credit code first, then by normalized name.

        Where both the page and an entry carry a credit code, the code decides: a same-name entry with a
        different code is another company. The names of code-matched entries are tried too, so a recall
        notice that gives only the company name is found from the credit code on the page.
        """
        code = normalize_uscc(uscc) if uscc else ""
        by_code = self._by_uscc.get(code, []) if code else []
        keys = dict.fromkeys(k for n in [name, *(e.name for e in by_code)] for k in entity_name_keys(n))
        by_name = [e for key in keys for e in self._by_name.get(key, []) if not (code and e.uscc)]
        found = [e for e in by_code + by_name if e.active_on(as_of)]
        return list(dict.fromkeys(found))  # an entry matched both ways counts once

    def match(self, name: str, uscc: str | None, as_of: date) -> BlacklistEntry | None:
        """The first of ``matches`` (a credit-code match where there is one), or None."""
        found = self.matches(name, uscc, as_of)
        return found[0] if found else None

    def __len__(self) -> int:
        return len(self._entries)
