"""The per-site request limit, seen from the shop's side: never more than SHELFWATCH_CONCURRENCY_PER_DOMAIN requests
in flight at once, with no delay (the default), with several start URLs on the site, and in Chromium.

Every answer is held a while (``Shop(latency=...)``) so that requests sent together overlap at the server. Scrapy
2.19's asyncio downloader, left alone, sent up to CONCURRENT_REQUESTS (16) to one site at once whatever the limit
(crawlers/politeness.py says why).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_shop import Answer, Shop, html, item_page

ITEMS = 30
LATENCY = 0.06


def _list(first: int, last: int, next_page: int | None) -> Answer:
    links = "".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(first, last + 1))
    more = f'<a href="/list?page={next_page}">下一页</a>' if next_page else ""
    return html(links + more)


def _scripted_item(n: int) -> Answer:
    # Two scripts and the fetch() one of them makes: Chromium asks for them at once if nothing holds it back.
    return html(
        f"<html><head><title>商品{n}</title><script src='/js/a.js'></script><script src='/js/b.js?n={n}'></script>"
        f"</head><body><h1>商品{n}</h1><ul class='p-parameter-list'><li>品牌：乐玩</li><li id=std></li></ul>"
        "</body></html>"
    )


@pytest.fixture(scope="module")
def shop() -> Iterator[Shop]:
    with Shop(latency=LATENCY) as s:
        half = ITEMS // 2
        s.routes["/list?page=1"] = _list(1, half, 2)
        s.routes["/list?page=2"] = _list(half + 1, ITEMS, None)
        s.routes.update({f"/item/{n}.html": item_page(f"商品{n}") for n in range(1, ITEMS + 1)})
        s.routes["/js/list"] = html("".join(f'<a href="/js/item/{n}.html">{n}</a>' for n in range(1, 7)))
        s.routes.update({f"/js/item/{n}.html": _scripted_item(n) for n in range(1, 7)})
        s.routes["/js/a.js"] = 200, {"Content-Type": "text/javascript"}, b"window.a = 1;"
        for n in range(1, 7):
            s.routes[f"/js/b.js?n={n}"] = 200, {"Content-Type": "text/javascript"}, (
                b"fetch('/api/std').then(r => r.text()).then(t => {"
                b"document.getElementById('std').textContent = t; });"
            )
        s.routes["/api/std"] = 200, {"Content-Type": "text/plain; charset=utf-8"}, "执行标准：GB 6675.1-2014".encode()
        yield s


def _crawl(cli, shop: Shop, urls: list[str], db: Path, limit: int, render: str = "never") -> dict:  # type: ignore[no-untyped-def]
    shop.most_in_flight = 0
    res = cli("crawl", *urls, "--db", str(db), "--json", "--render", render,
              env={"SHELFWATCH_CONCURRENCY_PER_DOMAIN": str(limit), "SHELFWATCH_DOWNLOAD_DELAY": "0"})
    assert res.returncode == 0, res.stderr[-3000:]
    stats = dict(json.loads(res.stdout.strip().splitlines()[-1]))
    assert stats["failed_requests"] == 0, stats
    return stats


@pytest.mark.parametrize("limit", [1, 3])
def test_no_delay_never_exceeds_the_per_site_limit(cli, shop: Shop, tmp_path: Path, limit: int) -> None:  # type: ignore[no-untyped-def]
    stats = _crawl(cli, shop, [shop.url("/list?page=1")], tmp_path / "a.db", limit)
    assert stats["items_stored"] == ITEMS
    # Reaching the limit too: the guard holds requests back, it does not send them one by one.
    assert shop.most_in_flight == limit, shop.spans[:12]


def test_many_start_urls_on_one_site_share_its_limit(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Start requests are handed to the downloader all at once: the burst the limit must absorb.
    urls = [shop.url(f"/item/{n}.html") for n in range(1, ITEMS + 1)] + [shop.url("/list?page=2")]
    stats = _crawl(cli, shop, urls, tmp_path / "b.db", 2)
    assert stats["items_stored"] == ITEMS
    assert shop.most_in_flight == 2, shop.spans[:12]


@pytest.mark.browser
def test_chromium_and_its_page_requests_keep_the_limit(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    before = {p: shop.hits[p] for p in ("/js/a.js", "/api/std")}
    stats = _crawl(cli, shop, [shop.url("/js/list")], tmp_path / "c.db", 1, render="always")
    assert stats["items_stored"] == 6 and stats["rendered_pages"] == 6, stats
    # The pages' own scripts and fetch() went out (so they were there to overlap), one at a time with the rest.
    assert shop.hits["/js/a.js"] > before["/js/a.js"] and shop.hits["/api/std"] >= before["/api/std"] + 6
    assert shop.most_in_flight == 1, shop.spans[:12]
