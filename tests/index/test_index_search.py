"""Contract tests for every SearchIndex backend (see conftest: sqlite always, elasticsearch when configured)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from index_corpus import CORPUS, vec

from index import BadCursor, Filters, IndexedListing, SearchIndex, SearchRequest, Sort

N = len(CORPUS)


def ids(index: SearchIndex, query: str = "", **kw: object) -> list[int]:
    return [h.listing_id for h in index.search(SearchRequest(query=query, limit=50, **kw)).hits]  # type: ignore[arg-type]


def where(index: SearchIndex, query: str = "", **filters: object) -> set[int]:
    return set(ids(index, query, filters=Filters(**filters)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("羽绒服", {1, 7}),
        ("羽絨服", {1, 7}),  # traditional characters fold to simplified, in the query...
        ("羽绒外套", {6}),  # ...and in the page (男士轻薄羽絨外套)
        ("积木", {2}),  # two characters: FTS5's trigram tokenizer cannot find these
        ("电源", {3, 4}),
        ("充电宝", {3}),
        ("儿童羽绒服", {1}),  # unspaced: each word must appear
        ("儿童 羽绒服", {1}),
        ("乐高", {2}),
        ("LEGO", {2}),
        ("lego", {2}),
        ("ＬＥＧＯ", {2}),
        ("罗马仕", {3}),
        ("巴拉巴拉", {1}),
        ("三只松鼠", {5}),
        ("森马服饰股份有限公司", {1}),  # a maker's full name
        ("森马服饰有限公司", {1}),  # written with another legal form
        ("便携式电子产品", set()),
        ("GB/T 14272", {1, 6}),  # a standard number without its year finds every edition
        ("GB/T 14272-2021", {1}),
        ("GB/T14272—2011", {6}),  # the page wrote it in full-width characters
        ("ＧＢ／Ｔ　１４２７２－２０１１", {6}),
        ("14272", {1, 6}),
        ("GB 4943.1", {3}),
        ("GB4943.1-2022", {3}),
        ("6675.1", {2}),
        ("SC10644011500123", {5}),
        ("sc10644011500123", {5}),
        ("XK16-204-01234", {4}),
        ("2020011606123456", {2}),
        ("冰箱", set()),
        ("男", {6, 7}),  # one character
        ("装", {1, 2, 6, 7}),  # one character at the end of a word (童装, 拼装, 男装, 套装)
    ],
)
def test_queries_find_the_right_listings(corpus_index: SearchIndex, query: str, expected: set[int]) -> None:
    assert set(ids(corpus_index, query)) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"羽绒服冬季"', {1}),  # a phrase must appear as typed
        ('"冬季羽绒服"', set()),
        ("羽绒服 -儿童", {7}),  # exclusion
        ('羽绒 -"内衣套装"', {1, 6}),
        ("brand:乐高", {2}),
        ("brand:巴拉巴拉 羽绒服", {1}),
        ("maker:三只松鼠", {5}),
        ('maker:"森马服饰"', {1}),
        ("maker:乐高", set()),  # 乐高 is the brand, not the maker
        ("code:GB/T 14272", {1, 6}),
        ("code:14272-2011", {6}),
        ("platform:jd 电源", {3}),
        ("platform:tmall platform:pdd 电源", {4}),
        ("finding:standard_withdrawn", {6}),
        ("category:toys", {2}),
        ("-羽绒", {2, 3, 4, 5}),  # only an exclusion: everything else
        ("积木 OR 电源", set()),  # OR is a word no listing contains, not an operator
        ("积木*", {2}),
        ('"电源"', {3, 4}),
        ("title:羽绒服", set()),  # an unknown field name is a word too
    ],
)
def test_query_syntax(corpus_index: SearchIndex, query: str, expected: set[int]) -> None:
    assert set(ids(corpus_index, query)) == expected


def test_title_match_outranks_description_mention(corpus_index: SearchIndex) -> None:
    result = corpus_index.search(SearchRequest(query="羽绒服"))
    assert [h.listing_id for h in result.hits] == [1, 7]
    assert result.hits[0].score > result.hits[1].score
    assert result.total == 2


def test_hit_carries_verdict_and_highlights_in_the_original_text(corpus_index: SearchIndex) -> None:
    (hit,) = corpus_index.search(SearchRequest(query="GB/T 14272-2011")).hits
    assert (hit.title, hit.platform, hit.risk, hit.finding_codes, hit.price) == (
        "男士轻薄羽絨外套", "tmall", 60, ("standard_withdrawn",), 699.0)
    marked = [text for text, matched in hit.snippet_parts() if matched]
    assert marked == ["ＧＢ／Ｔ　１４２７２－２０１１"]  # what the shop wrote, not the folded form
    (toy,) = corpus_index.search(SearchRequest(query="积木")).hits
    assert "[积木]" in toy.marked_snippet()
    (coat,) = corpus_index.search(SearchRequest(query="羽绒外套")).hits
    assert "[羽絨外套]" in coat.marked_snippet()


def test_filters(corpus_index: SearchIndex) -> None:
    assert where(corpus_index, "电源", platforms=("pdd",)) == {4}
    assert where(corpus_index, "电源", platforms=("tmall",)) == set()
    assert where(corpus_index, platforms=("tmall", "pdd")) == {2, 4, 6}
    assert where(corpus_index, "14272", finding_codes=("standard_withdrawn",)) == {6}
    assert where(corpus_index, finding_codes=("certificate_invalid", "recalled_product")) == {3, 4, 5}
    assert where(corpus_index, finding_codes=("never_raised",)) == set()
    assert where(corpus_index, categories=("clothing",)) == {1, 6, 7}
    assert where(corpus_index, severities=("medium",)) == {6}
    assert where(corpus_index, reviews=("confirmed",)) == {3}
    assert where(corpus_index, reviews=("dismissed",)) == {5}
    assert where(corpus_index, price_min=100, price_max=599) == {1, 2, 5}
    assert where(corpus_index, price_max=89) == {3, 4}
    assert where(corpus_index, crawled_from=date(2026, 11, 22)) == {3, 6, 7}
    assert where(corpus_index, crawled_to=date(2026, 10, 31)) == {4, 5}
    assert where(corpus_index, gone=True) == {5}
    assert where(corpus_index, gone=False) == set(range(1, N + 1)) - {5}
    assert where(corpus_index, flagged=True) == {3, 4, 5, 6}
    assert where(corpus_index, "羽绒", categories=("clothing",), price_min=500) == {6}


def test_facet_counts_cover_every_match(corpus_index: SearchIndex) -> None:
    result = corpus_index.search(SearchRequest(limit=1, facets=True))
    assert result.total == N and len(result.hits) == 1
    f = result.facets
    assert f["platform"] == {"jd": 4, "tmall": 2, "pdd": 1}
    assert f["category"]["clothing"] == 3
    assert f["finding_code"] == {"certificate_invalid": 2, "price_anomaly": 1, "recalled_product": 1,
                                 "standard_withdrawn": 1}
    assert f["severity"] == {"high": 3, "low": 1, "medium": 1}
    assert f["review"] == {"open": 3, "confirmed": 1, "dismissed": 1}
    assert f["price"] == {"50-100": 2, "0-50": 1, "100-200": 1, "200-500": 1, "500-1000": 2} or \
        sum(f["price"].values()) == N
    assert f["price"]["500-1000"] == 2 and f["price"]["50-100"] == 2
    assert f["crawled"] == {"2026-11": 5, "2026-10": 2}
    assert f["gone"] == {"live": 6, "gone": 1}
    narrowed = corpus_index.search(SearchRequest(query="电源", facets=True)).facets
    assert narrowed["platform"] == {"jd": 1, "pdd": 1}
    assert corpus_index.search(SearchRequest(query="电源")).facets == {}  # only when asked


@pytest.mark.parametrize(("sort", "expected"), [(Sort.RISK, [6, 5, 1]), (Sort.DATE, [7, 6, 1])])
def test_sort_by_risk_or_date(corpus_index: SearchIndex, sort: Sort, expected: list[int]) -> None:
    assert ids(corpus_index, "羽绒 OR", sort=sort) == []
    got = [h.listing_id for h in corpus_index.search(SearchRequest(query="", sort=sort, limit=N)).hits]
    assert got[:2] == ([3, 6] if sort is Sort.RISK else [7, 6])
    assert [h.listing_id for h in corpus_index.search(
        SearchRequest(filters=Filters(categories=("clothing",)), sort=sort)).hits] == \
        ([6, 1, 7] if sort is Sort.RISK else expected)


@pytest.mark.parametrize("request_", [
    SearchRequest(query=""), SearchRequest(query="", sort=Sort.DATE), SearchRequest(query="男士"),
    SearchRequest(query="电源 OR 羽绒"), SearchRequest(query="执行标准"),
    SearchRequest(query="执行标准", sort=Sort.RISK), SearchRequest(vector=vec(1, 1, 1, 1)),
    SearchRequest(query="执行标准", vector=vec(1, 1)),
], ids=["browse", "date", "text", "none", "text-many", "text-risk", "semantic", "hybrid"])
def test_search_after_pages_through_every_match_once(corpus_index: SearchIndex, request_: SearchRequest) -> None:
    everything = [h.listing_id for h in corpus_index.search(replace(request_, limit=50)).hits]
    seen: list[int] = []
    after = None
    for _ in range(N + 1):
        page = corpus_index.search(replace(request_, limit=2, after=after))
        seen += [h.listing_id for h in page.hits]
        after = page.next_after
        if after is None:
            break
    assert seen == everything


def test_a_cursor_from_elsewhere_is_refused(corpus_index: SearchIndex) -> None:
    page = corpus_index.search(SearchRequest(limit=2))
    assert page.next_after
    with pytest.raises(BadCursor):
        corpus_index.search(SearchRequest(limit=2, sort=Sort.DATE, after=page.next_after))
    with pytest.raises(BadCursor):
        corpus_index.search(SearchRequest(limit=2, after="not-a-cursor"))


def test_semantic_search_ranks_by_vector(corpus_index: SearchIndex) -> None:
    result = corpus_index.search(SearchRequest(vector=vec(1)))
    assert [h.listing_id for h in result.hits][:3] == [1, 6, 7]
    assert result.hits[0].score > result.hits[1].score
    power = corpus_index.search(SearchRequest(vector=vec(0, 0, 1), filters=Filters(platforms=("pdd",))))
    assert [h.listing_id for h in power.hits][0] == 4


def test_hybrid_fuses_text_and_vector(corpus_index: SearchIndex) -> None:
    # "男士" matches 6 and 7 as text; the vector prefers 7's dimension: fused, 7 comes first.
    hybrid = [h.listing_id for h in corpus_index.search(SearchRequest(query="男士", vector=vec(0, 0, 0, 0, 0, 1))).hits]
    assert hybrid[0] == 7 and set(hybrid[:2]) == {6, 7}


def test_upsert_replaces_by_id(corpus_index: SearchIndex) -> None:
    assert corpus_index.count() == N
    replacement = IndexedListing(listing_id=2, url="http://shop.test/item/2", platform="tmall", item_id="2",
                                 title="磁力片益智玩具", risk=70, finding_codes=("price_anomaly",), version="v2")
    assert corpus_index.upsert([replacement]) == 1
    assert corpus_index.count() == N
    assert ids(corpus_index, "积木") == []
    (hit,) = corpus_index.search(SearchRequest(query="磁力片")).hits
    assert (hit.listing_id, hit.risk, hit.finding_codes) == (2, 70, ("price_anomaly",))
    assert dict(corpus_index.versions())[2] == "v2"
    # The vector went with the old text: a document without one is not a semantic hit any more.
    assert 2 not in [h.listing_id for h in corpus_index.search(SearchRequest(vector=vec(0, 1))).hits]


def test_delete(corpus_index: SearchIndex) -> None:
    assert corpus_index.delete([3, 99]) == 1
    assert corpus_index.delete([3]) == 0
    assert ids(corpus_index, "电源") == [4]
    assert 3 not in [h.listing_id for h in corpus_index.search(SearchRequest(vector=vec(0, 0, 1))).hits]
    assert corpus_index.count() == N - 1
    assert sorted(i for i, _ in corpus_index.versions()) == [1, 2, 4, 5, 6, 7]


def test_rebuild_swaps_in_whole(corpus_index: SearchIndex) -> None:
    corpus_index.begin_rebuild()
    corpus_index.upsert(CORPUS[:2])
    assert corpus_index.count() == N or ids(corpus_index, "电源") == [3, 4]  # searches still see the old index
    corpus_index.finish_rebuild()
    assert corpus_index.count() == 2
    assert ids(corpus_index, "电源") == []
    assert ids(corpus_index, "积木") == [2]
    corpus_index.begin_rebuild()
    corpus_index.upsert(CORPUS)
    corpus_index.abort_rebuild()
    assert corpus_index.count() == 2


@pytest.mark.parametrize(
    "query",
    ['"', '""', "AND (", "OR", "NOT", "NEAR(", "羽绒服 AND (", "*", "积木*", "^羽绒服", "title:羽绒服", "{title}:积木",
     "'; DROP TABLE search_docs; --", ")(", "", "   ", "-", "--", '-"', "+电源", "电源\x00", "\\", "a" * 2000,
     "brand:", 'maker:"', "code:", "platform:", "：：", "“羽绒", "羽绒”", "—", "-1", "1-", "GB/T", "/", "a:b:c"],
)
def test_hostile_queries_do_not_raise(corpus_index: SearchIndex, query: str) -> None:
    assert isinstance(corpus_index.search(SearchRequest(query=query, facets=True)).hits, list)
    assert corpus_index.count() == N


def test_limit(corpus_index: SearchIndex) -> None:
    assert len(corpus_index.search(SearchRequest(query="羽绒服", limit=1)).hits) == 1
    assert corpus_index.search(SearchRequest(query="羽绒服", limit=0)).hits == []


def test_empty_index(make_index: Callable[[], SearchIndex]) -> None:
    index = make_index()
    assert index.count() == 0
    assert index.search(SearchRequest(query="羽绒服")).hits == []
    assert index.search(SearchRequest(vector=vec(1), facets=True)).hits == []
    assert index.upsert([]) == 0
    assert list(index.versions()) == []
