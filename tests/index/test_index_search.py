"""Contract tests for every SearchIndex backend (see conftest: sqlite always, elasticsearch when configured)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from index import IndexedListing, SearchIndex


def urls(index: SearchIndex, query: str, **filters: str) -> list[str]:
    return [hit.url for hit in index.search(query, **filters)]


def item(n: int) -> str:
    return f"http://shop.test/item/{n}"


N = 7  # listings in the corpus fixture


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("羽绒服", {1, 7}),
        ("积木", {2}),  # two characters: FTS5 trigram cannot find these
        ("电源", {3, 4}),
        ("充电宝", {3}),
        ("儿童 羽绒服", {1}),
        ("乐高", {2}),
        ("LEGO", {2}),
        ("lego", {2}),
        ("罗马仕", {3}),
        ("巴拉巴拉", {1}),
        ("三只松鼠", {5}),
        ("GB/T 14272", {1, 6}),
        ("GB/T 14272-2021", {1}),
        ("GB/T14272—2011", {6}),
        ("14272", {1, 6}),
        ("GB 4943.1", {3}),
        ("6675.1", {2}),
        ("SC10644011500123", {5}),
        ("sc10644011500123", {5}),
        ("XK16-204-01234", {4}),
        ("2020011606123456", {2}),
        ("冰箱", set()),
    ],
)
def test_queries_find_the_right_listings(corpus_index: SearchIndex, query: str, expected: set[int]) -> None:
    assert set(urls(corpus_index, query)) == {item(n) for n in expected}


def test_title_match_outranks_description_mention(corpus_index: SearchIndex) -> None:
    assert urls(corpus_index, "羽绒服") == [item(1), item(7)]
    hits = corpus_index.search("羽绒服")
    assert hits[0].score > hits[1].score


def test_hit_carries_verdict_and_a_marked_snippet(corpus_index: SearchIndex) -> None:
    (hit,) = corpus_index.search("GB/T 14272-2011")
    assert (hit.title, hit.platform, hit.risk, hit.finding_codes) == (
        "男士轻薄羽绒外套", "tmall", 0.6, ("standard_withdrawn",))
    assert "[GB/T 14272-2011]" in hit.snippet
    assert "[积木]" in corpus_index.search("积木")[0].snippet


def test_platform_and_finding_code_filters(corpus_index: SearchIndex) -> None:
    assert urls(corpus_index, "电源", platform="pdd") == [item(4)]
    assert urls(corpus_index, "14272", finding_code="standard_withdrawn") == [item(6)]
    assert urls(corpus_index, "电源", finding_code="certificate_invalid") == [item(4)]
    assert urls(corpus_index, "电源", platform="tmall") == []


def test_limit(corpus_index: SearchIndex) -> None:
    assert len(corpus_index.search("羽绒服", limit=1)) == 1
    assert corpus_index.search("羽绒服", limit=0) == []


def test_add_upserts_by_url(corpus_index: SearchIndex) -> None:
    assert corpus_index.count() == N
    replacement = IndexedListing(url=item(2), platform="tmall", item_id="2", title="磁力片益智玩具", risk=0.7,
                                 finding_codes=("price_anomaly",))
    assert corpus_index.add([replacement]) == 1
    assert corpus_index.count() == N
    assert urls(corpus_index, "积木") == []
    (hit,) = corpus_index.search("磁力片")
    assert (hit.url, hit.risk, hit.finding_codes) == (item(2), 0.7, ("price_anomaly",))


def test_remove(corpus_index: SearchIndex) -> None:
    assert corpus_index.remove(item(3)) is True
    assert corpus_index.remove(item(3)) is False
    assert urls(corpus_index, "电源") == [item(4)]
    assert corpus_index.count() == N - 1


@pytest.mark.parametrize(
    "query",
    ['"', '""', "AND (", "OR", "NOT", "NEAR(", "羽绒服 AND (", "*", "积木*", "^羽绒服", "title:羽绒服", "{title}:积木",
     "'; DROP TABLE search_docs; --", ")(", "", "   ", "-", "+电源", "电源\x00", "\\", "a" * 2000],
)
def test_hostile_queries_do_not_raise(corpus_index: SearchIndex, query: str) -> None:
    assert isinstance(corpus_index.search(query), list)
    assert corpus_index.count() == N


def test_operators_are_plain_words(corpus_index: SearchIndex) -> None:
    # "OR" must not widen the query: it is a term no listing contains.
    assert urls(corpus_index, "积木 OR 电源") == []
    assert urls(corpus_index, "积木*") == [item(2)]
    assert urls(corpus_index, '"电源"') == urls(corpus_index, "电源")


def test_empty_index(make_index: Callable[[], SearchIndex]) -> None:
    index = make_index()
    assert index.count() == 0
    assert index.search("羽绒服") == []
    assert index.add([]) == 0
