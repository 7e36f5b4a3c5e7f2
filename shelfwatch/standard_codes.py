"""The one grammar of standard codes (执行标准 / 产品标准号), shared by the extractors and matching.

A floor module: it imports nothing but the standard library, so ``extractors`` (finding codes in page text) and
``matching`` (validating and splitting registry cells and claim values) both use it without importing each other.

Grammar (shared/domain.md §1): ``PREFIX[/T|/Z] NUMBER[.PART][-YEAR]``. Canonical spelling: ``GB/T 14272-2011``:
prefix, one space, number with parts, ASCII hyphen, 4-digit year; the year is left out when the text gives none
(``GB/T 10782``). Enterprise standards keep their company code joined to the prefix and a food standard's ``S``
on the number: ``Q/HYX 0001S-2020``, ``Q/ABC 0002S``, ``Q/330100KLM 01``.

Decisions worth knowing:

- Two-digit years are expanded (``GB 2760-96`` -> ``GB 2760-1996``; ``-05`` -> ``2005``): pre-2000 codes were
  printed that way, and one spelling per edition keeps registry look-ups simple.
- ``GBT`` / ``GB T`` are slips for ``GB/T``; ``GBZ`` is a real prefix (occupational health) and is kept.
  ``GB-20977`` (a hyphen for the space) is read as ``GB 20977`` when the number has four or more digits.
- Class, grade and amendment suffixes (``B类``, ``(优级)``, ``第1号修改单``, ``/XG1-2022``) are not part of the code.
- A list that shares one prefix is expanded: ``GB 4806.1、4806.7-2016`` is ``GB 4806.1`` and ``GB 4806.7-2016``;
  ``GB/T 2912.1/2913`` is ``GB/T 2912.1`` and ``GB/T 2913``.
- Look-alikes are rejected: storage sizes (``8GB``, ``16 GB 3200``, ``64GB/128GB``), model numbers right after a
  model label (``型号：GB 200``, ``GB-200``), numbers longer than a standard number (order numbers, phones),
  impossible years, charset names (``GB2312``, ``GB18030``, ``GBK``: see ``CHARSET_NAMES``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from shelfwatch.folding import Folded, fold

INDUSTRY_CODES: frozenset[str] = frozenset(
    """AQ BB CB CH CJ CY DA DL DZ EJ FZ GA GH GM GY HB HG HJ HS HY JB JC JG JR JT JY LB LD LS LY MH MT MZ
    NB NY QB QC QJ QX SB SH SJ SL SN SY TB TD TY WB WH WJ WM WS WW XB YB YC YD YS YY YZ ZY""".split()
)
"""Two-letter industry standard codes written without ``/T`` (mandatory industry standards).

