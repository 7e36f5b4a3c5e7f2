"""Analysts' search over the embedded index that lives in the store's own SQLite file: the page and the JSON API."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch.indexing import index_listings
from shelfwatch.models import Listing
from shelfwatch.settings import Settings
from shelfwatch.store import Store
from shelfwatch.wiring import open_search


def test_search_finds_a_chinese_term_with_a_marked_snippet(client: TestClient, seeded: Seeded) -> None:
    r = client.get("/search", params={"q": "羽绒服"})
    assert r.status_code == 200
    html = r.text
    assert f'href="/listings/{seeded.down_jacket}"' in html and "儿童羽绒服 冬季加厚" in html
    assert "<mark>羽绒服</mark>" in html
    assert "不锈钢保温杯" not in html and "1 条结果" in html


def test_search_by_standard_code_and_filters(client: TestClient, seeded: Seeded) -> None:
    assert "儿童羽绒服" in client.get("/search", params={"q": "GB/T 14272"}).text
    assert "不锈钢保温杯" in client.get("/search", params={"q": "保温杯", "code": "blacklisted_entity"}).text
    assert "0 条结果" in client.get("/search", params={"q": "保温杯", "platform": "jd-demo"}).text
    assert "2 条结果" in client.get("/search", params={"q": "brand:小熊星 -保温杯", "price_min": "100"}).text


def test_a_full_width_code_finds_the_listing(client: TestClient, seeded: Seeded) -> None:
    """The query is folded (NFKC) as the index is: ＧＢ／Ｔ　１４２７２ typed with a Chinese IME finds GB/T 14272."""
    for q in ("ＧＢ／Ｔ　１４２７２", "ＧＢ／Ｔ１４２７２－２０１１"):
        html = client.get("/search", params={"q": q}).text
        assert f'href="/listings/{seeded.down_jacket}"' in html and "1 条结果" in html, q


def test_facets_link_to_narrowed_searches(client: TestClient, seeded: Seeded) -> None:
    html = client.get("/search", params={"q": "", "price_max": "1000"}).text
    assert "3 条结果" in html  # browsing by a filter alone
    assert re.search(r'<a href="/search\?price_max=1000.0&amp;platform=tmall-demo">tmall-demo</a> 1', html)
    assert "标准已废止" in html  # finding codes are labelled in Chinese


def test_paging_with_a_next_link(client: TestClient, store_with_many: None) -> None:
    first = client.get("/search", params={"q": "积木"}).text
    assert "25 条结果" in first
    link = re.search(r'href="(/search\?q=[^"]*after=[^"]+)">下一页', first)
    assert link
    second = client.get(link.group(1).replace("&amp;", "&")).text
    titles = lambda html: set(re.findall(r"积木 (\d+)号", html))  # noqa: E731
    assert len(titles(first)) == 20 and len(titles(second)) == 5 and not titles(first) & titles(second)
    assert "第一页" in second and "下一页" not in second


def test_json_api(client: TestClient, seeded: Seeded) -> None:
    data = client.get("/api/search", params={"q": "羽绒服", "sort": "risk"}).json()
    assert data["total"] == 1 and data["next_after"] is None
    (hit,) = data["hits"]
    assert hit["listing_id"] == seeded.down_jacket and hit["finding_codes"] == ["standard_withdrawn",
                                                                                 "certificate_invalid"]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "羽绒服"
    assert data["facets"]["platform"] == {"jd-demo": 1}
    assert client.get("/api/search", params={"q": "x", "after": "garbage"}).status_code == 422
    assert client.get("/api/search", params={"sort": "cheapest"}).status_code == 422
    assert client.get("/api/search", params={"price_min": "cheap"}).status_code == 422


def test_search_input_is_never_markup_or_query_syntax(client: TestClient) -> None:
    r = client.get("/search", params={"q": '"<script>alert(1)</script> OR * NEAR('})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    assert client.get("/search").status_code == 200  # the empty form


def test_shop_text_cannot_fake_a_highlight(
    fresh_store: Store, make_listing: Callable[..., Listing], client: TestClient
) -> None:
    crawl = fresh_store.start_crawl([])
    evil = fresh_store.save_listing(make_listing(url="http://x/evil", item_id="e", title="保温杯 [假] <mark>假</mark>"),
                                    [], [], risk=0, crawl_id=crawl)
    index = open_search(Settings(db=fresh_store.url), fresh_store)
    index_listings(fresh_store, index, [evil])
    index.close()
    html = client.get("/search", params={"q": "保温杯 假"}).text
    assert "&lt;mark&gt;<mark>假</mark>&lt;/mark&gt;" in html and "[<mark>假</mark>]" in html


@pytest.fixture
def store_with_many(fresh_store: Store, make_listing: Callable[..., Listing], seeded: Seeded) -> None:
    crawl = fresh_store.start_crawl([])
    ids = [fresh_store.save_listing(make_listing(url=f"http://x/{n}", item_id=str(n), title=f"益智积木 {n}号"), [], [],
                                    risk=n, crawl_id=crawl) for n in range(25)]
    index = open_search(Settings(db=fresh_store.url), fresh_store)
    index_listings(fresh_store, index, ids)
    index.close()
