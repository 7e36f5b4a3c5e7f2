"""Caps, end to end: page size (downloaded and rendered), depth, pages and time per crawl, items per list chain,
and an endless pagination that ends at its cap with a warning. Each against a small shop on 127.0.0.1.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from crawl_shop import Answer, Shop, html, item_page


def _endless(path: str) -> Answer:
    n = int(parse_qs(urlsplit(path).query)["page"][0])
    return html(f'<a href="/item/{n}.html">{n}</a><a href="/inf/list?page={n + 1}">下一页</a>')


def _slow_item(path: str) -> Answer:
    time.sleep(0.3)
    return item_page("慢")


@pytest.fixture(scope="module")
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes.update({
            "/list": html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(1, 11))
                          + '<a href="/item/big.html">big</a>'),
            "/item/big.html": item_page("大" + "页" * 30_000),
            "/js/item/1.html": html("<html><head><title>动态</title></head><body><ul class='p-parameter-list'>"
                                    "<li>执行标准：GB 1</li></ul><div id=x></div><script>document.getElementById('x')"
                                    ".textContent = 'x'.repeat(200000);</script></body></html>"),
            "/slow/list": html("".join(f'<a href="/slow/item/{n}.html">{n}</a>' for n in range(1, 60))),
            "/few/list": html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(101, 112))),
        })
        s.routes.update({f"/item/{n}.html": item_page(f"商品{n}") for n in range(1, 200)})
        s.routes.update({f"/inf/list?page={n}": _endless for n in range(1, 200)})
        s.routes.update({f"/slow/item/{n}.html": _slow_item for n in range(1, 60)})
        yield s


def _slow_hits(shop: Shop) -> int:
    return sum(n for path, n in shop.hits.items() if path.startswith("/slow/"))


def _crawl(cli, url: str, db: Path, *args: str, **env: str) -> tuple[dict, str]:  # type: ignore[no-untyped-def]
    res = cli("crawl", url, "--db", str(db), "--json", *args, env=env)
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1])), res.stderr


def test_pages_over_the_size_cap_are_dropped(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats, err = _crawl(cli, shop.url("/list"), tmp_path / "a.db", "--render", "never",
                        SHELFWATCH_MAX_PAGE_BYTES="40000")
    assert stats["items_stored"] == 10 and stats["capped"]["page_size"] == 1 and stats["failed_requests"] == 0
    assert "SHELFWATCH_MAX_PAGE_BYTES" in err


@pytest.mark.browser
def test_a_rendered_dom_over_the_size_cap_is_dropped(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats, _ = _crawl(cli, shop.url("/js/item/1.html"), tmp_path / "b.db", "--render", "always",
                      SHELFWATCH_MAX_PAGE_BYTES="100000")
    assert shop.hits["/js/item/1.html"] >= 1  # the page itself is small; what the script drew is not
    assert stats["items_stored"] == 0 and stats["capped"]["page_size"] == 1


def test_endless_pagination_ends_at_the_list_cap_with_a_warning(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats, err = _crawl(cli, shop.url("/inf/list?page=1"), tmp_path / "c.db", "--render", "never",
                        SHELFWATCH_MAX_LIST_PAGES="5")
    assert stats["items_stored"] == 5 and stats["capped"]["list_pages"] == 1
    assert shop.hits["/inf/list?page=6"] == 0
    assert "警告 warning" in err and "SHELFWATCH_MAX_LIST_PAGES" in err


def test_depth_cap(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats, err = _crawl(cli, shop.url("/inf/list?page=100"), tmp_path / "d.db", "--render", "never",
                        SHELFWATCH_MAX_DEPTH="3")
    # pages 100 (depth 0), 101, 102, 103 and their items at depth 1..4: items of pages 100-102
    assert stats["items_stored"] == 3 and stats["capped"]["max_depth"] >= 1
    assert "SHELFWATCH_MAX_DEPTH" in err


def test_items_per_list_chain_cap(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stats, _ = _crawl(cli, shop.url("/list"), tmp_path / "e.db", "--render", "never", SHELFWATCH_MAX_LIST_ITEMS="3")
    assert stats["items_stored"] == 3 and stats["capped"]["list_items"] == 8


def test_pages_and_time_per_crawl(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one = {"SHELFWATCH_CONCURRENCY_PER_DOMAIN": "1"}
    before = _slow_hits(shop)
    stats, err = _crawl(cli, shop.url("/slow/list"), tmp_path / "f.db", "--render", "never",
                        SHELFWATCH_MAX_PAGES="6", **one)
    # precise (crawlers/pagecap.py): the list and five items reach the shop, however loaded the machine;
    # robots.txt is not a page of the shop and is not counted
    assert _slow_hits(shop) - before == 6 and stats["pages_fetched"] == 6 + 1, stats  # of 60 (+ robots.txt)
    assert stats["capped"]["max_pages"] == 1 and stats["items_stored"] == 5 and stats["failed_requests"] == 0
    assert "SHELFWATCH_MAX_PAGES" in err
    stats, err = _crawl(cli, shop.url("/slow/list"), tmp_path / "g.db", "--render", "never",
                        SHELFWATCH_MAX_SECONDS="3", SHELFWATCH_PROGRESS_SECONDS="1", **one)
    assert "进度 progress:" in err  # a long crawl says how far it got while it runs
    assert stats["capped"]["max_seconds"] == 1 and stats["items_stored"] < 59, stats
    assert "SHELFWATCH_MAX_SECONDS" in err


def test_a_job_stopped_at_the_pages_cap_loses_nothing_when_resumed(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """What the cap held back was never sent, and the job is not finished: run again with the same job directory,
    each run fetches the list again and only items it had not stored, until every item is stored."""
    db, job = tmp_path / "j.db", tmp_path / "job"
    items = [f"/item/{n}.html" for n in range(101, 112)]
    before = {p: shop.hits[p] for p in ["/few/list", *items]}
    stored = []
    for _run in range(6):  # 4 pages a run: the list and 3 items; the fourth run stores the last 2 and finishes
        stats, _ = _crawl(cli, shop.url("/few/list"), db, "--render", "never", "--job-dir", str(job),
                          SHELFWATCH_MAX_PAGES="4", SHELFWATCH_CONCURRENCY_PER_DOMAIN="1")
        stored.append(stats["items_stored"])
        if not stats["capped"].get("max_pages"):
            break
    fetched = {p: shop.hits[p] - before[p] for p in before}
    assert stored == [3, 3, 3, 2], stored
    assert {p: n for p, n in fetched.items() if p != "/few/list"} == {p: 1 for p in items}  # each once, none lost
    assert fetched["/few/list"] == 4
