"""Finding the JSON endpoint a list page's script calls, and reading its answers: tables over script text."""

from __future__ import annotations

import pytest

from crawlers.jsdiscover import LOAD_MORE, Endpoint, json_endpoints, next_url, no_more, parse_json, urls_in_json
from crawlers.links import looks_like_list

BASE = "https://search.shop.test/list?cat=7"


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("fetch('/api/items?size=5&page=' + page)",
         Endpoint(url="https://search.shop.test/api/items?size=5", param="page")),
        ("fetch(`/api/goods?pageNo=${n}&cat=7`).then(r => r.json())",
         Endpoint(url="https://search.shop.test/api/goods?cat=7", param="pageNo")),
        ('$.getJSON("//api.shop.test/feed?offset=" + offset, render)',
         Endpoint(url="https://api.shop.test/feed", param="offset", offset=True)),
        ("axios.get('/search/ajax?keyword=x&start=0')",
         Endpoint(url="https://search.shop.test/search/ajax?keyword=x", param="start", offset=True)),
        ("var url = '/data/list.json';", Endpoint(url="https://search.shop.test/data/list.json")),
    ],
)
def test_json_endpoints(script: str, expected: Endpoint) -> None:
    assert json_endpoints([script], BASE)[0] == expected


def test_scripts_and_images_are_not_endpoints_and_fetch_calls_come_first() -> None:
    script = "var a = '/static/list.js'; var b = '/img/list.png'; var c = '/api/other'; fetch('/api/items?page=' + p)"
    assert [e.url for e in json_endpoints([script], BASE)] == [
        "https://search.shop.test/api/items", "https://search.shop.test/api/other"]
    assert json_endpoints(["console.log('hello')"], BASE) == []


def test_endpoint_paging() -> None:
    pages = Endpoint(url="https://a.test/api?size=5", param="page")
    assert pages.page_url(pages.first) == "https://a.test/api?size=5&page=1"
    assert pages.next_value(1, 5) == 2
    offsets = Endpoint(url="https://a.test/feed", param="offset", offset=True)
    assert offsets.page_url(offsets.first) == "https://a.test/feed?offset=0" and offsets.next_value(0, 4) == 4


@pytest.mark.parametrize(
    ("body", "data"),
    [(b'{"a": 1}', {"a": 1}), (b'jQuery1234_5({"a": [1]});', {"a": [1]}), (b"<html>", None), (b"", None)],
)
def test_parse_json(body: bytes, data: object) -> None:
    assert parse_json(body) == data


def test_urls_no_more_and_next() -> None:
    data = {"data": {"items": [{"url": "/item/1.html", "img": "//img.test/1.jpg"}, {"url": "/item/1.html"},
                               {"title": "not a url / really"}], "hasMore": False}}
    assert urls_in_json(data, BASE) == ["https://search.shop.test/item/1.html", "https://img.test/1.jpg"]
    assert no_more(data) and not no_more({"data": {"hasMore": True}}) and not no_more([1])
    assert next_url({"next": "/api?cursor=abc"}, BASE) == "https://search.shop.test/api?cursor=abc"
    assert next_url({"next": None}, BASE) is None


@pytest.mark.parametrize(("text", "expected"), [("加载更多", True), (" 查看更多 ", True), ("Load more", True),
                                                ("加载更多评论和推荐", False), ("更多", False)])
def test_load_more_text(text: str, expected: bool) -> None:
    assert bool(LOAD_MORE.match(text)) is expected


@pytest.mark.parametrize(("url", "expected"), [
    ("https://shop.test/search?q=toy", True), ("https://shop.test/category/7", True),
    ("https://shop.test/collections/all", True), ("https://shop.test/item/1.html", False),
    ("https://shop.test/about", False)])
def test_looks_like_list(url: str, expected: bool) -> None:
    assert looks_like_list(url) is expected