Source: the code list annexed to 行业标准管理办法 as reproduced by standards portals [C]; domain.md §1 names
QB FZ SB HG SN YY JB QC SJ BB [C]. ``SC`` (aquatic products) is left out on purpose: bare ``SC`` + digits is a food
licence, so ``SC`` is only read as a standard when written ``SC/T``. ``DB`` is the local-standard prefix.
Any other two capital letters are accepted as an industry code only when followed by ``/T`` or ``/Z`` [I].
"""

SLASH_ONLY_CODES: frozenset[str] = frozenset({"SC"})
"""Industry codes read only in their ``/T`` form, because bare they collide with a licence prefix (SC + 14 digits)."""

CHARSET_NAMES: frozenset[str] = frozenset({"GB 2312", "GB 18030", "GB 13000", "GB 12345"})
"""Yearless ``GB`` numbers that, written without a year, are character-set names in markup and text
(``charset=GB2312``, ``GB18030编码``) rather than product standards: GB 2312-1980, GB 18030-2022, GB 13000 and
GB 12345 (traditional-character set) are coding standards no consumer product is made to [I]. With a year they
are still read (a shop may truly cite one)."""

MODEL_LABELS = (
    "型号", "货号", "款号", "商品编号", "产品编号", "订单号", "订单编号", "条码", "条形码", "零件号", "物料号",
    "物料编码", "SKU", "MPN", "Model", "model",
)
"""Labels whose value is the shop's own identifier: a code-like value right after one is a model or part number
(``型号：GB 200``), not a standard [I: listings in shared/realworld write 型号/货号 values such as L4491, SDC]."""

_SP = r"[^\S\n]{0,2}"  # codes never span lines; two spaces at most between their parts
_NUM = r"(?P<num>\d{1,5}(?:\.\d{1,3}){0,2})(?!\d)(?!\.\d)"
_YEAR = rf"(?:{_SP}-{_SP}(?P<year>\d+))?"
_START = r"(?<![A-Za-z0-9])"

_NATIONAL = re.compile(
    rf"[Gg](?<![A-Za-z0-9][Gg])[Bb](?:{_SP}/{_SP}(?P<mark>(?i:[tz]))|{_SP}(?P<slip>(?i:t))|(?P<gbz>Z))?"
    rf"(?P<sep>{_SP}-{_SP}|{_SP}){_NUM}{_YEAR}"
)
_LOCAL = re.compile(
    rf"D(?<![A-Za-z0-9]D)B(?P<prov>\d{{2}})(?:{_SP}/{_SP}(?P<mark>[TZ])?{_SP}|[^\S\n]{{1,2}}|{_SP}-{_SP}){_NUM}{_YEAR}"
)
# Most two-letter matches would be GB codes, which _NATIONAL reads: the look-behinds after the code reject them (and,
# bare, every code not in INDUSTRY_CODES) in the regex engine, not in Python. No other match can start inside a
# rejected one (its second letter follows a letter), so the matches left are the same.
_INDUSTRY = re.compile(
    rf"(?P<code>[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z](?<![Gg][Bb])(?<![Dd][Bb]))"
    rf"{_SP}/{_SP}(?P<mark>[TZtz]){_SP}{_NUM}{_YEAR}"
)
_INDUSTRY_BARE = re.compile(
    rf"(?P<code>[A-Z](?<![A-Za-z0-9][A-Z])[A-Z](?<={'|'.join(sorted(INDUSTRY_CODES))}))"
    rf"{_SP}{_NUM}{_SP}-{_SP}(?P<year>\d{{4}})"
)
# "GB/T" must not be read as a group code, but a list may join codes with "/": "GB 7100-2015/T/CNFIA 001-2017".
_GROUP = re.compile(rf"T(?<![A-Za-z0-9]T)(?<![A-Za-z]/T){_SP}/{_SP}(?P<org>[A-Z]{{2,12}}){_SP}{_NUM}{_YEAR}")
_ENTERPRISE = re.compile(
    rf"Q(?<![A-Za-z0-9]Q)(?<![A-Za-z]/Q){_SP}/{_SP}(?P<area>\d{{1,8}}{_SP})?(?P<org>[A-Z]{{1,10}}(?:[^\S\n][A-Z]{{1,10}})?)"
    rf"{_SP}(?P<num>\d{{1,6}}(?:\.\d{{1,3}})?)(?P<food>{_SP}S)?(?![0-9A-Za-z])"
    rf"(?:{_SP}-{_SP}(?P<year>\d{{4}})|[^\S\n](?P<spaced>(?:19|20)\d\d))?(?!\d)"
)
# Amendments and grade marks that belong to the code before them but are not part of it.
_SUFFIX = re.compile(rf"{_SP}(?:/{_SP}XG\d{{1,2}}(?:{_SP}-{_SP}\d{{4}})?|第\d{{1,2}}号修改单?)")
# A further number of a list that shares the first code's prefix: "、4806.7-2016", "/2913".
_MORE = re.compile(
    rf"{_SP}[、,;/和及与]{_SP}(?P<num>\d{{3,5}}(?:\.\d{{1,3}}){{0,2}})(?!\d)(?!\.\d)"
    rf"(?:{_SP}-{_SP}(?P<year>\d{{2}}|\d{{4}})(?!\d))?"
)
# A count right before the prefix means a size ("16 GB 3200", "4+64GB"), not a standard.
# \Z, not $: $ also matches before a final newline, and a number ending the previous line is no size.
_QUANTITY_BEFORE = re.compile(r"\d+(?:\.\d+)?[^\S\n]?\+?\Z")
_DATED = re.compile(r"\d-(?:19|20)\d\d$")  # a canonical code that ends with its year (GB 18242-2008)
# The label may end the line before: a table's label cell and value cell are read as two lines.
_MODEL_BEFORE = re.compile(rf"(?:{'|'.join(MODEL_LABELS)})[^\S\n]*[:：]?[^\S\n]*\n?[^\S\n]*\Z")
# Characters that, right after a yearless number, make it a quantity or a price ("GB 99元").
_UNIT_AFTER = frozenset("元个件只克片粒张套台包盒瓶袋%")
_NOT_AFTER_MORE = frozenset("元个件只克片粒张套台包盒瓶袋%版年月日号款期")


class CodeHit(NamedTuple):
    """One standard code found in folded text (a named tuple: a frozen dataclass costs about a microsecond to build,
    and a page's claim sources hold a few codes each, read on every page)."""

    start: int
    """Start offset in the folded (and, offsets being equal, usually the original) text."""
    end: int
    """End offset."""
    value: str
    """Canonical spelling."""


def _year(digits: str | None) -> str | None:
    """Four-digit year, "" when absent, None when the digits cannot be an edition year."""
    if not digits:
        return ""
    if len(digits) == 2:
        yy = int(digits)
        return str(1900 + yy if yy >= 50 else 2000 + yy)
    if len(digits) != 4:
        return None
    year = int(digits)
    # The calendar only moves forward: a year up to the one after this process started is never in the future,
    # and only a later one needs today's date (date.today() costs about a microsecond, at every code found).
    if 1950 <= year <= _STARTED_YEAR + 1 or 1950 <= year <= date.today().year + 1:
        return digits
    return None


_STARTED_YEAR = date.today().year
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def _spell(prefix: str, number: str, year: str) -> str:
    return f"{prefix} {number}" + (f"-{year}" if year else "")


def _national_prefix(m: re.Match[str]) -> str:
    if m["gbz"]:
        return "GBZ"
    if m["mark"]:
        return "GB/" + m["mark"].upper()
    return "GB/T" if m["slip"] else "GB"


def _national(m: re.Match[str]) -> str | None:
    year = _year(m["year"])
    if year is None:
        return None
    if "-" in m["sep"] and len(m["num"].split(".")[0]) < 4:
        return None  # "GB-200": a model number; real codes written with a hyphen are long (GB-20977)
    if "-" in m["sep"] and not m["year"] and _YEAR_LIKE.fullmatch(m["num"]):
        return None  # "GB-2020": a model named after a year, no standard number with its year after it
    value = _spell(_national_prefix(m), m["num"], year)
    return None if value in CHARSET_NAMES else value


def _local(m: re.Match[str]) -> str | None:
    prefix = f"DB{m['prov']}" + (f"/{m['mark']}" if m["mark"] else "")
    year = _year(m["year"])
    return None if year is None else _spell(prefix, m["num"], year)


def _industry(m: re.Match[str]) -> str | None:
    code = m["code"]
    known = code.upper() in INDUSTRY_CODES or code.upper() in SLASH_ONLY_CODES
    if not code.isupper() and not known:  # lower case only for known codes (GB and DB never match here)
        return None
    year = _year(m["year"])
    return None if year is None else _spell(f"{code.upper()}/{m['mark'].upper()}", m["num"], year)


def _industry_bare(m: re.Match[str]) -> str | None:
    year = _year(m["year"])
    if not year:
        return None
    return _spell(m["code"], m["num"], year)


def _group(m: re.Match[str]) -> str | None:
    year = _year(m["year"])
    return None if year is None else _spell(f"T/{m['org']}", m["num"], year)


def _enterprise(m: re.Match[str]) -> str | None:
    year = _year(m["year"] or m["spaced"])
    if year is None:
        return None
    org = re.sub(r"\s+", "", (m["area"] or "") + m["org"])
    return _spell(f"Q/{org}", m["num"] + ("S" if m["food"] else ""), year)


# Pieces of every match of the three slash rules, searched in the upper-cased text. A bare "/" is in nearly every
# page (sizes, dates, 160/84A), and the rules themselves open with a letter class and look-behinds, so each was
# tried at every letter; these open with a literal, which the regex engine finds at memchr speed.
_SLASH_MARK = re.compile(rf"/{_SP}[TZ]")  # _INDUSTRY: CODE/T, CODE / Z
_GROUP_SLASH = re.compile(rf"T{_SP}/")  # _GROUP: T/ORG
_ENTERPRISE_SLASH = re.compile(rf"Q{_SP}/")  # _ENTERPRISE: Q/ORG

_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None], str | re.Pattern[str]], ...] = (
    # (pattern, speller, a string or pattern every match holds in the upper-cased text: a cheap first test)
    (_NATIONAL, _national, "GB"),
    (_LOCAL, _local, "DB"),
    (_INDUSTRY, _industry, _SLASH_MARK),
    (_INDUSTRY_BARE, _industry_bare, "-"),
    (_GROUP, _group, _GROUP_SLASH),
    (_ENTERPRISE, _enterprise, _ENTERPRISE_SLASH),
)


