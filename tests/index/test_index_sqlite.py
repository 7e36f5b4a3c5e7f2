"""What only the embedded SQLite backend promises: a file that persists, coexists with the store, and upgrades."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from index_corpus import vec

from index import BACKENDS, IndexedListing, SearchRequest, open_index
from index.query import parse_query
from index.sqlite_fts import SqliteIndex
from index.sqlite_sql import fts_expression


def test_persists_across_reopen(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    path = tmp_path / "shelfwatch.db"
    first = open_index("sqlite", path=path)
    first.upsert(corpus)
    first.close()
    again = open_index("sqlite", path=path)
    try:
        assert again.count() == len(corpus)
        assert [h.listing_id for h in again.search(SearchRequest(query="积木")).hits] == [2]
        assert again.search(SearchRequest(vector=vec(0, 1))).hits[0].listing_id == 2
    finally:
        again.close()


def test_shares_the_store_file_without_touching_its_tables(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    path = tmp_path / "shelfwatch.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE listings (url TEXT PRIMARY KEY, title TEXT)")
        db.execute("INSERT INTO listings VALUES ('http://x/1', '羽绒服')")
    index = SqliteIndex(path)
    index.upsert(corpus[:1])
    index.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT url FROM listings").fetchall() == [("http://x/1",)]
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert {"listings", "search_docs", "search_fts", "search_vectors", "search_meta"} <= tables


def test_an_index_of_an_older_release_is_dropped_not_misread(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # what release 0.1 created
        db.execute("CREATE TABLE search_docs (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE)")
        db.execute("CREATE VIRTUAL TABLE search_fts USING fts5(title, brand, body, chars)")
        db.execute("INSERT INTO search_docs VALUES (1, 'http://x/1')")
    index = SqliteIndex(path)
    assert index.count() == 0  # empty: the indexer refills it from the store
    index.upsert(corpus)
    assert index.count() == len(corpus)
    index.close()


def test_expression_quotes_user_text() -> None:
    assert fts_expression(parse_query('积木" OR x -电源')) == (
        '({title brand maker body codes} : "积木" AND {title brand maker body codes} : "or" AND '
        '{title brand maker body codes} : "x") NOT ({title brand maker body codes} : "电源")')


def test_failed_batch_writes_nothing(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    index = SqliteIndex(tmp_path / "s.db")

    def items() -> Iterator[IndexedListing]:
        yield corpus[0]
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        index.upsert(items())
    assert index.count() == 0
    assert index.search(SearchRequest(vector=vec(1))).hits == []
    index.close()


def test_a_second_connection_sees_writes_and_new_vectors(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    # The crawler and the web app are two processes over one file: the reader catches up without reopening.
    writer, reader = SqliteIndex(tmp_path / "s.db"), SqliteIndex(tmp_path / "s.db")
    writer.upsert(corpus[:1])
    assert [h.listing_id for h in reader.search(SearchRequest(vector=vec(0, 1))).hits] == [1]
    writer.upsert(corpus[1:2])
    assert reader.search(SearchRequest(vector=vec(0, 1))).hits[0].listing_id == 2
    assert [h.listing_id for h in reader.search(SearchRequest(query="积木")).hits] == [2]
    writer.close()
    reader.close()


def test_unknown_backend_lists_valid_names() -> None:
    with pytest.raises(ValueError, match="elasticsearch, sqlite"):
        open_index("solr")
    assert set(BACKENDS) == {"sqlite", "elasticsearch"}


def test_large_collections_switch_to_a_saved_ivf_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    import index.vectors
    from index import normalise

    monkeypatch.setattr(index.vectors, "IVF_THRESHOLD", 1000)
    rng = np.random.default_rng(0)
    vectors = normalise(rng.normal(size=(2000, 16)))
    docs = [IndexedListing(listing_id=i + 1, url=f"http://x/{i}", platform="p", title="t", vector=vectors[i])
            for i in range(2000)]
    path = tmp_path / "big.db"
    first = SqliteIndex(path)
    first.upsert(docs)
    assert first.search(SearchRequest(vector=vectors[41])).hits[0].listing_id == 42
    assert type(first.vectors._index).__name__ == "IndexIVFScalarQuantizer"
    first.close()
    assert (tmp_path / "big.db.vectors.faiss").exists()
    again = SqliteIndex(path)  # loads the saved index, then catches up a vector written since
    again.upsert([IndexedListing(listing_id=42, url="http://x/41", platform="p", title="t", vector=vectors[7])])
    hits = again.search(SearchRequest(vector=vectors[7], limit=2)).hits
    assert {h.listing_id for h in hits} == {8, 42}
    again.close()


def test_a_long_lived_handle_filters_on_values_another_process_added(
    tmp_path: Path, corpus: list[IndexedListing]
) -> None:
    """The web app keeps one handle open while crawls write through their own: a finding code first written by
    the crawl must be filterable (and counted as a facet) by the web app's handle at once."""
    from dataclasses import replace

    from index import Filters

    path = tmp_path / "shelfwatch.db"
    reader, writer = SqliteIndex(path), SqliteIndex(path)
    try:
        writer.upsert(corpus)
        code = "brand_new_code"
        wanted = SearchRequest(filters=Filters(finding_codes=(code,)), facets=True)
        assert reader.search(wanted).total == 0
        writer.upsert([replace(corpus[0], finding_codes=(code,))])
        found = reader.search(wanted)
        assert [h.listing_id for h in found.hits] == [corpus[0].listing_id]
        assert found.facets["finding_code"].get(code) == 1
    finally:
        reader.close()
        writer.close()
