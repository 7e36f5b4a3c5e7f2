"""The embedded default backend: SQLite FTS5 over folded, bigram-tokenized text, in a file (usually the store's).

Tables are prefixed ``search_`` so they can live beside the store's tables and never touch them. ``search_docs``
holds what results show and what filters, facets and sorts read (multi-valued facets as bit masks, so counting
them is one pass with no joins); ``search_fts`` the tokens (see ``index.tokenize``); ``search_vectors`` the
embeddings (see ``index.vectors``); ``search_meta`` the schema version, the bit of each facet value and the
generation number every write bumps; ``search_changes`` the ids each generation changed. Text searches match in
FTS5 and filter, count facets and rank in numpy over per-handle columns (see ``index.columns``).

Writes are batched in one ``BEGIN IMMEDIATE`` transaction each (the docs row, its tokens and its vector change
together or not at all). A full rebuild writes into ``search_new_*`` tables and renames them over the live ones in
one short transaction at the end, so searches keep working while it runs and the store is never locked for long.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from index.base import (
    MAX_LIMIT,
    PRICE_BUCKETS,
    Filters,
    IndexedListing,
    SearchHit,
    SearchRequest,
    SearchResult,
    Sort,
    price_bucket,
)
from index.columns import Columns, bm25, phrase_frequencies
from index.paging import after_key, decode_cursor, encode_cursor, reciprocal_rank_fusion
from index.query import Clause, ParsedQuery, merge_query_filters, parse_query
from index.snippet import make_snippet
from index.sqlite_sql import (
    COLUMN_SETS,
    FTS_COLUMNS,
    WEIGHTS,
    clause_expression,
    exclusion_expression,
    filter_sql,
    fts_expression,
)
from index.terms import TermFrequencies, countable, phrase_count
from index.tokenize import doc_tokens
from index.vectors import VectorIndex, to_blob

SCHEMA_VERSION = "4"
_MULTI = {"finding_code": "codes_mask", "severity": "severity_mask", "review": "review_mask"}
_TABLES = ("docs", "fts", "vectors")


def _schema(prefix: str) -> str:
    return f"""
