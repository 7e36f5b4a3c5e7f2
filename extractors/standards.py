"""Standard codes (执行标准 / 产品标准号) read from free text with a grammar, before any word segmentation.

Canonical spelling: ``GB/T 14272-2011``: prefix, one space, number with parts, ASCII hyphen, 4-digit year; the
year is left out when the text gives none (``GB/T 10782``). Decisions worth knowing:

- Two-digit years are expanded (``GB 2760-96`` -> ``GB 2760-1996``; ``-05`` -> ``2005``): pre-2000 codes were
  printed that way, and one spelling per edition keeps registry look-ups simple.
- ``GBT`` / ``GB T`` are slips for ``GB/T``; ``GBZ`` is a real prefix (occupational health) and is kept.
- Class and grade suffixes (``B类``, ``(优级)``) are not part of the code.
- Look-alikes are rejected: storage sizes (``8GB``, ``16 GB 3200``, ``64GB/128GB``), model numbers (``GB-200``),
  numbers longer than a standard number (order numbers, phones), impossible years.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from extractors.folding import Folded, fold
from extractors.tables import INDUSTRY_CODES, SLASH_ONLY_CODES
from shelfwatch.models import Claim, ClaimKind

_SP = r"[^\S\n]{0,2}"  # codes never span lines; two spaces at most between their parts
_NUM = r"(?P<num>\d{1,5}(?:\.\d{1,3}){0,2})(?!\d)(?!\.\d)"
_YEAR = rf"(?:{_SP}-{_SP}(?P<year>\d+))?"
_START = r"(?<![A-Za-z0-9])"

_NATIONAL = re.compile(
    rf"{_START}(?i:gb)(?:{_SP}/{_SP}(?P<mark>(?i:[tz]))|{_SP}(?P<slip>(?i:t))|(?P<gbz>Z))?{_SP}{_NUM}{_YEAR}"
)
_LOCAL = re.compile(rf"{_START}DB(?P<prov>\d{{2}})(?:{_SP}/{_SP}(?P<mark>[TZ]){_SP}|[^\S\n]{{1,2}}){_NUM}{_YEAR}")
_INDUSTRY = re.compile(rf"{_START}(?P<code>[A-Za-z]{{2}}){_SP}/{_SP}(?P<mark>[TZtz]){_SP}{_NUM}{_YEAR}")
_INDUSTRY_BARE = re.compile(rf"{_START}(?P<code>[A-Z]{{2}}){_SP}{_NUM}{_SP}-{_SP}(?P<year>\d{{4}})")
_GROUP = re.compile(rf"(?<![A-Za-z0-9/])T{_SP}/{_SP}(?P<org>[A-Z]{{2,12}}){_SP}{_NUM}{_YEAR}")
_ENTERPRISE = re.compile(
    rf"(?<![A-Za-z0-9/])Q{_SP}/{_SP}(?P<org>(?:\d{{1,8}}{_SP})?[A-Z]{{1,10}}(?:{_SP}[A-Z]{{1,10}})?)"
    rf"{_SP}(?P<num>\d{{1,6}}(?:\.\d{{1,3}})?{_SP}S?){_SP}-{_SP}(?P<year>\d{{4}})(?!\d)"
)
# A count right before the prefix means a size ("16 GB 3200", "4+64GB"), not a standard.
_QUANTITY_BEFORE = re.compile(r"\d+(?:\.\d+)?[^\S\n]?\+?$")
# Characters that, right after a yearless number, make it a quantity or a price ("GB 99元").
_UNIT_AFTER = frozenset("元个件只克片粒张套台包盒瓶袋%")


@dataclass(frozen=True, kw_only=True)
class _Hit:
    start: int
    end: int
    value: str


def _year(digits: str | None) -> str | None:
    """Four-digit year, "" when absent, None when the digits cannot be an edition year."""
    if digits is None:
        return ""
    if len(digits) == 2:
        yy = int(digits)
        return str(1900 + yy if yy >= 50 else 2000 + yy)
    if len(digits) == 4 and 1950 <= int(digits) <= date.today().year + 1:
        return digits
    return None


def _spell(prefix: str, number: str, year: str) -> str:
    return f"{prefix} {number}" + (f"-{year}" if year else "")


def _national(m: re.Match[str]) -> str | None:
    if m["gbz"]:
        prefix = "GBZ"
    elif m["mark"]:
        prefix = "GB/" + m["mark"].upper()
    else:
        prefix = "GB/T" if m["slip"] else "GB"
    year = _year(m["year"])
    return None if year is None else _spell(prefix, m["num"], year)


def _local(m: re.Match[str]) -> str | None:
    prefix = f"DB{m['prov']}" + (f"/{m['mark']}" if m["mark"] else "")
    year = _year(m["year"])
    return None if year is None else _spell(prefix, m["num"], year)


def _industry(m: re.Match[str]) -> str | None:
    code = m["code"]
    known = code.upper() in INDUSTRY_CODES or code.upper() in SLASH_ONLY_CODES
    if code.upper() in {"GB", "DB"} or (not code.isupper() and not known):  # lower case only for known codes
        return None
    year = _year(m["year"])
    return None if year is None else _spell(f"{code.upper()}/{m['mark'].upper()}", m["num"], year)


def _industry_bare(m: re.Match[str]) -> str | None:
    year = _year(m["year"])
    if m["code"] not in INDUSTRY_CODES or not year:
        return None
    return _spell(m["code"], m["num"], year)


def _group(m: re.Match[str]) -> str | None:
    year = _year(m["year"])
    return None if year is None else _spell(f"T/{m['org']}", m["num"], year)


def _enterprise(m: re.Match[str]) -> str | None:
    year = _year(m["year"])
    if not year:
        return None
    org = re.sub(r"\s+", "", m["org"])
    return _spell(f"Q/{org}", re.sub(r"\s+", "", m["num"]), year)


_RULES = (
    (_NATIONAL, _national),
    (_LOCAL, _local),
    (_INDUSTRY, _industry),
    (_INDUSTRY_BARE, _industry_bare),
    (_GROUP, _group),
    (_ENTERPRISE, _enterprise),
)


def _tail_ok(text: str, m: re.Match[str]) -> bool:
    """Reject a code glued to more letters ("GB 3200MHz") unless they are a class mark ("2010B类")."""
    after = text[m.end() : m.end() + 2]
    if not after:
        return True
    if after[0].isascii() and after[0].isalpha():
        return after[1:2] == "类"
    return not (m["year"] is None and after[0] in _UNIT_AFTER)


def _hits(folded: Folded) -> list[_Hit]:
    text = folded.text
    candidates: list[tuple[int, int, str]] = []
    for pattern, spell in _RULES:
        for m in pattern.finditer(text):
            value = spell(m)
            if value and _tail_ok(text, m):
                candidates.append((m.start(), -m.end(), value))
    hits: list[_Hit] = []
    last_end = 0
    for start, neg_end, value in sorted(candidates):
        if start < last_end:
            continue  # overlaps a longer or earlier code
        count = _QUANTITY_BEFORE.search(text, max(0, start - 24), start)
        if count and count.start() >= last_end:
            continue  # the digits before belong to a size, not to a previous code of a list
        hits.append(_Hit(start=start, end=-neg_end, value=value))
        last_end = -neg_end
    return hits


def find_standards(text: str, where: str = "") -> list[Claim]:
    """Every standard code in ``text``, normalized, first occurrence of each kept."""
    folded = fold(text)
    claims: list[Claim] = []
    seen: set[str] = set()
    for hit in _hits(folded):
        if hit.value in seen:
            continue
        seen.add(hit.value)
        claims.append(
            Claim(kind=ClaimKind.STANDARD, value=hit.value, raw=folded.raw(hit.start, hit.end), where=where)
        )
    return claims


def normalize_standard(raw: str) -> str | None:
    """Canonical spelling of the first standard code in ``raw``; None when there is none."""
    hits = _hits(fold(raw))
    return hits[0].value if hits else None
