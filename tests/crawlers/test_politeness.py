"""The per-site request limit's parts, without a crawl: which site a request counts against, and the turns."""

from __future__ import annotations

import asyncio

import pytest
from scrapy import Request

from crawlers.politeness import SLOT_META, SiteLimit, SiteSlotMiddleware, site_of
from crawlers.scope import CrawlScope


@pytest.mark.parametrize(
    ("url", "site"),
    [
        ("https://item.jd.com/100001.html", "jd.com"),
        ("https://search.jd.com/Search?keyword=x", "jd.com"),
        ("https://detail.tmall.com/item.htm?id=1", "tmall.com"),
        ("http://shop.example.com.cn:8080/a", "example.com.cn"),  # a two-label public suffix
        ("http://127.0.0.1:8800/list", "127.0.0.1"),  # any port: one site, as in the scope
        ("http://127.0.0.1:9900/list", "127.0.0.1"),
        ("http://[::1]:8800/", "::1"),
        ("http://LOCALHOST./x", "localhost"),
        ("ftp://files.jd.com/x", "files.jd.com"),  # not fetched (the guard refuses it); still keyed by host
    ],
)
def test_site_of(url: str, site: str) -> None:
    assert site_of(url) == site


def test_a_site_is_what_the_scope_calls_one() -> None:
    scope = CrawlScope.from_start_urls(["https://search.jd.com/Search?keyword=x"])
    for url in ("https://item.jd.com/1.html", "https://search.jd.com/2", "https://jd.com/"):
        assert scope.in_scope(url) and site_of(url) in scope.sites


class _Stats:
    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def inc_value(self, key: str) -> None:
        self.values[key] = self.values.get(key, 0) + 1


def _most_at_once(limit: int, urls: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """Most holders at once per site when every URL asks for a turn together; and the stats."""
    stats = _Stats()
    turns = SiteLimit(limit, stats, "fetch")
    now: dict[str, int] = {}
    most: dict[str, int] = {}

    async def one(url: str) -> None:
        async with turns.turn(url):
            site = site_of(url)
            now[site] = now.get(site, 0) + 1
            most[site] = max(most.get(site, 0), now[site])
            for _ in range(5):  # give every other task the chance to get in too
                await asyncio.sleep(0)
            now[site] -= 1

    async def main() -> None:
        await asyncio.gather(*(one(u) for u in urls))

    asyncio.run(main())
    return most, stats.values


@pytest.mark.parametrize("limit", [1, 2, 8])
def test_subdomains_share_the_limit_and_other_sites_do_not(limit: int) -> None:
    urls = [f"https://{host}.jd.com/{n}" for n in range(10) for host in ("item", "search")]
    urls += [f"https://detail.tmall.com/{n}" for n in range(10)]
    most, stats = _most_at_once(limit, urls)
    assert most == {"jd.com": min(limit, 20), "tmall.com": min(limit, 10)}
    assert stats["shelfwatch/politeness/fetch_waited"] == (20 - limit) + (10 - limit)


def test_a_limit_below_one_is_one() -> None:
    most, _ = _most_at_once(0, ["http://127.0.0.1/a", "http://127.0.0.1/b"])
    assert most == {"127.0.0.1": 1}


def test_scrapy_download_slot_is_the_site() -> None:
    mw = SiteSlotMiddleware()
    request = Request("https://item.jd.com/1.html", meta={SLOT_META: "search.jd.com"})  # copied by a redirect
    mw.process_request(request)
    assert request.meta[SLOT_META] == "jd.com"