CREATE TABLE IF NOT EXISTS {prefix}docs (
    id INTEGER PRIMARY KEY,            -- the store's listing id
    url TEXT NOT NULL, platform TEXT NOT NULL, item_id TEXT NOT NULL, title TEXT NOT NULL, brand TEXT NOT NULL,
    maker TEXT NOT NULL, category TEXT NOT NULL, category_key TEXT NOT NULL, text TEXT NOT NULL,
    price REAL, risk REAL NOT NULL, finding_codes TEXT NOT NULL,
    codes_mask INTEGER NOT NULL, severity_mask INTEGER NOT NULL, review_mask INTEGER NOT NULL,
    crawled_ts REAL NOT NULL,          -- epoch seconds, 0 when unknown
    crawled_month INTEGER NOT NULL,    -- YYYYMM for the facet, 0 when unknown
    gone INTEGER NOT NULL, version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS {prefix}docs_risk ON {prefix}docs(risk DESC, id);
CREATE INDEX IF NOT EXISTS {prefix}docs_crawled ON {prefix}docs(crawled_ts DESC, id);
CREATE INDEX IF NOT EXISTS {prefix}docs_platform ON {prefix}docs(platform);
-- Everything filters, facets and sorts read, by id: joining a text match to its keys then reads this narrow
-- b-tree instead of the wide rows (half the time at a million listings).
CREATE INDEX IF NOT EXISTS {prefix}docs_keys ON {prefix}docs(id, platform, category_key, codes_mask, severity_mask,
    review_mask, price, crawled_ts, crawled_month, gone, risk);
CREATE VIRTUAL TABLE IF NOT EXISTS {prefix}fts USING fts5({', '.join(FTS_COLUMNS)},
    tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS {prefix}vectors (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, vec BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS {prefix}vectors_seq ON {prefix}vectors(seq);
"""


_META = "CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
# Which documents each write transaction changed, so that a long-lived handle's columns (index.columns) re-read only
# those; id -1 means "everything" (a rebuild swapped in). The last CHANGES_KEPT generations are kept.
_CHANGES = """CREATE TABLE IF NOT EXISTS search_changes (generation INTEGER NOT NULL, id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS search_changes_generation ON search_changes(generation)"""
CHANGES_KEPT = 1000
RESAVE_AFTER = 100
"""Generations after which a handle saves its patched columns again (a new handle then patches less)."""
PATCH_MAX = 50_000
"""More changed documents than this since a handle's columns were read: read them all again instead."""
FTS_RANK_ROWS = 2000
"""Text matches up to which FTS5's own bm25() ranks them (about 1 µs a row here: cheaper than the token scans)."""
VOCAB_COST = 0.35
"""Cost of one token instance read through fts5vocab, relative to one row ranked by FTS5's bm25() (measured here:
about 0.3 µs against 1 µs at a million listings)."""
BOUNDED_BATCH = 64
"""Matches a one-phrase query scores exactly first (``_bounded``); each further batch is twice the last."""
BOUNDED_MAX = 1500
"""Matches of a phrase scored one by one (``_bounded``) before giving up on the bounds and ranking them all."""
SEMANTIC_CANDIDATES = 200
"""Nearest neighbours fetched for a semantic search (filters apply to these; pages go through them)."""
HYBRID_DEPTH = 200
"""Hits of each ranking fused by a hybrid search."""


def _ts(value: datetime | None) -> float:
    if value is None:
        return 0.0
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).timestamp()


def _by_id(found: list[int], freq: list[float]) -> tuple[np.ndarray, np.ndarray]:
    """``(ids, frequencies)`` as arrays in id order (the order ``bm25`` and ``np.searchsorted`` read them in)."""
    ids = np.asarray(found, dtype=np.int64)
    order = np.argsort(ids, kind="stable")
    return ids[order], np.asarray(freq, dtype=np.float64)[order]


def _from_ts(ts: float) -> datetime | None:
    return datetime.fromtimestamp(ts, UTC).replace(tzinfo=None) if ts else None


class SqliteIndex:
    """SearchIndex over an SQLite file; safe to share between threads (one connection, one lock)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.name = str(self.path)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        for pragma in ("busy_timeout = 30000", "journal_mode = WAL", "synchronous = NORMAL",
                       "cache_size = -262144", "temp_store = MEMORY"):
            self._db.execute(f"PRAGMA {pragma}")  # the store writes to the same file; WAL lets readers read
        self._prefix = "search_"
        self._rebuilding = False
        with self._lock:
            self._ensure_schema()
        self._bits = self._load_bits()
        self._columns: Columns | None = None  # loaded by the first text search (see index.columns)
        self._saved_generation = -1  # the generation of the columns saved beside the database
        self._terms: TermFrequencies | None = None  # common tokens' frequencies (index.terms), with the columns
        self._terms_saved_generation = -1
        self.use_term_frequencies = True
        """Whether text searches read ``index.terms`` (off: rank from FTS5 as before, for comparison)."""
        self.vectors = VectorIndex(self._db, self._lock, self.path.with_name(self.path.name + ".vectors.faiss"))

    # -- schema and bookkeeping -------------------------------------------------------------------------------
    def _create(self, prefix: str) -> None:
        # Statement by statement: executescript() would commit a transaction in progress.
        for statement in _schema(prefix).split(";\n"):
            if statement.strip():
                self._db.execute(statement)

    def _ensure_schema(self) -> None:
        self._db.execute(_META)
        row = self._db.execute("SELECT value FROM search_meta WHERE key = 'schema'").fetchone()
        if row is None or row[0] != SCHEMA_VERSION:
            # An index from an older release (or none): drop it; the indexer refills it from the store.
            self._db.execute("BEGIN IMMEDIATE")
            for prefix in ("search_", "search_new_"):
                for table in _TABLES:
                    self._db.execute(f"DROP TABLE IF EXISTS {prefix}{table}")
            self._db.execute("DELETE FROM search_meta")
            self._db.execute("DROP TABLE IF EXISTS search_changes")
            self._db.execute("INSERT INTO search_meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            self._db.execute("COMMIT")
        self._create("search_")
        for statement in _CHANGES.split(";\n"):
            self._db.execute(statement)

    def _load_bits(self) -> dict[tuple[str, str], int]:
        bits: dict[tuple[str, str], int] = {}
        for key, value in self._db.execute("SELECT key, value FROM search_meta WHERE key LIKE 'bit:%'"):
            _, facet, name = key.split(":", 2)
            bits[(facet, name)] = int(value)
        return bits

    def _bit(self, facet: str, value: str) -> int:
        # Called inside a write transaction: a new value gets the next free bit of its facet, for good.
        bit = self._bits.get((facet, value))
        if bit is None:
            self._bits = self._load_bits()  # another process may have added values since
            bit = self._bits.get((facet, value))
        if bit is None:
            used = [b for (f, _), b in self._bits.items() if f == facet]
            bit = max(used, default=-1) + 1
            if bit > 62:
                raise ValueError(f"too many distinct {facet} values for the index (63 at most)")
            self._db.execute("INSERT INTO search_meta VALUES (?, ?)", (f"bit:{facet}:{value}", str(bit)))
            self._bits[(facet, value)] = bit
        return bit

    def _mask(self, facet: str, values: Iterable[str]) -> int:
        return sum(1 << self._bit(facet, v) for v in set(values))

    @contextmanager
    def _transaction(self, changed: list[int] | None = None) -> Iterator[None]:
        # isolation_level=None leaves transactions to us: docs row, tokens and vector change together or not at all.
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
                if changed:  # every handle's columns (index.columns) are behind now, here and in other processes
                    (generation,) = self._db.execute(
                        "INSERT INTO search_meta VALUES ('generation', '1') ON CONFLICT (key) "
                        "DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING CAST(value AS INTEGER)"
                    ).fetchone()
                    self._db.executemany("INSERT INTO search_changes VALUES (?, ?)",
                                         [(generation, i) for i in dict.fromkeys(changed)])
                    self._db.execute("DELETE FROM search_changes WHERE generation <= ?",
                                     (generation - CHANGES_KEPT,))
            except BaseException:
                self._db.execute("ROLLBACK")
                self._bits = self._load_bits()
                raise
            self._db.execute("COMMIT")

    # -- writes ------------------------------------------------------------------------------------------------
    def upsert(self, docs: Iterable[IndexedListing]) -> int:
        written = 0
        changed: list[int] = []
        with self._transaction(changed):
            p = self._prefix
            (seq,) = self._db.execute(f"SELECT coalesce(max(seq), 0) + 1 FROM {p}vectors").fetchone()
            for doc in docs:
                self._write(doc, seq)
                written += 1
                if not self._rebuilding:  # a rebuild's tables are not live until finish_rebuild
                    changed.append(doc.listing_id)
        return written

    def _write(self, doc: IndexedListing, seq: int) -> None:
        p = self._prefix
        self._db.execute(
            f"""INSERT OR REPLACE INTO {p}docs (id, url, platform, item_id, title, brand, maker, category,
                    category_key, text, price, risk, finding_codes, codes_mask, severity_mask, review_mask,
                    crawled_ts, crawled_month, gone, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (doc.listing_id, doc.url, doc.platform, doc.item_id, doc.title, doc.brand, doc.maker, doc.category,
             doc.facet_category, doc.text, doc.price, float(doc.risk),
             json.dumps(list(doc.finding_codes), ensure_ascii=False),
             self._mask("finding_code", doc.finding_codes), self._mask("severity", doc.severities),
             self._mask("review", doc.reviews), _ts(doc.crawled_at),
             doc.crawled_at.year * 100 + doc.crawled_at.month if doc.crawled_at else 0, int(doc.gone), doc.version),
        )
        title, brand, maker = doc_tokens(doc.title), doc_tokens(doc.brand), doc_tokens(doc.maker)
        body = doc_tokens(f"{doc.category}\n{doc.text}\n{doc.item_id}")
        parts = (title, brand, maker, body)
        self._db.execute(f"DELETE FROM {p}fts WHERE rowid = ?", (doc.listing_id,))
        self._db.execute(
            f"INSERT INTO {p}fts (rowid, {', '.join(FTS_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc.listing_id, title.words, brand.words, maker.words, body.words,
             " ".join(t.codes for t in parts if t.codes), " ".join(t.tails for t in parts if t.tails)),
        )
        if doc.vector is not None:
            self._db.execute(f"INSERT OR REPLACE INTO {p}vectors (id, seq, vec) VALUES (?, ?, ?)",
                             (doc.listing_id, seq, to_blob(doc.vector)))
        else:
            self._db.execute(f"DELETE FROM {p}vectors WHERE id = ?", (doc.listing_id,))

    def delete(self, listing_ids: Iterable[int]) -> int:
        removed = 0
        changed: list[int] = []
        with self._transaction(changed):
            p = self._prefix
            for listing_id in listing_ids:
                if not self._rebuilding:
                    changed.append(listing_id)
                if self._db.execute(f"DELETE FROM {p}docs WHERE id = ?", (listing_id,)).rowcount:
                    removed += 1
                self._db.execute(f"DELETE FROM {p}fts WHERE rowid = ?", (listing_id,))
                self._db.execute(f"DELETE FROM {p}vectors WHERE id = ?", (listing_id,))
        return removed

    def begin_rebuild(self) -> None:
        with self._lock:
            for table in _TABLES:
                self._db.execute(f"DROP TABLE IF EXISTS search_new_{table}")
            self._create("search_new_")
            self._prefix = "search_new_"
            self._rebuilding = True

    def finish_rebuild(self) -> None:
        with self._lock:
            if not self._rebuilding:
                raise RuntimeError("finish_rebuild without begin_rebuild")
            # Merge the FTS segments once (queries then read one b-tree per token) before the swap.
            self._db.execute("INSERT INTO search_new_fts (search_new_fts) VALUES ('optimize')")
            with self._transaction(changed=[-1]):
                for table in _TABLES:
                    self._db.execute(f"DROP TABLE IF EXISTS search_{table}")
                for table in _TABLES:
                    self._db.execute(f"ALTER TABLE search_new_{table} RENAME TO search_{table}")
                # A renamed table keeps its indexes' names: give them the live names.
                for old in ("docs_risk", "docs_crawled", "docs_platform", "docs_keys", "vectors_seq"):
                    self._db.execute(f"DROP INDEX IF EXISTS search_new_{old}")
                self._create("search_")
            self._prefix = "search_"
            self._rebuilding = False
            self.vectors.reset()
            # Read the new tables' columns once here and save them, so that the web app's handles start from the
            # saved file instead of each reading a million rows on its next search.
            self._current_columns()

    def abort_rebuild(self) -> None:
        """Drop a rebuild in progress; the live index stays as it was."""
        with self._lock:
            for table in _TABLES:
                self._db.execute(f"DROP TABLE IF EXISTS search_new_{table}")
            self._prefix = "search_"
            self._rebuilding = False

    # -- reads -------------------------------------------------------------------------------------------------
    def versions(self) -> Iterator[tuple[int, str]]:
        with self._lock:
            rows = self._db.execute("SELECT id, version FROM search_docs").fetchall()
        yield from ((int(i), v) for i, v in rows)

    def count(self) -> int:
        with self._lock:
            (n,) = self._db.execute("SELECT count(*) FROM search_docs").fetchone()
        return int(n)

    def search(self, request: SearchRequest) -> SearchResult:
        parsed = parse_query(request.query)
        filters = merge_query_filters(request.filters, parsed)
        limit = max(0, min(request.limit, MAX_LIMIT))
        with self._lock:
            # Another process (a crawl, beside the web app's long-lived handle) may have given new facet values
            # their bits since: read the small table again, or a filter on a new finding code would match nothing.
            self._bits = self._load_bits()
            where, params = filter_sql(filters, self._bits)
        if request.vector is not None:
            return self._ranked_search(request, parsed, where, params, limit)
        cursor = decode_cursor(request.after, str(request.sort)) if request.after else None
        match = fts_expression(parsed)
        if match and not any(c.term.prefix for c in parsed.must):
            result = self._column_search(request, parsed, filters, match, limit, cursor)
            if result is not None:
                return result
        if match:
            source = f"(SELECT rowid AS id, bm25(search_fts, {', '.join(map(str, WEIGHTS))}) AS s " \
                     f"FROM search_fts WHERE search_fts MATCH ?) AS m " \
                     f"JOIN search_docs AS d INDEXED BY search_docs_keys ON d.id = m.id"
            source_params: list[Any] = [match]
        else:
            source, source_params = "search_docs AS d", []
            if parsed.must_not:
                where += " AND d.id NOT IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
                params = [*params, exclusion_expression(parsed)]
        order, key, descending = {
            Sort.RELEVANCE: ("m.s, d.id", "m.s", False) if match else ("d.risk DESC, d.id", "d.risk", True),
            Sort.RISK: ("d.risk DESC, d.id", "d.risk", True),
            Sort.DATE: ("d.crawled_ts DESC, d.id", "d.crawled_ts", True),
        }[request.sort]
        materialize = bool(match) and (where != "1" or request.facets)
        if materialize:
            # Filters or facets over a text match: one pass joins the matches to their docs into a scratch table,
            # then ranking, counting and facets read that (instead of matching and joining three times).
            order, key = order.replace("m.s", "d.s"), key.replace("m.s", "d.s")
        page_where, page_params = ("1", []) if materialize else (where, list(params))
        if cursor is not None:
            op = "<" if descending else ">"
            page_where += f" AND ({key} {op} ? OR ({key} = ? AND d.id > ?))"
            page_params += [cursor[0], cursor[0], cursor[1]]
        scratch = "temp.search_hits AS d"
        sql = f"SELECT d.id, {key} FROM {scratch if materialize else source} WHERE {page_where} ORDER BY {order} LIMIT ?"
        if match and where == "1" and key == "m.s":
            # Nothing to filter and nothing to show from the docs yet: rank inside FTS5 alone (no join per match).
            sql = sql.replace(" JOIN search_docs AS d INDEXED BY search_docs_keys ON d.id = m.id", "").replace(
                "d.id", "m.id")
        with self._lock:
            try:
                if materialize:
                    self._db.execute("DROP TABLE IF EXISTS temp.search_hits")
                    self._db.execute(
                        f"""CREATE TEMP TABLE search_hits AS SELECT d.id AS id, m.s AS s, d.risk AS risk,
                                d.crawled_ts AS crawled_ts, d.platform AS platform, d.category_key AS category_key,
                                d.codes_mask AS codes_mask, d.severity_mask AS severity_mask,
                                d.review_mask AS review_mask, d.price AS price, d.crawled_month AS crawled_month,
                                d.gone AS gone
                            FROM {source} WHERE {where}""", [*source_params, *params])
                    source, where, source_params, params = scratch, "1", [], []
                ranked = self._db.execute(sql, [*source_params, *page_params, limit + 1]).fetchall()
                facets = self._facets(source, where, [*source_params, *params]) if request.facets else {}
                if facets:  # every match is in exactly one "gone" bucket: the total without another pass
                    total = sum(facets["gone"].values())
                elif match and where == "1" and not materialize:
                    (total,) = self._db.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?",
                                                [match]).fetchone()
                else:
                    (total,) = self._db.execute(f"SELECT count(*) FROM {source} WHERE {where}",
                                                [*source_params, *params]).fetchone()
                if materialize:
                    self._db.execute("DROP TABLE IF EXISTS temp.search_hits")
            except sqlite3.OperationalError as exc:
                if "fts5" in str(exc) or "MATCH" in str(exc):  # a query FTS5 cannot evaluate: no matches
                    return SearchResult(hits=[], total=0)
                raise
        more = len(ranked) > limit > 0
        ranked = ranked[:limit]
        scores = {int(i): (-float(v) if key == "m.s" else float(v)) for i, v in ranked}
        hits = self._hits([int(i) for i, _ in ranked], scores, parsed)
        next_after = encode_cursor(str(request.sort), float(ranked[-1][1]), int(ranked[-1][0])) if more else None
        return SearchResult(hits=hits, total=int(total), facets=facets, next_after=next_after)

    def _index_id(self) -> str:
        """A random id of this index, made once: what tells its saved columns from another database's."""
        row = self._db.execute("SELECT value FROM search_meta WHERE key = 'index_id'").fetchone()
        if row is None:
            self._db.execute("INSERT OR IGNORE INTO search_meta VALUES ('index_id', ?)", (uuid.uuid4().hex,))
            row = self._db.execute("SELECT value FROM search_meta WHERE key = 'index_id'").fetchone()
        return str(row[0])

    def _current_columns(self) -> Columns:
        """The columns of the live index, brought up to date when its generation moved on (a write here or in
        another process): only the documents changed since are read again, unless a rebuild swapped in. A new
        handle starts from the columns saved beside the database when they are recent enough."""
        saved_path = self.path.with_name(self.path.name + ".columns.npz")
        index_id = self._index_id()  # before the snapshot: it may write (once)
        self._db.execute("BEGIN")  # one snapshot for the generation, the changes, the docs and the sizes
        fresh = False
        try:
            row = self._db.execute("SELECT CAST(value AS INTEGER) FROM search_meta WHERE key = 'generation'"
                                   ).fetchone()
            generation = int(row[0]) if row else 0
            columns = None

            def candidates() -> Iterator[Columns]:
                # This handle's columns, else the saved ones (a reindex saves them as it swaps the new tables in).
                if self._columns is not None:
                    yield self._columns
                saved = Columns.read_saved(saved_path, index_id)
                if saved is not None and saved.generation <= generation:  # later: a database since restored
                    self._saved_generation = saved.generation
                    yield saved

            # The first that is current or can be brought up to date from the change log.
            for candidate in candidates():
                if candidate.generation != generation:
                    changed = self._changed_since(candidate.generation)
                    if changed is None:
                        continue
                    candidate.patch(self._db, changed, generation)
                columns = candidate
                break
            if columns is None:
                columns = Columns.load(self._db, generation)
                fresh = True
            if self._columns is None or columns is not self._columns:
                # A rebuild renamed the FTS table under the vocabulary tables: make them again.
                for kind in ("instance", "row"):
                    self._db.execute(f"DROP TABLE IF EXISTS temp.search_vocab_{kind}")
                    self._db.execute(f"CREATE VIRTUAL TABLE temp.search_vocab_{kind} "
                                     f"USING fts5vocab(main, search_fts, {kind})")
            terms, terms_fresh = self._current_terms(generation, columns, index_id)
        finally:
            self._db.execute("COMMIT")
        if fresh or columns.generation - self._saved_generation >= RESAVE_AFTER:
            try:
                columns.save(saved_path, index_id)
                self._saved_generation = columns.generation
            except OSError:  # a read-only folder: every new handle reads the tables instead
                pass
        if terms_fresh or terms.generation - self._terms_saved_generation >= RESAVE_AFTER:
            try:
                terms.save(self._terms_path(), index_id)
                self._terms_saved_generation = terms.generation
            except OSError:
                pass
        self._columns = columns
        self._terms = terms
        return columns

    def _terms_path(self) -> Path:
        return self.path.with_name(self.path.name + ".terms")

    def _changed_since(self, since: int) -> list[int] | None:
        """Ids changed after generation ``since``, or None when the change log cannot say (too old, a rebuild
        swapped in, or more than PATCH_MAX: read everything again)."""
        (oldest,) = self._db.execute("SELECT min(generation) FROM search_changes").fetchone()
        changed = [int(i) for (i,) in self._db.execute(
            "SELECT DISTINCT id FROM search_changes WHERE generation > ? LIMIT ?", (since, PATCH_MAX + 1))]
        if oldest is None or oldest > since + 1 or -1 in changed or len(changed) > PATCH_MAX:
            return None
        return changed

    def _current_terms(self, generation: int, columns: Columns, index_id: str) -> tuple[TermFrequencies, bool]:
        """The common tokens' frequencies (index.terms) at ``generation``: this handle's or the saved ones, patched
        from the change log, else read from the tables again (and then saved: ``True``)."""
        terms = self._terms
        if terms is None:
            terms = TermFrequencies.read_saved(self._terms_path(), index_id)
            if terms is not None:
                self._terms_saved_generation = terms.generation
        if terms is not None and terms.generation != generation:
            changed = self._changed_since(terms.generation) if terms.generation < generation else None
            if changed is None or not terms.patch(self._db, changed, generation):
                terms = None
        if terms is None:
            return TermFrequencies.build(self._db, "temp.search_vocab_row", "temp.search_vocab_instance",
                                         columns.rows, generation), True
        return terms, False

    def _scores(self, parsed: ParsedQuery, match: str, matched: int, ids: np.ndarray, at: np.ndarray,
                columns: Columns, *, unfiltered: bool = False) -> np.ndarray | None:
        """FTS5's bm25() of the rows ``ids`` (sorted; ``matched`` rows match in all), by the cheaper of two
        exact ways: FTS5 ranking every match, or the query's token instances ranked in numpy (index.columns)."""
        tokens = list(dict.fromkeys(t for c in parsed.must for t in c.term.tokens))
        if matched > FTS_RANK_ROWS:
            # One token: its instances are about the matches, so reading them is the cheaper way; several (a
            # phrase, or words that are each common but rarely together): count their instances first (a cheap
            # pass) and stop counting once FTS5 is known to be cheaper.
            instances = 0
            for token in tokens if len(tokens) > 1 else ():
                row = self._db.execute("SELECT cnt FROM temp.search_vocab_row WHERE term = ?", (token,)).fetchone()
                instances += int(row[0]) if row else 0
                if instances * VOCAB_COST >= matched:
                    break
            if instances * VOCAB_COST < matched:
                phrases = [phrase_frequencies(self._db, "temp.search_vocab_instance", c.term.tokens,
                                              COLUMN_SETS[c.column]) for c in parsed.must]
                scored = bm25(columns, at, ids, phrases)
                if scored is not None:
                    return scored
        if unfiltered and matched > FTS_RANK_ROWS:
            # FTS5 ranks, nothing to filter or count: its own ORDER BY ... LIMIT (the caller's SQL path) spares
            # handing every score to Python (about a third of the cost at 100,000 matches).
            return None
        rows = self._db.execute(f"SELECT rowid, bm25(search_fts, {', '.join(map(str, WEIGHTS))}) FROM search_fts "
                                f"WHERE search_fts MATCH ?", [match]).fetchall()
        found = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        value = np.fromiter((r[1] for r in rows), dtype=np.float64, count=len(rows))
        order = np.argsort(found, kind="stable")
        found, value = found[order], value[order]
        return value[np.searchsorted(found, ids)]

    def _stored_frequencies(self, clause: Clause) -> tuple[np.ndarray, np.ndarray] | None:
        """``(listings, weighted frequency)`` of a one-token word from ``index.terms`` (no token positions read),
        or None when the token is not kept there (or the clause is restricted to one field)."""
        terms = self._terms
        if not self.use_term_frequencies or terms is None or clause.column != "any" or len(clause.term.tokens) != 1:
            return None
        got = terms.get(clause.term.tokens[0])
        if got is None or not len(terms.doubtful):
            return got
        docs, freq = got
        extra, extra_freq = self._highlighted(clause, terms.doubtful)
        if extra is None:
            return None
        docs, freq = np.concatenate([docs, extra]), np.concatenate([freq, extra_freq])
        order = np.argsort(docs, kind="stable")
        return docs[order], freq[order]

    def _highlighted(self, clause: Clause, ids: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
        """``(ids that match the clause, their weighted frequency)``, counted by FTS5 itself: the instances its
        ``highlight()`` marks in each of the clause's columns (one seek per listing, about 0.1 ms here).

        None where that count could be short: a phrase that can overlap itself (哈哈哈 = 哈哈 哈哈), whose
        overlapping instances highlight() marks as one."""
        tokens = clause.term.tokens
        if any(tokens[p:] == tokens[: len(tokens) - p] for p in range(1, len(tokens))):
            return None, np.zeros(0)
        columns = COLUMN_SETS[clause.column]
        weights = [WEIGHTS[FTS_COLUMNS.index(c)] for c in columns]
        marks = ", ".join(f"highlight(search_fts, {FTS_COLUMNS.index(c)}, char(1), '')" for c in columns)
        found: list[int] = []
        freq: list[float] = []
        for row in self._rows_of(f"SELECT rowid, {marks} FROM search_fts WHERE search_fts MATCH ? AND", ids,
                                 [clause_expression(clause)]):
            found.append(int(row[0]))
            f = 0.0
            for weight, text in zip(weights, row[1:], strict=True):
                f += weight * (text or "").count("\x01")  # integer weights: the sum is exact in any order
            freq.append(f)
        return _by_id(found, freq)

    def _rows_of(self, select_where: str, ids: np.ndarray, params: Sequence[object] = ()) -> Iterator[Any]:
        """The rows of ``select_where`` (a statement ending in ``WHERE`` or ``AND``) for the rowids ``ids``, asked
        500 at a time (well under SQLite's limit on an IN list's terms)."""
        for start in range(0, len(ids), 500):
            chunk = ",".join(str(int(i)) for i in ids[start: start + 500])
            yield from self._db.execute(f"{select_where} rowid IN ({chunk})", params)

    def _counted(self, clause: Clause, ids: np.ndarray) -> tuple[np.ndarray | None, np.ndarray]:
        """As ``_highlighted``, but counted in Python from the stored token text where that text is countable
        (index.terms.countable: then the count is FTS5's), about five times cheaper a listing."""
        columns = COLUMN_SETS[clause.column]
        weights = [WEIGHTS[FTS_COLUMNS.index(c)] for c in columns]
        tokens = list(clause.term.tokens)
        found: list[int] = []
        freq: list[float] = []
        others: list[int] = []
        for row in self._rows_of(f"SELECT rowid, {', '.join(columns)} FROM search_fts WHERE", ids):
            texts = [t or "" for t in row[1:]]
            if not all(countable(t) for t in texts):
                others.append(int(row[0]))
                continue
            f = 0.0
            for weight, text in zip(weights, texts, strict=True):
                if tokens[0] in text:
                    f += weight * phrase_count(text.split(), tokens)
            if f:
                found.append(int(row[0]))
                freq.append(f)
        if others:
            extra, extra_freq = self._highlighted(clause, np.asarray(others, dtype=np.int64))
            if extra is None:
                return None, np.zeros(0)
            found += extra.tolist()
            freq += extra_freq.tolist()
        return _by_id(found, freq)

    def _bounded(self, parsed: ParsedQuery, matched: int, ids: np.ndarray, at: np.ndarray, columns: Columns,
                 limit: int, cursor: tuple[float, int] | None) -> tuple[np.ndarray, np.ndarray] | None:
        """The listings (and exact bm25 keys) that can be on the page of a one-phrase query, found without reading
        the phrase's instances; None when this cannot be done (the caller ranks every match).

        A phrase is at most as frequent in a listing as the least frequent of its tokens, so their frequencies
        (index.terms) bound each match's score from above. Matches are scored exactly (``_highlighted``) in
        descending order of bound until the page's last listing scores better than the next bound: everything
        not scored then ranks below the page. The scores are FTS5's, so the page is ``ORDER BY bm25()``'s."""
        terms = self._terms
        if not self.use_term_frequencies or terms is None or len(parsed.must) != 1 or parsed.must_not:
            return None
        clause = parsed.must[0]
        if clause.column != "any" or len(clause.term.tokens) < 2:
            return None
        bound: np.ndarray | None = None
        doubtful = np.isin(ids, terms.doubtful) if len(terms.doubtful) else np.zeros(len(ids), dtype=bool)
        for token in dict.fromkeys(clause.term.tokens):
            got = terms.get(token)
            if got is None:
                continue
            docs, freq = got
            pos = np.searchsorted(docs, ids).clip(0, max(len(docs) - 1, 0))
            if not len(docs) or not bool(np.all((docs[pos] == ids) | doubtful)):
                return None  # a match without the token: not what index.terms holds
            bound = freq[pos] if bound is None else np.minimum(bound, freq[pos])
        if bound is None:
            return None
        bound_key = bm25(columns, at, ids, [(ids, bound)], hits=[matched])
        assert bound_key is not None
        bound_key[doubtful] = -np.inf  # not in index.terms: scored exactly first
        order = np.lexsort((ids, bound_key))
        got_ids: list[np.ndarray] = []
        got_key: list[np.ndarray] = []
        done, batch = 0, max(limit + 1, BOUNDED_BATCH)
        while done < len(order):
            if done >= BOUNDED_MAX:
                return None  # the bounds are too loose here (or the page too deep): ranking every match is cheaper
            take = np.sort(order[done: done + batch])
            done += len(take)
            batch *= 2
            found, freq = self._counted(clause, ids[take])
            if found is None or not np.array_equal(found, ids[take]):
                return None
            key = bm25(columns, at[take], ids[take], [(found, freq)], hits=[matched])
            assert key is not None
            got_ids.append(ids[take])
            got_key.append(key)
            if done >= len(order):
                break
            all_key = np.concatenate(got_key)
            if cursor is not None:
                all_ids = np.concatenate(got_ids)
                all_key = all_key[(all_key > cursor[0]) | ((all_key == cursor[0]) & (all_ids > cursor[1]))]
            if len(all_key) > limit:
                kth = np.partition(all_key, limit)[limit]
                # Everything left scores at or below its bound; the margin covers rounding in the formula.
                if bound_key[order[done]] > kth + 1e-9 * abs(kth):
                    break
        return np.concatenate(got_ids), np.concatenate(got_key)

    def _column_search(self, request: SearchRequest, parsed: ParsedQuery, filters: Any, match: str, limit: int,
                       cursor: tuple[float, int] | None) -> SearchResult | None:
        """A text search matched in FTS5 and filtered, counted and ranked in numpy (see index.columns).

        None when the ranking cannot be computed that way: the caller then ranks in FTS5."""
        with self._lock:
            columns = self._current_columns()
            phrases: list[tuple[np.ndarray, np.ndarray]] | None = None
            single = len(parsed.must) == 1 and len(parsed.must[0].term.tokens) == 1
            stored = self._stored_frequencies(parsed.must[0]) if single else None
            if single and (request.sort is Sort.RELEVANCE or stored is not None):
                # One word of one token (a two-character word, a code, a Latin word): its instances are about as
                # many as its matches, so they are read whatever their number, and they give the matches too:
                # no separate matching pass. (Several words, each common but rarely together, match first.) A
                # common token's listings and frequencies were read at reindex (index.terms): any sort takes them.
                phrases = [stored or phrase_frequencies(self._db, "temp.search_vocab_instance", c.term.tokens,
                                                        COLUMN_SETS[c.column]) for c in parsed.must]
                ids = phrases[0][0]
                if parsed.must_not and len(ids):
                    (text,) = self._db.execute(
                        "SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH ?",
                        [exclusion_expression(parsed)]).fetchone()
                    if text:
                        ids = ids[~np.isin(ids, np.fromstring(text, dtype=np.int64, sep=","))]
                if not len(ids):  # nothing, or a token the vocabulary spells otherwise: let FTS5 match it
                    phrases = None
            if phrases is None:
                try:
                    (text,) = self._db.execute(
                        "SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH ?", [match]).fetchone()
                except sqlite3.OperationalError as exc:
                    if "fts5" in str(exc) or "MATCH" in str(exc):
                        return SearchResult(hits=[], total=0)
                    raise
                ids = np.fromstring(text, dtype=np.int64, sep=",") if text else np.zeros(0, dtype=np.int64)
            matched = len(ids)
            at, found = columns.positions(ids)
            ids, at = ids[found], at[found]
            keep = columns.keep(at, filters, self._bits)
            ids, at = ids[keep], at[keep]
            facets = columns.facets(at, self._bits) if request.facets else {}
            total = len(ids)
            if request.sort is Sort.RELEVANCE:
                if not len(ids):
                    return SearchResult(hits=[], total=0, facets=facets)
                scored = bm25(columns, at, ids, phrases) if phrases is not None else None
                bounded = self._bounded(parsed, matched, ids, at, columns, limit, cursor) \
                    if scored is None else None
                if bounded is not None:  # only the listings that could be on this page, scored exactly
                    ids, scored = bounded
                if scored is None:
                    scored = self._scores(parsed, match, matched, ids, at, columns,
                                          unfiltered=not request.facets and filters == Filters())
                    if scored is None:
                        return None
                key, descending = scored, False
            else:
                key, descending = (columns.risk if request.sort is Sort.RISK else columns.crawled_ts)[at], True
        order_key = -key if descending else key
        if cursor is not None:
            cv = -cursor[0] if descending else cursor[0]
            after = (order_key > cv) | ((order_key == cv) & (ids > cursor[1]))
            ids, key, order_key = ids[after], key[after], order_key[after]
        if len(ids) > limit + 1:  # the page's candidates (ties at the edge included), then an exact sort of those
            edge = np.partition(order_key, limit)[limit]
            near = order_key <= edge
            ids, key, order_key = ids[near], key[near], order_key[near]
        order = np.lexsort((ids, order_key))[: limit + 1]
        ranked = [(int(ids[i]), float(key[i])) for i in order]
        more = len(ranked) > limit > 0
        ranked = ranked[:limit]
        scores = {i: (-v if request.sort is Sort.RELEVANCE else v) for i, v in ranked}
        hits = self._hits([i for i, _ in ranked], scores, parsed)
        next_after = encode_cursor(str(request.sort), ranked[-1][1], ranked[-1][0]) if more else None
        return SearchResult(hits=hits, total=total, facets=facets, next_after=next_after)

    def _ranked_search(
        self, request: SearchRequest, parsed: ParsedQuery, where: str, params: list[Any], limit: int
    ) -> SearchResult:
        # Semantic (vector only) or hybrid (vector and text, fused by reciprocal rank): rankings are computed in
        # full each time (they are bounded), filtered, then paged with the same kind of cursor.
        assert request.vector is not None
        neighbours = self.vectors.search(request.vector, SEMANTIC_CANDIDATES)
        ids = [i for i, _ in neighbours]
        semantic = dict(neighbours)
        if parsed.has_text:
            text_ids = [h.listing_id for h in self.search(SearchRequest(
                query=request.query, filters=request.filters, limit=HYBRID_DEPTH)).hits]
            fused = reciprocal_rank_fusion([text_ids, self._filtered(ids, where, params)[:HYBRID_DEPTH]])
        else:
            allowed = set(self._filtered(ids, where, params))
            fused = [(i, semantic[i]) for i in ids if i in allowed]
        sort = str(request.sort)
        if request.sort is not Sort.RELEVANCE:  # the same candidates, in the order asked for
            with self._lock:
                column = "risk" if request.sort is Sort.RISK else "crawled_ts"
                values = dict(self._db.execute(
                    f"SELECT id, {column} FROM search_docs WHERE id IN ({','.join('?' * len(fused))})",
                    [i for i, _ in fused]).fetchall()) if fused else {}
            fused = sorted(((i, float(values.get(i, 0.0))) for i, _ in fused), key=lambda t: (-t[1], t[0]))
        fused.sort(key=lambda t: (-t[1], t[0]))  # ties in id order, as the cursor expects
        cursor = decode_cursor(request.after, sort) if request.after else None
        page = [(i, s) for i, s in fused if after_key(s, i, cursor, descending=True)]
        more = len(page) > limit
        page = page[:limit]
        facets = self._facets("search_docs AS d", f"d.id IN ({','.join(str(i) for i, _ in fused) or 'NULL'})", []) \
            if request.facets else {}
        hits = self._hits([i for i, _ in page], dict(page), parsed)
        next_after = encode_cursor(sort, page[-1][1], page[-1][0]) if more and page else None
        return SearchResult(hits=hits, total=len(fused), facets=facets, next_after=next_after)

    def _filtered(self, ids: list[int], where: str, params: list[Any]) -> list[int]:
        """``ids`` (in their order) that have a document and pass the filters."""
        if not ids:
            return []
        with self._lock:
            kept = {int(i) for (i,) in self._db.execute(
                f"SELECT d.id FROM search_docs AS d WHERE d.id IN ({','.join('?' * len(ids))}) AND {where}",
                [*ids, *params])}
        return [i for i in ids if i in kept]

    def _facets(self, source: str, where: str, params: list[Any]) -> dict[str, dict[str, int]]:
        # One grouped pass over the matches; multi-valued facets come back as masks and are expanded here.
        buckets = " ".join(f"WHEN d.price < {high:g} THEN {i}" for i, (_, high) in enumerate(PRICE_BUCKETS) if high)
        sql = f"""SELECT d.platform, d.category_key, d.codes_mask, d.severity_mask, d.review_mask,
                         CASE WHEN d.price IS NULL THEN -1 {buckets} ELSE {len(PRICE_BUCKETS) - 1} END,
                         d.crawled_month, d.gone, count(*)
                  FROM {source} WHERE {where}
                  GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"""
        labels = [price_bucket(low) for low, _ in PRICE_BUCKETS]
        out: dict[str, dict[str, int]] = {name: {} for name in
                                          ("platform", "category", "finding_code", "severity", "review",
                                           "price", "crawled", "gone")}
        names = {facet: {bit: value for (f, value), bit in self._bits.items() if f == facet} for facet in _MULTI}

        def add(facet: str, value: str, n: int) -> None:
            out[facet][value] = out[facet].get(value, 0) + n

        for platform, category, codes, sev, rev, price, month, gone, n in self._db.execute(sql, params):
            add("platform", platform, n)
            add("category", category or "", n)
            for facet, mask in (("finding_code", codes), ("severity", sev), ("review", rev)):
                for bit, value in names[facet].items():
                    if mask & (1 << bit):
                        add(facet, value, n)
            add("price", labels[price] if price >= 0 else "unknown", n)
            add("crawled", f"{month // 100:04d}-{month % 100:02d}" if month else "unknown", n)
            add("gone", "gone" if gone else "live", n)
        return {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in out.items()}

    def _hits(self, ids: list[int], scores: dict[int, float], parsed: ParsedQuery) -> list[SearchHit]:
        if not ids:
            return []
        with self._lock:
            rows = {int(r[0]): r for r in self._db.execute(
                f"""SELECT id, url, title, platform, risk, finding_codes, text, brand, maker, category, price,
                           crawled_ts, gone FROM search_docs WHERE id IN ({','.join('?' * len(ids))})""", ids)}
        terms = parsed.highlight_terms()
        hits = []
        for i in ids:
            if i not in rows:
                continue
            _, url, title, platform, risk, codes, text, brand, maker, category, price, ts, gone = rows[i]
            snippet, spans = make_snippet((text, title, brand, maker, category), terms)
            hits.append(SearchHit(listing_id=i, url=url, title=title, platform=platform, score=scores.get(i, 0.0),
                                  snippet=snippet, highlights=spans, risk=risk,
                                  finding_codes=tuple(json.loads(codes)), price=price, crawled_at=_from_ts(ts),
                                  gone=bool(gone)))
        return hits

    def close(self) -> None:
        with self._lock:
            self._db.close()
