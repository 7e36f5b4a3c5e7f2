"""The embedded default backend: SQLite FTS5 over jieba-segmented text, in a file (usually the store's own).

FTS5's trigram tokenizer cannot match queries shorter than three characters (积木, 电源), and unicode61 sees a
whole run of Chinese characters as one token, so the text is segmented with jieba before it reaches FTS5 (see
``index.tokenize``). Tables are prefixed ``search_`` so they can live beside the store's tables.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.base import IndexedListing, SearchHit
from index.snippet import make_snippet
from index.tokenize import QueryTerm, doc_chars, doc_words, query_terms

_SCHEMA = """
CREATE TABLE IF NOT EXISTS search_docs (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    item_id TEXT NOT NULL,
    title TEXT NOT NULL,
    brand TEXT NOT NULL,
    maker TEXT NOT NULL,
    category TEXT NOT NULL,
    text TEXT NOT NULL,
    risk REAL NOT NULL,
    finding_codes TEXT NOT NULL  -- JSON array, filtered with json_each
);
CREATE INDEX IF NOT EXISTS search_docs_platform ON search_docs(platform);
-- rowid = search_docs.id. Words columns hold jieba tokens; chars holds single Chinese characters for phrases.
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(title, brand, body, chars, tokenize = 'unicode61');
"""

# bm25 weights for (title, brand, body, chars). FTS5 saturates term frequency over the whole row length, so a
# title hit needs a large weight to beat a hit in a short description; the character-phrase fallback only adds
# recall and must not let short documents outrank real word matches.
_WEIGHTS = (10.0, 5.0, 1.0, 0.2)


def _quote(token: str) -> str:
    """An FTS5 string literal: user text becomes a phrase, never syntax."""
    return '"' + token.replace('"', '""') + '"'


def fts_expression(terms: Iterable[QueryTerm]) -> str:
    """An FTS5 MATCH expression requiring every term (Chinese words also match as a character phrase)."""
    parts = []
    for term in terms:
        if term.chars:
            parts.append(f"({{title brand body}} : {_quote(term.token)} OR chars : {_quote(' '.join(term.chars))})")
        else:
            parts.append(_quote(term.token))
    return " AND ".join(parts)


class SqliteIndex:
    """SearchIndex over an SQLite file; safe to share between threads (one connection, one lock)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA busy_timeout = 10000")  # the store writes to the same file
        with self._lock:
            self._db.executescript(_SCHEMA)

    def add(self, items: Iterable[IndexedListing]) -> int:
        written = 0
        with self._transaction():
            for item in items:
                self._write(item)
                written += 1
        return written

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        # isolation_level=None leaves transactions to us: docs row and FTS row change together or not at all.
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _write(self, item: IndexedListing) -> None:
        (doc_id,) = self._db.execute(
            """INSERT INTO search_docs (url, platform, item_id, title, brand, maker, category, text, risk,
                                        finding_codes)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(url) DO UPDATE SET platform = excluded.platform, item_id = excluded.item_id,
                   title = excluded.title, brand = excluded.brand, maker = excluded.maker,
                   category = excluded.category, text = excluded.text, risk = excluded.risk,
                   finding_codes = excluded.finding_codes
               RETURNING id""",
            (item.url, item.platform, item.item_id, item.title, item.brand, item.maker, item.category,
             item.text, float(item.risk), json.dumps(list(item.finding_codes))),
        ).fetchone()
        body = "\n".join((item.category, item.text))
        everything = "\n".join((item.title, item.brand, item.maker, body))
        self._db.execute("DELETE FROM search_fts WHERE rowid = ?", (doc_id,))
        self._db.execute(
            "INSERT INTO search_fts (rowid, title, brand, body, chars) VALUES (?, ?, ?, ?, ?)",
            (doc_id, doc_words(item.title), doc_words(f"{item.brand}\n{item.maker}"), doc_words(body),
             doc_chars(everything)),
        )

    def search(
        self, query: str, *, limit: int = 20, platform: str | None = None, finding_code: str | None = None
    ) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms or limit <= 0:
            return []
        sql = f"""SELECT d.url, d.title, d.platform, -bm25(search_fts, {', '.join(map(str, _WEIGHTS))}) AS score,
                         d.risk, d.finding_codes, d.text, d.brand, d.maker, d.category
                  FROM search_fts JOIN search_docs AS d ON d.id = search_fts.rowid
                  WHERE search_fts MATCH :match
                    AND (:platform IS NULL OR d.platform = :platform)
                    AND (:code IS NULL OR EXISTS (SELECT 1 FROM json_each(d.finding_codes) WHERE value = :code))
                  ORDER BY score DESC, d.risk DESC, d.id
                  LIMIT :limit"""
        params = {"match": fts_expression(terms), "platform": platform, "code": finding_code, "limit": limit}
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [
            SearchHit(url=url, title=title, platform=plat, score=score,
                      snippet=make_snippet((text, title, brand, maker, category), terms),
                      risk=risk, finding_codes=tuple(json.loads(codes)))
            for url, title, plat, score, risk, codes, text, brand, maker, category in rows
        ]

    def remove(self, url: str) -> bool:
        with self._transaction():
            row = self._db.execute("DELETE FROM search_docs WHERE url = ? RETURNING id", (url,)).fetchone()
            if row is not None:
                self._db.execute("DELETE FROM search_fts WHERE rowid = ?", row)
        return row is not None

    def count(self) -> int:
        with self._lock:
            (n,) = self._db.execute("SELECT count(*) FROM search_docs").fetchone()
        return int(n)

    def close(self) -> None:
        with self._lock:
            self._db.close()