_GARMENT_SIZE = re.compile(r"/\d{2,3}[ABYC](?![A-Za-z])")  # 号型 160/84A (GB/T 1335): "GB 160/84A" is a size


def _tail_ok(text: str, m: re.Match[str]) -> bool:
    """Reject a code glued to more letters ("GB 3200MHz") unless they are a class mark ("2010B类")."""
    if _GARMENT_SIZE.match(text, m.end()):
        return False
    after = text[m.end() : m.end() + 2]
    if not after:
        return True
    if after[0].isascii() and after[0].isalpha():
        return after[1:2] == "类"
    if after[0] == "-" and m["year"] is None and after[1:2].isascii() and after[1:2].isalpha():
        return False  # "GB2013-BK": a model number with a letter suffix (a standard's hyphen leads to its year)
    return not (m["year"] is None and after[0] in _UNIT_AFTER)


def _prefix_of(value: str) -> str:
    return value.split(" ", 1)[0]


def _more(text: str, value: str, end: int) -> tuple[list[CodeHit], int]:
    """Further numbers of a list sharing ``value``'s prefix, right after it; and where the list ends."""
    prefix = _prefix_of(value)
    if prefix.startswith("Q/"):
        return [], end
    out: list[CodeHit] = []
    while (m := _MORE.match(text, end)) is not None:
        after = text[m.end() : m.end() + 1]
        if after and (after.isascii() and (after.isalnum() or after in "%.") or after in _NOT_AFTER_MORE):
            break
        year = _year(m["year"])
        number = m["num"]
        if year is None or (m["year"] is None and re.fullmatch(r"(?:19|20)\d\d", number)):
            break  # "GB/T 14272-2011、2021版": an edition year, not a second number
        start = m.start("num")
        out.append(CodeHit(start=start, end=m.end(), value=_spell(prefix, number, year)))
        end = m.end()
    return out, end


