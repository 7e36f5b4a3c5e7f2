"""The demo's own, independent reading of the standards registry and the demo blacklist.

Ground truth must not come from shelfwatch's matching code (it is what the demo tests), so the few
rules needed to label planted problems are restated here from the brief, in their simplest form.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

DEMO_DIR = Path(__file__).resolve().parent
BLACKLIST_CSV = DEMO_DIR / "data" / "blacklist.csv"
STANDARDS_CSV = DEMO_DIR.parent / "matching" / "data" / "standards.csv"
CATEGORIES_CSV = DEMO_DIR.parent / "matching" / "data" / "categories.csv"
COVERAGE_CSV = DEMO_DIR.parent / "matching" / "data" / "registries.csv"
RULEBOOK_CSV = DEMO_DIR.parent / "matching" / "data" / "rulebook.csv"
BLACKLIST_HEADER = ("list", "name", "uscc", "brand", "product", "model", "batch", "reason",
                    "listed_on", "delisted_on", "source")

Verdict = Literal["unknown", "withdrawn", "unverifiable"]


def split_code(code: str) -> tuple[str, str | None]:
    """``GB/T 14272-2021`` -> (``GB/T 14272``, ``2021``); ``GB 31701`` -> (``GB 31701``, None)."""
    base, sep, year = code.rpartition("-")
    if sep and year.isdigit() and len(year) == 4:
        return base, year
    return code, None


def _date(text: str) -> date | None:
    return date.fromisoformat(text) if text.strip() else None


@dataclass(frozen=True, kw_only=True)
class StandardRow:
    """One version of a standard, as the registry CSV states it."""

    code: str
    status: str
    withdrawn: date | None
    transition_until: date | None
    categories: tuple[str, ...]


def _other_marker(base: str) -> str:
    """``GB 5296.4`` <-> ``GB/T 5296.4``."""
    prefix, _, number = base.partition(" ")
    return f"{prefix[:-2]} {number}" if prefix.endswith("/T") else f"{prefix}/T {number}"


class Registry:
    """The standards registry (matching/data/standards.csv), read-only, with its stated coverage.

    The brief's coverage rule in its simplest form, for the one family the bundled file states (``listed``):
    a missing code is "unknown" only if its number has rows, the claimed edition is not older than the oldest
    row, and the edition cannot postdate the file's as-of date; any other missing code is "unverifiable".
    """

    def __init__(self, path: Path = STANDARDS_CSV, coverage: Path = COVERAGE_CSV) -> None:
        with coverage.open(encoding="utf-8", newline="") as fh:
            stated = {r["file"]: r for r in csv.DictReader(fh)}[path.name]
        if stated["families"].strip() != "listed":
            raise ValueError(f"the demo's reference reads only 'listed' coverage, not {stated['families']!r}")
        self.covered_as_of: date = date.fromisoformat(stated["as_of"])
        with path.open(encoding="utf-8", newline="") as fh:
            self.rows: dict[str, StandardRow] = {
                r["code"]: StandardRow(
                    code=r["code"], status=r["status"], withdrawn=_date(r["withdrawn"]),
                    transition_until=_date(r["transition_until"]),
                    categories=tuple(c for c in r["categories"].split(";") if c),
                )
                for r in csv.DictReader(fh)
            }
        self.bases: set[str] = {split_code(c)[0] for c in self.rows}
        self.oldest: dict[str, int] = {}
        for c in self.rows:
            base, year = split_code(c)
            self.oldest[base] = min(int(year or 9999), self.oldest.get(base, 9999))

    def _vouched(self, base: str, year: str | None, as_of: date) -> bool:
        """Whether the file's coverage vouches for the absence of this edition of ``base`` on ``as_of``."""
        years = [self.oldest[b] for b in (base, _other_marker(base)) if b in self.oldest]
        if not years:
            return False
        if year is None:
            return True
        y, cov = int(year), self.covered_as_of
        return y >= min(years) and not (y > cov.year or (y == cov.year and as_of > cov))

    def verdict(self, code: str, as_of: date) -> Verdict | None:
        """The finding a claim of ``code`` deserves on ``as_of`` (None: no finding)."""
        if code.startswith(("Q/", "T/")):
            return None  # enterprise and group standards live on their own platforms, not in this registry
        base, year = split_code(code)
        if year is None:
            # A year-less claim is never "withdrawn"; it is unknown only if no version of the number exists.
            if base in self.bases or _other_marker(base) in self.bases:
                return None
            return "unknown" if self._vouched(base, year, as_of) else "unverifiable"
        row = self.rows.get(code)
        if row is None:
            if base != code and any(f"{b}-{year}" in self.rows for b in (base, _other_marker(base))):
                return None  # the same edition under the marker it changed to (GB 5296.4-2012 for GB/T)
            return "unknown" if self._vouched(base, year, as_of) else "unverifiable"
        if row.status != "withdrawn" or row.withdrawn is None or as_of <= row.withdrawn:
            return None
        if row.transition_until is not None and as_of <= row.transition_until:
            return None
        return "withdrawn"

    def for_category(self, category: str) -> list[StandardRow]:
        """Registry rows that list ``category``, in file order."""
        return [r for r in self.rows.values() if category in r.categories]


