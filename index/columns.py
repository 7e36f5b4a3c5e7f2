"""Columnar keys of the embedded index, held in numpy arrays by listing id, and BM25 computed from them.

Why: at a million listings FTS5 spends about 1 µs a matching row on ``bm25()`` (it looks up each row's length in
its docsize table, one b-tree seek a row, and it ranks every match: no top-k shortcut), and joining each text match
to its filter and facet keys costs about as much again. Matching alone is ten times cheaper. So a long-lived index
handle loads, once, every document's filter/facet/sort keys and its length in tokens into arrays indexed by
listing id; a search then asks FTS5 only for the matching ids (no ranking) and for the positions of each query
token (the ``fts5vocab`` instance table), and filters (a boolean mask), counts facets (``np.bincount``) and ranks
(FTS5's own BM25 formula, vectorized) in numpy.

The ranking is FTS5's ``bm25()`` exactly, not an approximation: the same column weights, k1 = 1.2, b = 0.75, IDF
``log((N - n + 0.5) / (n + 0.5))`` (``1e-6`` when not positive) with ``n`` the rows holding the phrase in its
columns, the row's length over all columns against FTS5's own averages record. tests/index checks the scores
against ``bm25()`` on the same rows. Queries it cannot compute this way (a one-character prefix term) go back to
FTS5's ``bm25()``.

The arrays belong to one handle and are reloaded when the index changes: every write transaction bumps a
generation number in ``search_meta``, read (one small query) before each search.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np

from index.base import PRICE_BUCKETS, Filters
from index.sqlite_sql import FTS_COLUMNS, WEIGHTS, day_start

K1 = 1.2
B = 0.75
_OFFSET_BITS = 24  # token offsets within a column stay below 2**24 (a 16-million-token column is not a listing)
_COL_CASE = "CASE col " + " ".join(f"WHEN '{c}' THEN {i}" for i, c in enumerate(FTS_COLUMNS)) + " ELSE 7 END"
_NAN = -1.0e308  # what a NULL price reads as in the arrays (then NaN)


def _numbers(text: str | None, dtype: Any) -> np.ndarray:
    # np.fromstring's text mode parses in C (a Python object per number would cost more than the query).
    if not text:
        return np.zeros(0, dtype=dtype)
    wide = np.float64 if np.dtype(dtype).kind == "f" else np.int64
    return np.fromstring(text, dtype=wide, sep=",").astype(dtype, copy=False)


def varints(buf: bytes) -> np.ndarray:
    """Decode a run of SQLite varints (each below 2**49, as FTS5's sizes are) into int64s."""
    b = np.frombuffer(buf, dtype=np.uint8)
    if not len(b):
        return np.zeros(0, dtype=np.int64)
    last = b < 0x80
    group: np.ndarray = np.cumsum(last) - last  # which varint each byte belongs to
    ends = np.flatnonzero(last)
    shift = (ends[group] - np.arange(len(b))) * 7
    parts = (b & 0x7F).astype(np.int64) << shift.astype(np.int64)
    out = np.zeros(len(ends), dtype=np.int64)
    np.add.at(out, group, parts)
    return out


# (array, SQL expression read into it, dtype); {platform} and {category} become CASE expressions over the names.
_ARRAYS: tuple[tuple[str, str, Any], ...] = (
    ("platform", "{platform}", np.int32),
    ("category", "{category}", np.int32),
    ("codes_mask", "codes_mask", np.int64),
    ("severity_mask", "severity_mask", np.int64),
    ("review_mask", "review_mask", np.int64),
    # Reals through %.17g, which round-trips a double exactly; a NULL price becomes NaN.
    ("price", f"printf('%.17g', coalesce(price, {_NAN!r}))", np.float64),
    ("crawled_ts", "printf('%.17g', crawled_ts)", np.float64),
    ("crawled_month", "crawled_month", np.int32),
    ("gone", "gone", np.int8),
    ("risk", "printf('%.17g', risk)", np.float64),
)


def _case(column: str, names: Sequence[str]) -> str:
    return f"CASE {column} " + " ".join(f"WHEN ? THEN {i}" for i in range(len(names))) + " ELSE -1 END" \
        if names else "-1"


def _row_lengths(sizes_hex: str | None, n: int) -> np.ndarray:
    sizes = varints(bytes.fromhex(sizes_hex or ""))
    return sizes.reshape(n, -1).sum(axis=1).astype(np.int32) if n else np.zeros(0, dtype=np.int32)


@dataclass
class Columns:
    """Every live document's keys, by position in ``ids`` (sorted listing ids)."""

    generation: int
    ids: np.ndarray
    platforms: list[str]
    categories: list[str]
    platform: np.ndarray
    category: np.ndarray
    codes_mask: np.ndarray
    severity_mask: np.ndarray
    review_mask: np.ndarray
    price: np.ndarray
    crawled_ts: np.ndarray
    crawled_month: np.ndarray
    gone: np.ndarray
    risk: np.ndarray
    length: np.ndarray
    """Tokens in the row over all FTS columns (what FTS5's bm25 normalizes by), by position in ``ids``."""
    rows: int = 0
    """Rows FTS5 counts (its averages record)."""
    avgdl: float = 0.0
    """Average row length in tokens, as FTS5 computes it."""

    @classmethod
    def load(cls, db: sqlite3.Connection, generation: int) -> Columns:
        """Read the live tables once (one pass over the covering key index, one over FTS5's docsize table)."""
        platforms = [r[0] for r in db.execute("SELECT DISTINCT platform FROM search_docs ORDER BY 1")]
        categories = [r[0] for r in db.execute("SELECT DISTINCT category_key FROM search_docs ORDER BY 1")]
        exprs = [sql.format(platform=_case("platform", platforms), category=_case("category_key", categories))
                 for _, sql, _ in _ARRAYS]
        # group_concat builds one string per column inside SQLite: far cheaper than a Python tuple per row.
        row = db.execute(
            f"""SELECT group_concat(id), {', '.join(f'group_concat({e})' for e in exprs)}
                FROM (SELECT id, platform, category_key, codes_mask, severity_mask, review_mask, price, crawled_ts,
                             crawled_month, gone, risk FROM search_docs INDEXED BY search_docs_keys ORDER BY id)""",
            [*platforms, *categories]).fetchone()
        arrays = {name: _numbers(text, dtype) for (name, _, dtype), text in zip(_ARRAYS, row[1:], strict=True)}
        ids = _numbers(row[0], np.int64)
        size_ids_text, sizes_hex = db.execute(
            "SELECT group_concat(id), group_concat(hex(sz), '') FROM (SELECT id, sz FROM search_fts_docsize "
            "ORDER BY id)").fetchone()
        size_ids = _numbers(size_ids_text, np.int64)
        columns = cls(generation=generation, ids=ids, platforms=platforms, categories=categories,
                      length=np.zeros(len(ids), dtype=np.int32), **cast(dict[str, Any], arrays))
        columns.price[columns.price <= _NAN / 2] = np.nan
        at, found = columns.positions(size_ids)
        columns.length[at[found]] = _row_lengths(sizes_hex, len(size_ids))[found]
        columns.read_averages(db)
        return columns

    def save(self, path: Path, index_id: str) -> None:
        """Write the arrays beside the database (``<db>.columns.npz``), so the next handle starts from them."""
        names = [name for name, _, _ in _ARRAYS] + ["ids", "length"]
        meta = {"index_id": index_id, "generation": self.generation, "platforms": self.platforms,
                "categories": self.categories, "rows": self.rows, "avgdl": self.avgdl}
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "wb") as out:
            np.savez(out, meta=np.array(json.dumps(meta, ensure_ascii=False)),
                     **{name: getattr(self, name) for name in names})
        tmp.replace(path)  # whole or not at all, even with another process reading it

    @classmethod
    def read_saved(cls, path: Path, index_id: str) -> Columns | None:
        """The arrays :meth:`save` wrote for this index (None when absent, unreadable or another index's)."""
        try:
            with np.load(path, allow_pickle=False) as saved:
                meta = json.loads(str(saved["meta"]))
                if meta.get("index_id") != index_id:
                    return None
                arrays = {name: saved[name] for name, _, _ in _ARRAYS}
                return cls(generation=int(meta["generation"]), ids=saved["ids"], platforms=meta["platforms"],
                           categories=meta["categories"], length=saved["length"], rows=int(meta["rows"]),
                           avgdl=float(meta["avgdl"]), **cast(dict[str, Any], arrays))
        except (OSError, ValueError, KeyError):
            return None

    def read_averages(self, db: sqlite3.Connection) -> None:
        """Row count and average row length from FTS5's averages record (what its bm25 reads)."""
        row = db.execute("SELECT block FROM search_fts_data WHERE id = 1").fetchone()
        averages = varints(bytes(row[0])) if row and row[0] else np.zeros(0, dtype=np.int64)
        self.rows = int(averages[0]) if len(averages) else 0
        tokens = int(averages[1:].sum()) if len(averages) > 1 else 0
        self.avgdl = tokens / self.rows if self.rows else 0.0

    def patch(self, db: sqlite3.Connection, changed: Sequence[int], generation: int) -> None:
        """Re-read the documents ``changed`` (written or deleted since this generation) in place."""
        rows: list[tuple[Any, ...]] = []
        sizes: dict[int, bytes] = {}
        for start in range(0, len(changed), 500):
            chunk = list(changed[start: start + 500])
            marks = ",".join("?" * len(chunk))
            rows += db.execute(
                f"""SELECT id, platform, category_key, codes_mask, severity_mask, review_mask, price, crawled_ts,
                           crawled_month, gone, risk FROM search_docs WHERE id IN ({marks})""", chunk).fetchall()
            sizes.update(db.execute(f"SELECT id, sz FROM search_fts_docsize WHERE id IN ({marks})", chunk))
        for r in rows:  # a platform or category never seen gets the next code
            for names, value in ((self.platforms, r[1]), (self.categories, r[2])):
                if value not in names:
                    names.append(value)
        rows.sort()
        new_ids = np.array([r[0] for r in rows], dtype=np.int64)
        fresh: dict[str, np.ndarray] = {
            "platform": np.array([self.platforms.index(r[1]) for r in rows], dtype=np.int32),
            "category": np.array([self.categories.index(r[2]) for r in rows], dtype=np.int32),
            **{name: np.array([r[i] if r[i] is not None else np.nan for r in rows], dtype=dtype)
               for i, (name, _, dtype) in enumerate(_ARRAYS[2:], start=3)},
            "length": np.array([varints(sizes[r[0]]).sum() if r[0] in sizes else 0 for r in rows],
                               dtype=np.int32),
        }
        names = [name for name, _, _ in _ARRAYS] + ["length"]
        at, found = self.positions(np.asarray(changed, dtype=np.int64))
        gone_ids = np.setdiff1d(np.asarray(changed, dtype=np.int64), new_ids)
        if len(gone_ids) or not bool(np.all(found[np.isin(changed, new_ids)])):
            # Deletions or new ids: rebuild the arrays around the changed ones (O(n) copies, still no SQL scan).
            keep = ~np.isin(self.ids, np.asarray(changed, dtype=np.int64))
            ids = np.concatenate([self.ids[keep], new_ids])
            order = np.argsort(ids, kind="stable")
            self.ids = ids[order]
            for name in names:
                setattr(self, name, np.concatenate([getattr(self, name)[keep], fresh[name]])[order])
        else:  # only rewrites of documents already here: in place
            at, _ = self.positions(new_ids)
            for name in names:
                getattr(self, name)[at] = fresh[name]
        self.read_averages(db)
        self.generation = generation

    def positions(self, listing_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(positions, found)``: where each id sits in the arrays, and whether it is there at all."""
        n = len(self.ids)
        if not n:
            return np.zeros(len(listing_ids), dtype=np.int64), np.zeros(len(listing_ids), dtype=bool)
        first = int(self.ids[0])
        if int(self.ids[-1]) - first + 1 == n:  # ids without gaps (the store's usual case): arithmetic
            at = listing_ids - first
            found = (at >= 0) & (at < n)
            return np.where(found, at, 0), found
        at = np.searchsorted(self.ids, listing_ids).clip(0, n - 1)
        return at, self.ids[at] == listing_ids

    def keep(self, at: np.ndarray, filters: Filters, bits: dict[tuple[str, str], int]) -> np.ndarray:
        """Boolean mask over positions ``at``: the documents that pass ``filters`` (as ``filter_sql`` reads them).

        Each filter reads only the documents the ones before it kept: the reads are random accesses into
        arrays of a million, which cost more than the comparisons."""
        idx = np.arange(len(at))

        def narrow(column: np.ndarray, test: Any) -> None:
            nonlocal idx
            if len(idx):
                idx = idx[test(column[at[idx]])]

        def any_of(column: np.ndarray, names: list[str], wanted: tuple[str, ...]) -> None:
            allowed = np.zeros(len(names) + 1, dtype=bool)  # indexed by code; -1 (never seen) stays False
            allowed[[i for i, name in enumerate(names) if name in wanted]] = True
            narrow(column, lambda v: allowed[v])

        def any_bit(facet: str, column: np.ndarray, wanted: tuple[str, ...]) -> None:
            mask = sum(1 << bits[(facet, v)] for v in wanted if (facet, v) in bits)
            narrow(column, lambda v: (v & mask) != 0)

        if filters.platforms:
            any_of(self.platform, self.platforms, filters.platforms)
        if filters.categories:
            any_of(self.category, self.categories, filters.categories)
        if filters.finding_codes:
            any_bit("finding_code", self.codes_mask, filters.finding_codes)
        if filters.severities:
            any_bit("severity", self.severity_mask, filters.severities)
        if filters.reviews:
            any_bit("review", self.review_mask, filters.reviews)
        # NaN (no price) compares false, as NULL does in SQL.
        low, high = filters.price_min, filters.price_max
        if low is not None and high is not None:
            narrow(self.price, lambda v: (v >= low) & (v <= high))
        elif low is not None:
            narrow(self.price, lambda v: v >= low)
        elif high is not None:
            narrow(self.price, lambda v: v <= high)
        start = day_start(filters.crawled_from) if filters.crawled_from is not None else None
        end = day_start(filters.crawled_to) + 86400 if filters.crawled_to is not None else None
        if start is not None:
            narrow(self.crawled_ts, lambda v: v >= start)
        if end is not None:
            narrow(self.crawled_ts, lambda v: v < end)
        if filters.gone is not None:
            gone = int(filters.gone)
            narrow(self.gone, lambda v: v == gone)
        if filters.flagged is not None:
            flagged = filters.flagged
            narrow(self.codes_mask, lambda v: (v != 0) if flagged else (v == 0))
        keep = np.zeros(len(at), dtype=bool)
        keep[idx] = True
        return keep

    def facets(self, at: np.ndarray, bits: dict[tuple[str, str], int]) -> dict[str, dict[str, int]]:
        """Facet counts over the documents at positions ``at`` (the same buckets as the SQL facets)."""
        out: dict[str, dict[str, int]] = {}

        def named(counts: np.ndarray, names: Sequence[str]) -> dict[str, int]:
            return {names[i] or "": int(n) for i, n in enumerate(counts) if n}

        out["platform"] = named(np.bincount(self.platform[at], minlength=len(self.platforms)), self.platforms)
        category: dict[str, int] = {}
        for name, n in named(np.bincount(self.category[at], minlength=len(self.categories)),
                             self.categories).items():
            category[name] = category.get(name, 0) + n
        out["category"] = category
        for facet, column in (("finding_code", self.codes_mask), ("severity", self.severity_mask),
                              ("review", self.review_mask)):
            values = column[at]
            values = values[values != 0]  # most listings have no finding: count bits over the others only
            counts: dict[str, int] = {}
            for (f, value), bit in bits.items():
                if f == facet and (n := int(np.count_nonzero(values & (1 << bit)))):
                    counts[value] = n
            out[facet] = counts
        price = self.price[at]
        highs = [high for _, high in PRICE_BUCKETS if high]
        bucket = np.where(np.isnan(price), len(PRICE_BUCKETS), np.searchsorted(highs, price, side="right"))
        labels = [f"{low:g}-{'' if high is None else f'{high:g}'}" for low, high in PRICE_BUCKETS] + ["unknown"]
        out["price"] = named(np.bincount(bucket, minlength=len(labels)), labels)
        month = self.crawled_month[at]
        known = month[month != 0]
        crawled: dict[str, int] = {}
        if len(known):  # a count per month between the first and the last (no sort, unlike np.unique)
            first = int(known.min())
            for i, n in enumerate(np.bincount(known - first).tolist()):
                if n:
                    m = first + i
                    crawled[f"{m // 100:04d}-{m % 100:02d}"] = n
        if unknown := len(month) - len(known):
            crawled["unknown"] = unknown
        out["crawled"] = crawled
        gone = np.bincount(self.gone[at].astype(np.int64), minlength=2)
        out["gone"] = {k: int(n) for k, n in (("live", gone[0]), ("gone", gone[1])) if n}
        return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()}


def sorted_intersection(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Values of sorted ``a`` also in sorted ``b`` (binary search: no concatenation and sort as intersect1d does)."""
    if not len(a) or not len(b):
        return a[:0]
    at = np.searchsorted(b, a).clip(0, len(b) - 1)
    return a[b[at] == a]


def phrase_frequencies(db: sqlite3.Connection, vocab: str, tokens: Sequence[str],
                       columns: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """``(docs, weighted frequency)`` of a phrase (consecutive ``tokens``) in ``columns``, docs sorted.

    The weighted frequency is what FTS5's bm25 sums: the column weight of every instance of the phrase. The
    instance table lists instances in (doc, column, offset) order, so everything below stays sorted without a sort.
    """
    allowed = np.zeros(8, dtype=bool)
    allowed[[FTS_COLUMNS.index(c) for c in columns]] = True
    keys: np.ndarray | None = None
    for i, token in enumerate(tokens):
        if len(tokens) == 1:
            sql = f"SELECT group_concat(doc * 8 + {_COL_CASE}) FROM {vocab} WHERE term = ?"
        else:
            sql = f"SELECT group_concat(((doc * 8 + {_COL_CASE}) << {_OFFSET_BITS}) + offset) FROM {vocab} " \
                  f"WHERE term = ?"
        (text,) = db.execute(sql, (token,)).fetchone()
        found = _numbers(text, np.int64)
        if len(tokens) > 1:  # instance of token i at offset o + i continues a phrase started at o
            found = found - i
            keys = found if keys is None else sorted_intersection(keys, found)
        else:
            keys = found
        if not len(keys):
            break
    assert keys is not None
    doc_col = keys >> _OFFSET_BITS if len(tokens) > 1 else keys
    doc_col = doc_col[allowed[doc_col & 7]]
    if not len(doc_col):
        return doc_col, np.zeros(0, dtype=np.float64)
    doc = doc_col >> 3
    weights = np.array([*WEIGHTS, 1.0, 1.0], dtype=np.float64)[doc_col & 7]
    starts = np.flatnonzero(np.concatenate(([True], doc[1:] != doc[:-1])))
    # reduceat adds each doc's weights left to right, in instance order, as FTS5's loop does.
    return doc[starts], np.add.reduceat(weights, starts)


def bm25(columns: Columns, match_at: np.ndarray, match_ids: np.ndarray,
         phrases: Sequence[tuple[np.ndarray, np.ndarray]], hits: Sequence[int] | None = None) -> np.ndarray | None:
    """FTS5's ``bm25()`` value (negative, lower is better) of each matching row, or None if some required phrase
    has no instance in a matching row (the query is not one this module understood: rank it in FTS5 instead).

    ``hits``: the rows each phrase is in, where ``phrases`` hold only some of them (by default all)."""
    n = columns.rows
    score = np.zeros(len(match_ids), dtype=np.float64)
    length = columns.length[match_at]
    norm = K1 * (1 - B + B * length / columns.avgdl) if columns.avgdl else np.full(len(match_ids), K1 * (1 - B))
    for i, (docs, freq) in enumerate(phrases):
        hit = len(docs) if hits is None else hits[i]
        idf = math.log((n - hit + 0.5) / (hit + 0.5)) if n else 0.0
        if idf <= 0.0:
            idf = 1e-6
        if not len(docs):
            return None
        if len(docs) == len(match_ids) and bool(np.array_equal(docs, match_ids)):
            f = freq  # the usual one-term query: the phrase's rows are the matches
        else:
            at = np.searchsorted(docs, match_ids).clip(0, len(docs) - 1)
            if not bool(np.all(docs[at] == match_ids)):
                return None
            f = freq[at]
        score += idf * ((f * (K1 + 1.0)) / (f + norm))
    return -1.0 * score