# A yearless national code with no space and at most three digits ("GB689"): in running text more often a model
# than a standard; it is read only after a word that names a standard (执行标准GB811, 符合GB 190).
_SHORT_BARE = re.compile(r"GB\d{1,3}")
_STANDARD_WORD_BEFORE = re.compile(r"(?:标准|标准号|执行|符合|依据|按照|采用|国标)[^\S\n]*[:：]?[^\S\n]*\Z")
# Parts written as a range after a code's first part: "GB 6675.1～4-2014" is parts .1 to .4 of GB 6675-2014.
_RANGE = re.compile(
    rf"{_SP}[~至到]{_SP}(?P<to>\d{{1,2}})(?![\d.])(?:{_SP}-{_SP}(?P<year>\d{{2}}|\d{{4}}))?(?!\d)"
)
_MAX_RANGE = 20
"""Parts one range may span: standards in parts have a few (GB 6675 has 4, GB 4806 about 14)."""


def _range(text: str, value: str, end: int) -> tuple[list[str], int] | None:
    """Every part of a range ``GB 6675.1～4-2014`` that starts with ``value`` (a yearless code with a part) at
    ``end``, and where the range ends; None when no range follows."""
    if "-" in value.split(" ", 1)[-1] or "." not in value:
        return None
    m = _RANGE.match(text, end)
    if m is None:
        return None
    head, _, first = value.rpartition(".")
    year = _year(m["year"])
    if not first.isdigit() or year is None or not 0 < int(m["to"]) - int(first) <= _MAX_RANGE:
        return None
    return [f"{head}.{n}" + (f"-{year}" if year else "") for n in range(int(first), int(m["to"]) + 1)], m.end()