def category_names(path: Path = CATEGORIES_CSV) -> dict[str, str]:
    """Category slug -> Chinese name, from matching/data/categories.csv."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {r["category"]: r["name_zh"] for r in csv.DictReader(fh)}


def normalize_name(name: str) -> str:
    """NFKC, then drop spaces, punctuation and symbols: the fair comparison the blacklist plan assumes."""
    text = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZS" and not ch.isspace())


@dataclass(frozen=True, kw_only=True)
class BlacklistEntry:
    """One row of demo/data/blacklist.csv."""

    list: str
    name: str
    uscc: str
    listed_on: date | None
    delisted_on: date | None
    brand: str = ""
    model: str = ""
    product: str = ""

    def active(self, as_of: date) -> bool:
        """Listed on ``as_of`` (listed already, not yet delisted)."""
        if self.listed_on is not None and self.listed_on > as_of:
            return False
        return self.delisted_on is None or self.delisted_on > as_of


def load_blacklist(path: Path = BLACKLIST_CSV) -> list[BlacklistEntry]:
    """All blacklist rows, in file order."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            BlacklistEntry(list=r["list"], name=r["name"], uscc=r["uscc"].strip().upper(),
                           listed_on=_date(r["listed_on"]), delisted_on=_date(r["delisted_on"]),
                           brand=r["brand"].strip(), model=r["model"].strip(), product=r["product"].strip())
            for r in csv.DictReader(fh)
        ]


def in_scope(entry: BlacklistEntry, brand: str, model: str) -> bool:
    """A spot-check failure or recall concerns only the brand and model it names (every demo entry of those
    lists names both); the credit blacklist concerns the whole company."""
    if entry.list == "credit_blacklist":
        return True
    return (not entry.brand or entry.brand == brand) and (not entry.model or entry.model == model)


def blacklist_hits(entries: list[BlacklistEntry], names: list[str], usccs: list[str], as_of: date, *,
                   aliases: dict[str, set[str]], brand: str = "", model: str = "") -> list[BlacklistEntry]:
    """Active entries matched by a page's maker/seller names or by a credit code it shows, within scope.

    ``aliases`` maps an entry name to the spellings the generator put on pages for it (demo/data/blacklist_plan.py):
    the truth knows those name the entry because it wrote them."""
    keys = {normalize_name(n) for n in names if n}
    hits = []
    for e in entries:
        if not e.active(as_of) or not in_scope(e, brand, model):
            continue
        spellings = {normalize_name(v) for v in aliases.get(e.name, set())} | {normalize_name(e.name)}
        if spellings & keys or (e.uscc and e.uscc in usccs):
            hits.append(e)
    return hits


@dataclass(frozen=True, kw_only=True)
class Requirement:
    """One rulebook row, read as simply as the brief states it."""

    kind: str
    """``mandatory_standard`` or ``certificate``."""
    value: str
    since: date | None
    words: tuple[str, ...]


