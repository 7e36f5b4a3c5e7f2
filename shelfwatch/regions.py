"""The region a case belongs to (属地): the province of the maker, from its credit code, else its address.

Pure functions over ``shelfwatch/data/provinces.csv`` (GB/T 2260 province codes; see the file for its source).
Only the province is found: prefecture and county need the full GB/T 2260 table, which is not bundled yet.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "provinces.csv"
_USCC = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}(\d{6})[0-9A-HJ-NPQRTUWXY]{10}$")


@dataclass(frozen=True, kw_only=True)
class Region:
    """A province-level region and how it was found."""

    code: str
    """Two-digit GB/T 2260 province code."""
    name: str
    source: str
    """``uscc`` (the credit code's division digits) or ``address``."""


@cache
def _provinces() -> dict[str, tuple[str, str]]:
    with DATA.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return {r["code"]: (r["name"], r["short"]) for r in rows}


def from_uscc(code: str) -> Region | None:
    """The province in a unified social credit code's division digits (positions 3-4), if it names one."""
    m = _USCC.match(code.strip().upper())
    if m is None:
        return None
    province = _provinces().get(m.group(1)[:2])
    return Region(code=m.group(1)[:2], name=province[0], source="uscc") if province else None


def from_address(address: str) -> Region | None:
    """The province an address starts with (after spaces and a leading 中国), if any."""
    text = re.sub(r"\s+", "", address)
    text = text.removeprefix("中国").removeprefix("中華人民共和國").removeprefix("中华人民共和国")
    for code, (name, short) in sorted(_provinces().items(), key=lambda kv: -len(kv[1][1])):
        if text.startswith((name, short)):
            return Region(code=code, name=name, source="address")
    return None


def region_of(uscc: str, address: str) -> Region | None:
    """The maker's province: the credit code's first, the address's when the code names none."""
    return from_uscc(uscc) or from_address(address)


def provinces() -> dict[str, str]:
    """Code -> name of every province-level region."""
    return {code: name for code, (name, _short) in _provinces().items()}