def find_codes(folded: Folded) -> list[CodeHit]:
    """Every standard code in folded text, in order, overlaps resolved (longest at a position wins)."""
    text = folded.text
    candidates: list[tuple[int, int, str]] = []
    upper = text.upper()
    for pattern, spell, needle in _RULES:
        if needle not in upper if isinstance(needle, str) else needle.search(upper) is None:
            continue
        for m in pattern.finditer(text):
            value = spell(m)
            if value and _tail_ok(text, m):
                candidates.append((m.start(), -m.end(), value))
    hits: list[CodeHit] = []
    last_end = 0
    for start, neg_end, value in sorted(candidates):
        if start < last_end:
            continue  # overlaps a longer or earlier code
        line_start = max(0, start - 24)
        # A quantity's last digit is at most three characters back ("2 + GB"): where none is, no search is needed.
        digit_near = any(map(str.isdecimal, text[max(line_start, start - 3) : start]))  # \d is isdecimal's Nd
        count = _QUANTITY_BEFORE.search(text, line_start, start) if digit_near else None
        if count and count.start() >= last_end and not _DATED.search(value):
            # The digits before belong to a size, not to a previous code of a list. A code with its edition year
            # is no size ("16 GB 3200" is; a product marking "… 4 10 GB 18242-2008" ends with its standard).
            continue
        if _MODEL_BEFORE.search(text, line_start, start):
            continue  # "型号：GB 200": the shop's model number
        end = -neg_end
        if _SHORT_BARE.fullmatch(text, start, end) and not _STANDARD_WORD_BEFORE.search(text, line_start, start):
            continue  # "推车GB689": a short bare code in running text, no standard named before it: a model
        expanded = _range(text, value, end)
        if expanded is not None:
            parts, last_end = expanded
            hits.extend(CodeHit(start=start, end=last_end, value=part) for part in parts)
            continue
        hits.append(CodeHit(start=start, end=end, value=value))
        more, end = _more(text, value, end)
        hits.extend(more)
        suffix = _SUFFIX.match(text, end)
        last_end = suffix.end() if suffix else end
    return hits


def find_standards_in(text: str) -> list[tuple[str, str]]:
    """(canonical code, text as written) of every code in ``text``, in order, repeats kept."""
    folded = fold(text)
    return [(hit.value, folded.raw(hit.start, hit.end)) for hit in find_codes(folded)]


def normalize_standard(raw: str) -> str | None:
    """Canonical spelling of the first standard code in ``raw``; None when there is none."""
    hits = find_codes(fold(raw))
    return hits[0].value if hits else None


# -- one code taken apart (registry cells, claim values) -------------------------------------------------------

_DASH_TABLE = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")

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


def _strict_normalize(text: str) -> str | None:
    """Canonical spelling when the whole of ``text`` is one code (NFKC, any dash, any spacing), else None."""
    compact = unicodedata.normalize("NFKC", text).translate(_DASH_TABLE).upper().strip()
    compact = re.sub(r"\s*([/\-])\s*", r"\1", compact)  # "GB / T 14272 - 2011"
    compact = re.sub(r"/+", "/", re.sub(r"\s+", " ", compact))
    m = _CODE.match(compact)
    if m is None:
        return None
    prefix = _SLASHLESS.get(m["prefix"], m["prefix"])
    year = m["year"]
    return f"{prefix} {m['number']}" + (f"-{year}" if year else "")


@lru_cache(maxsize=65_536)
def parse_code(text: str, *, lenient: bool = True) -> CodeParts | None:
    """Canonical parts of a standard code; None when ``text`` is not one.

    Remembered (the parts are frozen): the crawl's writer parses the same few hundred registry and claim codes again
    for every listing's rules, which was about an eighth of its time (py-spy of the demo crawl).

    The whole text must be one code in the canonical grammar (NFKC, any dash, any spacing). With ``lenient``,
    text that grammar rejects goes through the finding grammar above (two-digit years, class suffixes such as
    ``B类``, the first of several codes): right for claims, too loose for registry rows.
    """
    canonical = _strict_normalize(text)
    if canonical is None and lenient:
        found = normalize_standard(text)
        canonical = _strict_normalize(found) if found else None
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
