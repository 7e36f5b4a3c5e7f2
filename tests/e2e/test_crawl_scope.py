"""The address guard, end to end: a shop on 127.0.0.1 points the crawler at a "private" host on 127.0.0.2.

127.0.0.2 stands in for the inspector's own network. Links, Scrapy redirects, browser redirects, a page's script
fetches and a script navigation to it are all refused, counted per reason, and never reach its server (the server
counts hits). The same crawl with SHELFWATCH_ALLOW_HOSTS naming it does reach it, so the test can fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_shop import Shop, html, item_page, redirect


@pytest.fixture
def private() -> Iterator[Shop]:
    with Shop(host="127.0.0.2") as shop:
        shop.routes.update({p: item_page("内网页面") for p in ("/item/8.html", "/item/9.html", "/item/10.html")})
        shop.routes["/api/secret"] = (200, {"Content-Type": "application/json"}, b'{"x": 1}')
        yield shop


@pytest.fixture
def named_host() -> Iterator[Shop]:
    """Reached by the name ``localhost``: the guard must resolve it to see that it is loopback."""
    with Shop(host="127.0.0.1") as shop:
        shop.routes["/item/7.html"] = item_page("本机页面")
        yield shop


@pytest.fixture
def shop(private: Shop, named_host: Shop) -> Iterator[Shop]:
    with Shop() as s:
        s.routes.update({
            "/list": html(
                '<a href="/item/1.html">1</a><a href="/item/2.html">2</a>'
                f'<a href="{private.url("/item/8.html")}">8</a>'
                f'<a href="http://localhost:{named_host.port}/item/7.html">7</a>'
            ),
            "/item/1.html": item_page("玩具一"),
            "/item/2.html": redirect(private.url("/item/9.html")),
        })
        yield s


@pytest.fixture
def js_shop(private: Shop) -> Iterator[Shop]:
    """A page that, once rendered, fetches from the private host, loads an image, and navigates there."""
    with Shop() as s:
        s.routes.update({
            "/item/1.html": html(
                "<html><head><title>玩具</title></head><body>"
                '<ul class="p-parameter-list"><li>执行标准：GB 6675.1-2014</li></ul><img src="/pic.png">'
                f'<script>fetch("{private.url("/api/secret")}").catch(() => 0);'
                f'fetch("/api/redirect").catch(() => 0);</script></body></html>'
            ),
            "/api/redirect": redirect(private.url("/api/secret")),
            "/item/2.html": html(
                f'<html><body><script>location.href = "{private.url("/item/10.html")}";</script></body></html>'
            ),
            "/pic.png": (200, {"Content-Type": "image/png"}, b"\x89PNG"),
        })
        yield s


def _crawl(cli, url: str, db: Path, *, render: str, **env: str) -> dict:  # type: ignore[no-untyped-def]
    res = cli("crawl", url, "--db", str(db), "--json", "--render", render, env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("render", ["never", pytest.param("always", marks=pytest.mark.browser)])
def test_links_and_redirects_to_a_private_host_are_refused(  # type: ignore[no-untyped-def]
    cli, shop: Shop, private: Shop, named_host: Shop, tmp_path: Path, render: str
) -> None:
    # 127.0.0.2 and localhost are named as sites, so only the address check stands between them and the crawler.
    stats = _crawl(cli, shop.url("/list"), tmp_path / "a.db", render=render,
                   SHELFWATCH_ALLOWED_SITES="127.0.0.2, localhost")
    assert private.total_hits == 0, private.hits
    assert named_host.total_hits == 0, named_host.hits
    assert stats["items_stored"] == 1  # /item/1.html
    assert stats["refused"]["loopback"] >= 3  # the link to 8, the redirect to 9, localhost's 7
    assert stats["failed_requests"] == 0  # refusals are not failures of the shop


def test_without_the_site_named_a_private_link_is_not_even_followed(cli, shop: Shop, private: Shop,  # type: ignore[no-untyped-def]
                                                                    tmp_path: Path) -> None:
    stats = _crawl(cli, shop.url("/list"), tmp_path / "b.db", render="never")
    assert private.total_hits == 0
    # The redirect was stopped; the two offsite links (8 on 127.0.0.2, 7 on localhost) were counted, never requested.
    assert stats["refused"] == {"offsite": 1, "offsite_link": 2}


def test_allow_hosts_lets_a_named_private_host_through(cli, shop: Shop, private: Shop,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    stats = _crawl(cli, shop.url("/list"), tmp_path / "c.db", render="never",
                   SHELFWATCH_ALLOWED_SITES="127.0.0.2", SHELFWATCH_ALLOW_HOSTS=f"127.0.0.2:{private.port}")
    assert private.hits["/item/8.html"] == 1 and private.hits["/item/9.html"] == 1
    assert stats["items_stored"] == 3


@pytest.mark.browser
def test_the_browser_loads_nothing_private_and_no_images(cli, js_shop: Shop, private: Shop,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    stats = {}
    for n in (1, 2):
        stats = _crawl(cli, js_shop.url(f"/item/{n}.html"), tmp_path / f"js{n}.db", render="always",
                       SHELFWATCH_ALLOWED_SITES="127.0.0.2")
        assert private.total_hits == 0, (n, private.hits)
    assert js_shop.hits["/api/redirect"] == 1  # the shop's own endpoint was fetched; its redirect was not followed
    assert js_shop.hits["/pic.png"] == 0
    assert stats["refused"]["loopback"] >= 1
