"""Per-document frequencies of the index's common tokens, precomputed, so that ranking a common word reads no
token positions at query time.

Why: at a million listings, ranking a word found in 2-25% of them (玩具, 儿童, 羽绒) through FTS5 means reading
every instance of its tokens (about 0.3 µs each through ``fts5vocab``: 60-100 ms for 200,000-340,000 instances)
or FTS5's ``bm25()`` of every match (about 1 µs a row). So a reindex reads those instances once and keeps, per
common token, the listings that hold it in the columns a plain word matches in (title, brand, maker, body, codes)
and its weighted frequency there: the number FTS5's bm25 sums, the column weight of every instance. For a query of
one such token that is the whole answer: its listings are the matches, its frequencies give the exact score. For a
phrase (羽绒服 = 羽绒 绒服) the smallest frequency of its common tokens bounds the phrase's frequency from above,
so ``index.sqlite_fts`` scores exactly only the listings whose bound could still reach the first page.

Which tokens: two-character Chinese bigrams and ASCII letter/digit words (what unicode61 keeps whole and
unchanged, so counting them in the stored token text gives FTS5's counts; checked against the linked SQLite, see
:func:`unicode61_keeps`) in at least ``MIN_SHARE`` and at most ``MAX_SHARE`` of the listings: rarer ones are cheap
to rank from FTS5, commoner ones are boilerplate (品牌, 生产企业) that nobody searches, and they would double the
file. The arrays are saved beside the database (``<db>.terms.npy`` and ``.json``) and mapped, not read, by each
handle (the pages are shared between processes), and brought up to date from the change log like the columns.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from index.columns import phrase_frequencies
from index.sqlite_sql import COLUMN_SETS, FTS_COLUMNS, WEIGHTS

MIN_SHARE = 0.02
"""Least share of the listings a token must be in to be kept (rarer: FTS5 ranks it about as fast)."""
MIN_DOCS = 2000
"""And at least this many listings (a small index ranks everything from FTS5 in a few milliseconds)."""
MAX_SHARE = 0.25
"""Most share of the listings a kept token may be in (boilerplate above that: not worth its memory)."""
MAX_DOUBTFUL = 1000
"""Changed listings whose text this module cannot count exactly (see :meth:`TermFrequencies.patch`) kept aside
and counted by FTS5 at query time; more than this and the store is dropped until the next full build."""

_CJK_SAFE = "\u3400-\u4db5\u4e00-\u9fcc"  # the ideographs of Unicode 6.1 (SQLite's unicode61 tables know them)
_SAFE_TOKEN = re.compile(f"[a-z0-9]+|[{_CJK_SAFE}]{{2}}")
_SAFE_TEXT = re.compile(f"[a-z0-9 {_CJK_SAFE}]*")
_DOC_DTYPE = np.int32
ANY_COLUMNS = COLUMN_SETS["any"]
"""The columns a plain word matches in: the frequencies are over these."""
ANY_WEIGHTS = tuple(WEIGHTS[FTS_COLUMNS.index(c)] for c in ANY_COLUMNS)


@cache
def unicode61_keeps() -> bool:
    """Whether the linked SQLite's unicode61 tokenizer keeps every character counted here as a token character
    and leaves it unchanged (then splitting the stored token text on spaces gives exactly FTS5's tokens)."""
    db = sqlite3.connect(":memory:")
    try:
        db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 0')")
        chars = "".join(chr(c) for lo, hi in ((0x3400, 0x4DB5), (0x4E00, 0x9FCC)) for c in range(lo, hi + 1))
        words = ["abcdefghijklmnopqrstuvwxyz0123456789"] + [chars[i: i + 500] for i in range(0, len(chars), 500)]
        db.execute("INSERT INTO t VALUES (?)", (" ".join(words),))
        db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, t, row)")
        return sorted(r[0] for r in db.execute("SELECT term FROM temp.v")) == sorted(words)
    finally:
        db.close()


def countable(text: str) -> bool:
    """Whether FTS5 tokenizes this stored token text exactly as splitting it on spaces does (see
    :func:`unicode61_keeps`): then counting tokens or phrases in the split text gives FTS5's counts."""
    return _SAFE_TEXT.fullmatch(text) is not None and unicode61_keeps()


