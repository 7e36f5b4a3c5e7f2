"""The embedded backend's columnar search (index.columns): the same answers as FTS5 and SQL give, kept current.

Each search is run twice on the same file: as the backend answers it (numpy filters, facets and BM25 over the
columns) and as FTS5's ``bm25()`` with the SQL filters and facets answers it (``_column_search`` switched off).
Ids, order, totals, facets and scores must agree exactly; scores to the last bit, since the numpy BM25 is FTS5's
formula, not an imitation of it.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import index.sqlite_fts as sqlite_fts
import index.terms as terms
from index import Filters, IndexedListing, SearchRequest, SearchResult, Sort
from index.columns import varints
from index.sqlite_fts import SqliteIndex
from index.terms import phrase_count, unicode61_keeps

WORDS = ["儿童", "羽绒服", "加厚", "积木", "电源", "充电宝", "保暖", "玩具", "学生", "书桌", "收纳", "便携", "哈哈哈"]
MAKERS = ["杭州华兴服饰有限公司", "宁波恒泰玩具有限公司", "深圳金鑫电子科技有限公司", "温州鼎丰文具有限公司"]
CODES = ["GB/T 14272-2021", "GB 31701-2015", "GB 6675.1-2014", "GB 4943.1-2022", "GB 31241-2022"]


def _doc(i: int, rnd: random.Random) -> IndexedListing:
    words = rnd.sample(WORDS, rnd.randint(1, 4))
    # Repeated words (term frequency above one) and rows of very different lengths exercise BM25's two inputs.
    title = "".join(words) + (words[0] * rnd.randint(0, 2)) + " " + "款" * rnd.randint(0, 30)
    codes = rnd.sample(CODES, rnd.randint(0, 3))
    text = "\n".join([f"执行标准：{'、'.join(codes)}", "".join(rnd.choices(WORDS, k=rnd.randint(0, 12)))])
    findings = rnd.sample(["standard_withdrawn", "certificate_invalid", "price_anomaly"], rnd.randint(0, 2))
    return IndexedListing(
        listing_id=i, url=f"http://shop.test/item/{i}", platform=rnd.choice(["jd", "tmall", "pdd"]), item_id=str(i),
        title=title, brand=rnd.choice(["乐高", "巴拉巴拉", "罗马仕", ""]), maker=rnd.choice(MAKERS),
        category=rnd.choice(["玩具", "童装", "数码"]), category_key=rnd.choice(["toys", "clothing", ""]), text=text,
        price=None if i % 17 == 0 else round(rnd.uniform(5, 2000), 2), risk=rnd.choice([0.0, 15.5, 40.25, 70.0]),
        finding_codes=tuple(findings), severities=("high",) if findings else (),
        reviews=(rnd.choice(["open", "confirmed"]),) if findings else (),
        crawled_at=datetime(2026, 6, 1) + timedelta(hours=rnd.randrange(24 * 180)) if i % 23 else None,
        gone=i % 11 == 0)


@pytest.fixture
def built(tmp_path: Path) -> Iterator[tuple[SqliteIndex, SqliteIndex]]:
    """(columnar handle, reference handle) over one file of 600 random listings."""
    rnd = random.Random(7)
    path = tmp_path / "cols.db"
    index = SqliteIndex(path)
    index.upsert(_doc(i, rnd) for i in range(1, 601))
    reference = SqliteIndex(path)
    reference._column_search = lambda *a, **k: None  # type: ignore[method-assign]
    yield index, reference
    index.close()
    reference.close()


QUERIES = ["儿童", "羽绒服", "哈哈哈", "充电宝 -玩具 ", "儿童 -玩具", "积木 保暖 -乐高", "学生 书桌", "儿童 加厚", "充电宝 -玩具", "GB 31701", "GB/T 14272-2021", "maker:华兴服饰", "brand:乐高 积木",
           '"羽绒服加厚"', "code:GB 6675.1", "深圳金鑫电子科技有限公司", "便携 收纳 书桌"]
FILTERS = [Filters(), Filters(platforms=("jd", "tmall"), price_min=50, price_max=500),
           Filters(finding_codes=("certificate_invalid",), gone=False), Filters(categories=("toys", "")),
           Filters(crawled_from=date(2026, 7, 1), crawled_to=date(2026, 9, 30), flagged=True),
           Filters(severities=("high",), reviews=("confirmed",)), Filters(flagged=False, price_max=100)]


def _same(a: SearchResult, b: SearchResult) -> None:
    assert [h.listing_id for h in a.hits] == [h.listing_id for h in b.hits]
    assert a.total == b.total
    assert a.facets == b.facets
    assert [abs(h.score) for h in a.hits] == [abs(h.score) for h in b.hits]  # bit for bit


def _keep_every_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """index.terms keeps every countable token of the small test corpus (a real one: the common ones only)."""
    monkeypatch.setattr(terms, "MIN_DOCS", 0)
    monkeypatch.setattr(terms, "MIN_SHARE", 0.0)
    monkeypatch.setattr(terms, "MAX_SHARE", 1.0)


def _count_shortcuts(index: SqliteIndex) -> dict[str, int]:
    """How often a search was answered from index.terms (a word) or by bounds (a phrase)."""
    used = {"stored": 0, "bounded": 0}
    stored, bounded = index._stored_frequencies, index._bounded

    def count_stored(*a: Any) -> Any:
        got = stored(*a)
        used["stored"] += got is not None
        return got

    def count_bounded(*a: Any) -> Any:
        got = bounded(*a)
        used["bounded"] += got is not None
        return got

    index._stored_frequencies = count_stored  # type: ignore[method-assign,assignment]
    index._bounded = count_bounded  # type: ignore[method-assign,assignment]
    return used


@pytest.mark.parametrize("way", ["cheaper-way", "token-instances", "fts5-large", "term-frequencies",
                                 "bounds-in-small-batches"])
def test_columnar_search_answers_as_fts5_and_sql_do(built: tuple[SqliteIndex, SqliteIndex], way: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    index, reference = built
    if way in ("token-instances", "fts5-large"):  # what large matches take: ranked through token instances, or
        monkeypatch.setattr(sqlite_fts, "FTS_RANK_ROWS", -1)  # by FTS5 (phrases whose tokens are common elsewhere)
        monkeypatch.setattr(sqlite_fts, "VOCAB_COST", 0.0 if way == "token-instances" else 1e9)
    used = _count_shortcuts(index)
    if way in ("term-frequencies", "bounds-in-small-batches"):
        _keep_every_token(monkeypatch)
        if way == "bounds-in-small-batches":  # pages found after several rounds of exact scores
            monkeypatch.setattr(sqlite_fts, "BOUNDED_BATCH", 1)
    checked = 0
    for query in QUERIES:
        for filters in FILTERS:
            for sort in Sort:
                request = SearchRequest(query=query, filters=filters, facets=True, sort=sort, limit=7)
                ours, theirs = index.search(request), reference.search(request)
                _same(ours, theirs)
                checked += ours.total
                pages = 0
                while ours.next_after and pages < 3:  # the cursors page the same way
                    pages += 1
                    ours = index.search(replace(request, after=ours.next_after, facets=False))
                    theirs = reference.search(replace(request, after=theirs.next_after, facets=False))
                    assert [h.listing_id for h in ours.hits] == [h.listing_id for h in theirs.hits]
    assert checked > 1000  # the queries do match: this compared real rankings, not empty lists
    if way in ("term-frequencies", "bounds-in-small-batches"):  # and the shortcuts did answer
        assert used["stored"] > 50 and used["bounded"] > 20, used
    else:
        assert used == {"stored": 0, "bounded": 0}


def test_term_frequencies_follow_writes_and_count_what_they_cannot_read_through_fts5(
        built: tuple[SqliteIndex, SqliteIndex], monkeypatch: pytest.MonkeyPatch) -> None:
    index, reference = built
    _keep_every_token(monkeypatch)
    used = _count_shortcuts(index)
    requests = [SearchRequest(query=q, facets=True, filters=f, limit=5)
                for q in ("羽绒服", "儿童", "哈哈哈", "玩具") for f in (Filters(), Filters(price_max=1000))]
    for request in requests:
        _same(index.search(request), reference.search(request))
    loaded = index._terms
    assert loaded is not None and "儿童" in loaded.spans and not len(loaded.doubtful)
    writer = SqliteIndex(index.path)
    doc = _doc(1, random.Random(1))
    # A title with letters outside what index.terms counts itself (é, Cyrillic): that listing is counted by FTS5.
    writer.upsert([replace(doc, listing_id=5000, title="儿童羽绒服羽绒服 café Привет", price=1.0),
                   replace(doc, listing_id=3, title="哈哈哈哈 玩具玩具 改过的标题", price=999.0),
                   replace(doc, listing_id=5001, title="儿童儿童儿童玩具", price=5.0)])
    writer.delete([10, 11, 12])
    for request in requests:
        after = index.search(request)
        _same(after, reference.search(request))
        assert after.next_after is None or after.hits
    assert index._terms is loaded and loaded.doubtful.tolist() == [5000]  # patched, not read again
    assert 5000 in {h.listing_id for h in index.search(SearchRequest(query="羽绒服", limit=500)).hits}
    assert used["stored"] and used["bounded"]
    # A new handle starts from the saved file (mapped) and catches up from the change log.
    index._terms.save(index._terms_path(), index._index_id())
    writer.upsert([replace(doc, listing_id=5002, title="羽绒服羽绒服羽绒服羽绒服", price=2.0)])
    builds: list[int] = []
    real_build = terms.TermFrequencies.build
    def counted_build(*a: Any) -> Any:
        builds.append(1)
        return real_build(*a)

    monkeypatch.setattr(terms.TermFrequencies, "build", counted_build)
    again = SqliteIndex(index.path)
    for request in requests:
        _same(again.search(request), reference.search(request))
    assert builds == [] and again._terms is not None and again._terms.get("羽绒") is not None
    assert 5002 in again._terms.get("羽绒")[0]  # type: ignore[index]
    again.close()
    writer.close()


def test_phrase_counts_and_the_tokenizer_they_rely_on() -> None:
    assert unicode61_keeps()  # the linked SQLite keeps ASCII words and the ideographs whole
    assert phrase_count("哈哈 哈哈 哈哈".split(), ("哈哈", "哈哈")) == 2  # overlapping instances both count
    assert phrase_count("羽绒 绒服 羽绒 绒服 绒服".split(), ("羽绒", "绒服")) == 2
    assert phrase_count(["羽绒"], ("羽绒", "绒服")) == 0


def test_scores_are_fts5_bm25_to_the_last_bit(built: tuple[SqliteIndex, SqliteIndex],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    index, _ = built
    monkeypatch.setattr(sqlite_fts, "FTS_RANK_ROWS", -1)
    monkeypatch.setattr(sqlite_fts, "VOCAB_COST", 0.0)
    result = index.search(SearchRequest(query="儿童 羽绒服", limit=50))
    rows = dict(index._db.execute(
        "SELECT rowid, bm25(search_fts, 10.0, 6.0, 4.0, 1.0, 3.0, 0.5) FROM search_fts WHERE search_fts MATCH ?",
        ['{title brand maker body codes} : "儿童" AND {title brand maker body codes} : "羽绒 绒服"']).fetchall())
    assert len(result.hits) == 50 and result.total == len(rows)
    assert [h.score for h in result.hits] == [-rows[h.listing_id] for h in result.hits]


def test_a_long_lived_handle_follows_writes_from_another_handle(built: tuple[SqliteIndex, SqliteIndex]) -> None:
    index, reference = built
    writer = SqliteIndex(index.path)
    request = SearchRequest(query="羽绒服", facets=True, filters=Filters(price_max=1000), limit=5)
    _same(index.search(request), reference.search(request))  # columns loaded
    loaded = index._columns
    doc = _doc(1, random.Random(1))
    writer.upsert([replace(doc, listing_id=5000, title="羽绒服羽绒服羽绒服", platform="kuaishou", price=1.0,
                           category_key="down", finding_codes=("recalled_product",), severities=("high",)),
                   replace(doc, listing_id=3, title="羽绒服 改过的标题", price=999.0)])
    writer.delete([10, 11, 12])
    after = index.search(request)
    _same(after, reference.search(request))
    assert index._columns is loaded  # patched in place, not read again
    assert 5000 in {h.listing_id for h in index.search(replace(request, limit=500)).hits}
    assert after.facets["platform"]["kuaishou"] == 1
    assert after.facets["finding_code"]["recalled_product"] == 1
    assert 10 not in {h.listing_id for h in index.search(replace(request, limit=500)).hits}
    # A rebuild swaps whole tables in: the columns are read again from the new ones.
    writer.begin_rebuild()
    writer.upsert([replace(doc, listing_id=7, title="羽绒服", platform="jd", price=10.0)])
    writer.finish_rebuild()
    rebuilt = index.search(request)
    assert index._columns is not loaded
    assert [h.listing_id for h in rebuilt.hits] == [7] and rebuilt.total == 1
    _same(rebuilt, reference.search(request))
    writer.close()


def test_a_handle_far_behind_reads_everything_again(built: tuple[SqliteIndex, SqliteIndex],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    index, reference = built
    monkeypatch.setattr(sqlite_fts, "CHANGES_KEPT", 2)
    index.search(SearchRequest(query="儿童"))
    loaded = index._columns
    writer = SqliteIndex(index.path)
    for i in range(5):  # five generations, only the last two kept: this handle can no longer patch
        writer.upsert([replace(_doc(i, random.Random(i)), listing_id=900 + i, title="儿童儿童")])
    request = SearchRequest(query="儿童", facets=True)
    _same(index.search(request), reference.search(request))
    assert index._columns is not loaded
    writer.close()


def test_varints_decode_as_sqlite_writes_them() -> None:
    def encode(v: int) -> bytes:  # SQLite's varint: 7 bits a byte, high bit set on all but the last
        out = [v & 0x7F]
        v >>= 7
        while v:
            out.append((v & 0x7F) | 0x80)
            v >>= 7
        return bytes(reversed(out))

    values = [0, 1, 127, 128, 300, 16383, 16384, 2**21 + 5, 2**35 + 77]
    assert varints(b"".join(encode(v) for v in values)).tolist() == values
    assert varints(b"").tolist() == []


def test_empty_index_and_no_matches(tmp_path: Path) -> None:
    index = SqliteIndex(tmp_path / "empty.db")
    result: Any = index.search(SearchRequest(query="儿童", facets=True))
    assert result.total == 0 and result.hits == []
    index.upsert([_doc(1, random.Random(3))])
    assert index.search(SearchRequest(query="不存在的词", facets=True)).total == 0
    assert np.asarray(index._columns.ids).tolist() == [1]  # type: ignore[union-attr]
    index.close()


def test_a_new_handle_starts_from_the_saved_columns_and_catches_up(built: tuple[SqliteIndex, SqliteIndex],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    index, reference = built
    request = SearchRequest(query="儿童", facets=True, filters=Filters(platforms=("jd",)))
    index.search(request)  # read the tables, saved the columns beside the file
    saved = index.path.with_name(index.path.name + ".columns.npz")
    assert saved.exists()
    index.upsert([replace(_doc(1, random.Random(5)), listing_id=7000, title="儿童儿童", platform="jd")])
    loads: list[int] = []
    real_load = sqlite_fts.Columns.load
    monkeypatch.setattr(sqlite_fts.Columns, "load", lambda db, g: loads.append(g) or real_load(db, g))
    again = SqliteIndex(index.path)
    _same(again.search(request), reference.search(request))  # the saved columns, patched with the new listing
    assert loads == [] and 7000 in again._columns.ids  # type: ignore[union-attr]
    again.close()
    saved.write_bytes(b"not an npz file")  # damaged, or another database's: read the tables instead
    third = SqliteIndex(index.path)
    _same(third.search(request), reference.search(request))
    assert len(loads) == 1
    third.close()


def test_after_a_rebuild_readers_take_the_columns_the_rebuild_saved(built: tuple[SqliteIndex, SqliteIndex],
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    index, reference = built
    request = SearchRequest(query="儿童", facets=True)
    index.search(request)
    writer = SqliteIndex(index.path)
    writer.begin_rebuild()
    writer.upsert(replace(_doc(i, random.Random(i)), listing_id=i, title="儿童" * (i % 3 + 1)) for i in range(1, 50))
    writer.finish_rebuild()  # reads the new tables once and saves their columns
    loads: list[int] = []
    real_load = sqlite_fts.Columns.load
    monkeypatch.setattr(sqlite_fts.Columns, "load", lambda db, g: loads.append(g) or real_load(db, g))
    result = index.search(request)
    _same(result, reference.search(request))
    assert result.total == 49 and loads == []  # the reader took the saved file, not a million-row read
    writer.close()
