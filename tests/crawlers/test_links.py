from __future__ import annotations

import pytest

from crawlers.links import canonical_url, crawlable, is_next_link, looks_like_item, same_site, stays_in_list


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://a.test/item.htm?id=12&spm=a1.b2#x", "http://a.test/item.htm?id=12"),
        ("http://A.test/p?utm_source=x&b=2&a=1", "http://a.test/p?a=1&b=2"),
        ("http://a.test", "http://a.test/"),
        ("https://shop.test/products/kettle?ref=home", "https://shop.test/products/kettle"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://item.jd.test/100012043978.html", True),
        ("https://detail.tmall.test/item.htm?id=6543210", True),
        ("https://shop.test/products/down-jacket", True),
        ("https://shop.test/p/kettle-123", True),
        ("https://shop.test/goods/991", True),
        ("https://shop.test/list?page=2", False),
        ("https://shop.test/about", False),
        ("https://shop.test/cart", False),
    ],
)
def test_looks_like_item(url: str, expected: bool) -> None:
    assert looks_like_item(url) is expected


@pytest.mark.parametrize(
    ("text", "rel", "expected"),
    [("下一页", "", True), (" 下页 ", "", True), ("Next", "", True), ("›", "", True), ("2", "next", True),
     ("上一页", "", False), ("3", "", False), ("下一页商品推荐", "", False)],
)
def test_next_link(text: str, rel: str, expected: bool) -> None:
    assert is_next_link(text, rel) is expected


def test_same_site_and_crawlable() -> None:
    assert same_site("http://127.0.0.1:8800/a", "http://127.0.0.1:8800/b")
    assert not same_site("http://127.0.0.1:8801/a", "http://127.0.0.1:8800/b")
    assert not crawlable("http://a.test/img/x.JPG")
    assert not crawlable("javascript:alert(1)")
    assert crawlable("https://a.test/item/1.html")


@pytest.mark.parametrize(
    ("chain_start", "url", "expected", "why"),
    [
        ("http://a.test/list?page=1", "http://a.test/list?page=2", True, "a plain list follows its pages"),
        ("http://a.test/list?page=1", "http://a.test/list?cat=toys", True, "a plain list follows every list link"),
        ("http://a.test/shop/products", "http://a.test/shop/sale", True, "no query at all: every list link"),
        ("http://a.test/list?keyword=%E7%BE%BD&page=1", "http://a.test/list?keyword=%E7%BE%BD&page=2", True,
         "the next page of the same search"),
        ("http://a.test/list?keyword=%E7%BE%BD&page=1", "http://a.test/list?page=1", False,
         "the header's link to the whole list leaves the search"),
        ("http://a.test/list?keyword=%E7%BE%BD", "http://a.test/list?keyword=%E7%8E%A9", False,
         "another keyword is another search"),
        ("http://a.test/Search?keyword=x&page=1&s=1", "http://a.test/Search?keyword=x&page=3&s=56", True,
         "JD-style numeric offset s= is paging"),
        ("http://a.test/shop/products?s=down", "http://a.test/shop/products?page=2&s=down", True,
         "s= holding a word is the search itself, kept"),
        ("http://a.test/shop/products?s=down", "http://a.test/shop/products", False,
         "dropping the word leaves the search"),
        ("http://a.test/list?cat=toys", "http://a.test/other?cat=toys", False, "another path is another list"),
        ("http://a.test/list?cat=toys", "http://a.test/list?brand=b&cat=toys", True, "a narrower filter stays"),
    ],
)
def test_stays_in_list(chain_start: str, url: str, expected: bool, why: str) -> None:
    assert stays_in_list(chain_start, url) is expected, why