def phrase_count(words: Sequence[str], phrase: Sequence[str]) -> int:
    """Instances of ``phrase`` (consecutive tokens) in ``words``, overlapping ones included, as FTS5 counts."""
    first, m = phrase[0], len(phrase)
    return sum(1 for i, w in enumerate(words) if w == first and list(words[i: i + m]) == list(phrase))


def kept_token(token: str) -> bool:
    """Whether a token is of a form this module counts (see the module's docstring)."""
    return _SAFE_TOKEN.fullmatch(token) is not None


@dataclass
class TermFrequencies:
    """Common tokens' listings (sorted) and weighted frequencies, in two flat arrays sliced by ``spans``."""

    generation: int
    spans: dict[str, tuple[int, int]]
    docs: np.ndarray
    freq: np.ndarray
    changed: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    """Tokens whose arrays a patch replaced (the flat arrays may be a read-only mapping of the saved file)."""
    doubtful: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    """Listings left out of every token's arrays: counted by FTS5 at query time (see ``patch``)."""

    @classmethod
    def build(cls, db: sqlite3.Connection, vocab_row: str, vocab_instance: str, rows: int,
              generation: int) -> TermFrequencies:
        """Read the instances of every kept token once (none kept where unicode61 is not the one checked)."""
        if not unicode61_keeps():
            return cls.empty(generation)
        low, high = max(MIN_DOCS, MIN_SHARE * rows), MAX_SHARE * rows
        terms = [t for (t,) in db.execute(f"SELECT term FROM {vocab_row} WHERE doc >= ? AND doc <= ? ORDER BY term",
                                          (low, high)) if kept_token(t)]
        spans: dict[str, tuple[int, int]] = {}
        docs_parts: list[np.ndarray] = []
        freq_parts: list[np.ndarray] = []
        at = 0
        for term in terms:
            docs, freq = phrase_frequencies(db, vocab_instance, (term,), ANY_COLUMNS)
            if not len(docs) or freq.max() > 255 or docs[-1] > np.iinfo(_DOC_DTYPE).max:
                continue  # a frequency a byte cannot hold exactly: FTS5 ranks this one
            spans[term] = (at, at + len(docs))
            at += len(docs)
            docs_parts.append(docs.astype(_DOC_DTYPE))
            freq_parts.append(freq.astype(np.uint8))
        if not spans:
            return cls.empty(generation)
        return cls(generation=generation, spans=spans, docs=np.concatenate(docs_parts),
                   freq=np.concatenate(freq_parts))

    @classmethod
    def empty(cls, generation: int) -> TermFrequencies:
        """A store that keeps no token (a small index: every word is ranked by FTS5)."""
        return cls(generation=generation, spans={}, docs=np.zeros(0, dtype=_DOC_DTYPE),
                   freq=np.zeros(0, dtype=np.uint8))

    def _raw(self, token: str) -> tuple[np.ndarray, np.ndarray] | None:
        if token in self.changed:
            return self.changed[token]
        if token in self.spans:
            start, end = self.spans[token]
            return self.docs[start:end], self.freq[start:end]
        return None

    def get(self, token: str) -> tuple[np.ndarray, np.ndarray] | None:
        """``(listing ids, weighted frequency)`` of a kept token, ids sorted; None when it is not kept."""
        raw = self._raw(token)
        return None if raw is None else (raw[0].astype(np.int64), raw[1].astype(np.float64))

    def save(self, path: Path, index_id: str) -> None:
        """Write ``<path>.npy`` (listing ids, then frequencies) and ``<path>.json`` (which token is where)."""
        docs_parts, freq_parts, spans, at = [], [], {}, 0
        for token in sorted({*self.spans, *self.changed}):
            raw = self._raw(token)
            assert raw is not None
            docs, freq = raw
            spans[token] = (at, at + len(docs))
            at += len(docs)
            docs_parts.append(docs.astype(_DOC_DTYPE))
            freq_parts.append(freq.astype(np.uint8))
        flat = np.concatenate([*docs_parts, np.zeros(0, dtype=_DOC_DTYPE)]).view(np.uint8)
        both = np.concatenate([flat, *freq_parts])
        meta = {"index_id": index_id, "generation": self.generation, "count": at, "spans": spans,
                "doubtful": self.doubtful.tolist()}
        npy, js = path.with_name(path.name + ".npy"), path.with_name(path.name + ".json")
        for target, write in ((npy, lambda f: np.save(f, both)),
                              (js, lambda f: f.write(json.dumps(meta, ensure_ascii=False).encode()))):
            tmp = target.with_name(target.name + ".tmp")
            with open(tmp, "wb") as out:
                write(out)
            tmp.replace(target)

    @classmethod
    def read_saved(cls, path: Path, index_id: str) -> TermFrequencies | None:
        """The arrays :meth:`save` wrote for this index, mapped read-only (None when absent or another index's)."""
        try:
            meta = json.loads(path.with_name(path.name + ".json").read_text())
            if meta.get("index_id") != index_id:
                return None
            both = np.load(path.with_name(path.name + ".npy"), mmap_mode="r", allow_pickle=False)
            count = int(meta["count"])
            width = np.dtype(_DOC_DTYPE).itemsize
            if len(both) != count * (width + 1):
                return None  # the two files of different saves
            docs = both[: count * width].view(_DOC_DTYPE)
            freq = both[count * width:]
            return cls(generation=int(meta["generation"]), spans={k: (int(a), int(b)) for k, (a, b) in
                                                                  meta["spans"].items()},
                       docs=docs, freq=freq, doubtful=np.asarray(meta.get("doubtful", []), dtype=np.int64))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def patch(self, db: sqlite3.Connection, changed: Sequence[int], generation: int) -> bool:
        """Re-count the listings ``changed`` from their stored token text; False when too many of them cannot be
        counted exactly (the caller then drops the store).

        A listing whose text holds a character unicode61 might split or fold differently from a space (anything
        but ASCII letters, digits and the ideographs checked) is left out of every token and kept in
        ``doubtful``: the search counts those few through FTS5 itself."""
        changed_ids = np.unique(np.asarray(changed, dtype=np.int64))
        counts: dict[int, dict[str, float]] = {}
        doubtful: list[int] = []
        for start in range(0, len(changed_ids), 500):
            chunk = changed_ids[start: start + 500].tolist()
            for row in db.execute(f"SELECT rowid, {', '.join(ANY_COLUMNS)} FROM search_fts WHERE rowid IN "
                                  f"({','.join('?' * len(chunk))})", chunk):
                if not all(countable(text or "") for text in row[1:]):
                    doubtful.append(int(row[0]))
                    continue
                found: dict[str, float] = {}
                for weight, text in zip(ANY_WEIGHTS, row[1:], strict=True):
                    for token in (text or "").split():
                        if token in self.spans or token in self.changed:
                            found[token] = found.get(token, 0.0) + weight
                counts[int(row[0])] = found
        self.doubtful = np.union1d(np.setdiff1d(self.doubtful, changed_ids), np.asarray(doubtful, dtype=np.int64))
        if len(self.doubtful) > MAX_DOUBTFUL:
            return False
        for token in list({*self.spans, *self.changed}):
            raw = self._raw(token)
            assert raw is not None
            docs, freq = raw
            pos = np.searchsorted(docs, changed_ids).clip(0, max(len(docs) - 1, 0))
            stale = pos[docs[pos] == changed_ids] if len(docs) else pos[:0]
            fresh = [(i, c[token]) for i, c in counts.items() if token in c]
            if not len(stale) and not fresh:
                continue
            new_docs = np.concatenate([np.delete(docs, stale).astype(np.int64),
                                       np.array([i for i, _ in fresh], dtype=np.int64)])
            new_freq = np.concatenate([np.delete(freq, stale).astype(np.float64),
                                       np.array([f for _, f in fresh], dtype=np.float64)])
            if len(new_freq) and (new_freq.max() > 255 or new_docs.max() > np.iinfo(_DOC_DTYPE).max):
                return False
            order = np.argsort(new_docs, kind="stable")
            self.changed[token] = (new_docs[order].astype(_DOC_DTYPE), new_freq[order].astype(np.uint8))
        self.generation = generation
        return True