def load_rulebook(path: Path = RULEBOOK_CSV) -> dict[str, list[Requirement]]:
    """Category -> its requirements, from matching/data/rulebook.csv (``from=`` and ``text~`` conditions only)."""
    out: dict[str, list[Requirement]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            cond = r["applies_when"].strip()
            since = date.fromisoformat(cond[5:]) if cond.startswith("from=") else None
            words = tuple(w for w in cond[5:].replace("|", ";").split(";") if w) if cond.startswith("text~") else ()
            if cond and since is None and not words:
                raise ValueError(f"the demo's reference reads only from= and text~ conditions, not {cond!r}")
            out.setdefault(r["category"], []).append(
                Requirement(kind=r["requirement"], value=r["value"], since=since, words=words))
    return out


def number_of(code: str) -> str:
    """``GB/T 5296.4-2012`` -> ``GB 5296.4``: the number, whatever its marker and year."""
    base = split_code(code)[0]
    prefix, _, number = base.partition(" ")
    return f"{prefix.split('/')[0]} {number}"


def category_findings(category: str, claims: list[str], cert_types: set[str], text: str, as_of: date,
                      rulebook: dict[str, list[Requirement]], registry: Registry) -> list[dict[str, str]]:
    """mandatory_standard_missing, certificate_missing and standard_inapplicable for one listing of a known category.

    Missing: a requirement in force on ``as_of`` (and naming a word of ``text`` where it names words) that no claim
    or shown certificate meets. Inapplicable: a claimed number whose every registry row lists categories, none of
    them this one."""
    found: list[dict[str, str]] = []
    claimed = {number_of(c) for c in claims}
    for req in rulebook.get(category, []):
        if (req.since and as_of < req.since) or (req.words and not any(w in text for w in req.words)):
            continue
        if req.kind == "mandatory_standard" and number_of(req.value) not in claimed:
            found.append({"code": "mandatory_standard_missing", "subject": req.value})
        if req.kind == "certificate" and req.value not in cert_types:
            found.append({"code": "certificate_missing", "subject": req.value})
    for code in sorted(set(claims)):
        rows = [r for r in registry.rows.values() if number_of(r.code) == number_of(code)]
        if rows and all(r.categories for r in rows) and not any(category in r.categories for r in rows):
            found.append({"code": "standard_inapplicable", "subject": code})
    return found


def low_price_outliers(prices: dict[str, list[tuple[str, float]]], *, min_listings: int = 20,
                       cutoff: float = 3.5) -> set[str]:
    """Paths of listings priced far below their category: modified z-score of the log price (median and MAD of
    the category's log prices, Iglewicz and Hoaglin's 0.6745 and 3.5) at or below ``-cutoff``, in categories of at
    least ``min_listings`` listings. ``prices``: category -> (path, price)."""
    import math
    import statistics

    out: set[str] = set()
    for items in prices.values():
        if len(items) < min_listings:
            continue
        logs = [math.log(p) for _, p in items]
        centre = statistics.median(logs)
        mad = statistics.median(abs(x - centre) for x in logs)
        if mad > 0:
            out |= {path for path, p in items if 0.6745 * (math.log(p) - centre) / mad <= -cutoff}
    return out


def enterprise_verdicts(maker: str, uscc_shown: str, claims: list[str], declarations: list[dict[str, str]],
                        as_of: date) -> tuple[list[str], list[str]]:
    """(undeclared, not verifiable) enterprise-standard claims of one listing: a Q/ claim of a maker the list holds
    (same name after NFKC and punctuation, or the shown credit code) that the maker did not declare by ``as_of``;
    a Q/ claim of a maker the list does not hold at all."""
    mine = [d for d in declarations
            if (maker and normalize_name(d["maker"]) == normalize_name(maker)) or (uscc_shown and d["uscc"] == uscc_shown)]
    undeclared, unverifiable = [], []
    for code in claims:
        if not code.startswith("Q/"):
            continue
        if not mine:
            unverifiable.append(code)
        elif not any(d["standard"] == code and date.fromisoformat(d["declared_on"]) <= as_of for d in mine):
            undeclared.append(code)
    return undeclared, unverifiable
