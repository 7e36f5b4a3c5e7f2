"""A crawl that starts from a search page stays in that search, counted on the server: its next pages and items are
fetched, the header's link to the whole shop (and another search) never are. A plain list start still follows every
list link. The shop uses the jd-demo profile's paths, whose list pattern makes every /jd/list link a list page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_shop import Shop, html, item_page

HEADER = '<a href="/jd/list">全部商品</a> <a href="/jd/list?q=%E7%8E%A9%E5%85%B7">玩具</a>'


@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes.update({
            # The search for 羽绒服, two pages; the second is reached by its pager, not by a "next" anchor.
            "/jd/list?q=%E7%BE%BD%E7%BB%92%E6%9C%8D": html(
                HEADER + '<a href="/jd/item/1.html">1</a><a href="/jd/list?page=2&q=%E7%BE%BD%E7%BB%92%E6%9C%8D">2</a>'),
            "/jd/list?page=2&q=%E7%BE%BD%E7%BB%92%E6%9C%8D": html(HEADER + '<a href="/jd/item/2.html">2</a>'),
            "/jd/list": html(HEADER + '<a href="/jd/item/3.html">3</a>'),
            "/jd/list?q=%E7%8E%A9%E5%85%B7": html(HEADER + '<a href="/jd/item/4.html">4</a>'),
            "/jd/item/1.html": item_page("羽绒服 一"),
            "/jd/item/2.html": item_page("羽绒服 二"),
            "/jd/item/3.html": item_page("保温杯"),
            "/jd/item/4.html": item_page("积木玩具"),
        })
        yield s


def _crawl(cli, url: str, db: Path) -> dict:  # type: ignore[no-untyped-def]
    res = cli("crawl", url, "--db", str(db), "--json", "--render", "never")
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def test_a_search_start_follows_its_own_pages_only(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats = _crawl(cli, shop.url("/jd/list?q=%E7%BE%BD%E7%BB%92%E6%9C%8D"), tmp_path / "a.db")
    assert shop.hits["/jd/item/1.html"] == 1 and shop.hits["/jd/item/2.html"] == 1
    assert shop.hits["/jd/list"] == 0, "the header's 全部商品 leaves the search"
    assert shop.hits["/jd/item/3.html"] == 0 and shop.hits["/jd/item/4.html"] == 0
    assert shop.hits["/jd/list?q=%E7%8E%A9%E5%85%B7"] == 0, "another keyword is another search"
    assert stats["items_stored"] == 2


def test_a_plain_list_start_follows_every_list_link(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats = _crawl(cli, shop.url("/jd/list"), tmp_path / "b.db")
    assert shop.hits["/jd/list?q=%E7%8E%A9%E5%85%B7"] == 1 and shop.hits["/jd/item/4.html"] == 1
    assert stats["items_stored"] >= 2
