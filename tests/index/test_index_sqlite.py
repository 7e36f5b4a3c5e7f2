"""What only the embedded SQLite backend promises: a file that persists and coexists with the store."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from index import BACKENDS, IndexedListing, open_index
from index.sqlite_fts import SqliteIndex, fts_expression
from index.tokenize import query_terms


def test_persists_across_reopen(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    path = tmp_path / "shelfwatch.db"
    first = open_index("sqlite", path=path)
    first.add(corpus)
    first.close()
    again = open_index("sqlite", path=path)
    try:
        assert again.count() == len(corpus)
        assert [hit.url for hit in again.search("积木")] == [corpus[1].url]
    finally:
        again.close()


def test_shares_the_store_file_without_touching_its_tables(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    path = tmp_path / "shelfwatch.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE listings (url TEXT PRIMARY KEY, title TEXT)")
        db.execute("INSERT INTO listings VALUES ('http://x/1', '羽绒服')")
    index = SqliteIndex(path)
    index.add(corpus[:1])
    index.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT url FROM listings").fetchall() == [("http://x/1",)]
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"listings", "search_docs", "search_fts"} <= tables


def test_expression_quotes_user_text() -> None:
    assert fts_expression(query_terms('积木" OR x')) == (
        '({title brand body} : "积木" OR chars : "积 木") AND "or" AND "x"')


def test_failed_batch_writes_nothing(tmp_path: Path, corpus: list[IndexedListing]) -> None:
    index = SqliteIndex(tmp_path / "s.db")

    def items() -> Iterator[IndexedListing]:
        yield corpus[0]
        raise RuntimeError("source broke")

    with pytest.raises(RuntimeError):
        index.add(items())
    assert index.count() == 0
    index.close()


def test_unknown_backend_lists_valid_names() -> None:
    with pytest.raises(ValueError, match="elasticsearch, sqlite"):
        open_index("solr")
    assert set(BACKENDS) == {"sqlite", "elasticsearch"}
