"""Where a crawl may go: registrable domains, address classes and the scope's verdicts, as tables."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawlers.browser import blocked_resource
from crawlers.scope import CrawlScope, Refusal, classify_address, registrable_domain, split_list
from crawlers.spiders.listings import ListingSpider


@pytest.mark.parametrize(
    ("host", "site"),
    [
        ("search.jd.com", "jd.com"),
        ("item.jd.com", "jd.com"),
        ("ITEM.JD.COM.", "jd.com"),
        ("detail.tmall.com", "tmall.com"),
        ("shop.example.com.cn", "example.com.cn"),  # com.cn is a public suffix
        ("a.b.co.uk", "b.co.uk"),
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("localhost", "localhost"),
    ],
)
def test_registrable_domain(host: str, site: str) -> None:
    assert registrable_domain(host) == site


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("8.8.8.8", None),
        ("111.13.100.91", None),
        ("2400:da00::6666", None),
        ("127.0.0.1", Refusal.LOOPBACK),
        ("127.0.0.2", Refusal.LOOPBACK),
        ("::1", Refusal.LOOPBACK),
        ("::ffff:127.0.0.1", Refusal.LOOPBACK),
        ("10.1.2.3", Refusal.PRIVATE),
        ("172.16.0.1", Refusal.PRIVATE),
        ("192.168.1.1", Refusal.PRIVATE),
        ("fd00::1", Refusal.PRIVATE),
        ("100.64.0.1", Refusal.PRIVATE),
        ("169.254.169.254", Refusal.LINK_LOCAL),  # cloud metadata service
        ("fe80::1", Refusal.LINK_LOCAL),
        ("224.0.0.1", Refusal.MULTICAST),
        ("ff02::1", Refusal.MULTICAST),
        ("0.0.0.0", Refusal.RESERVED),
        ("240.0.0.1", Refusal.RESERVED),
        ("192.0.2.1", Refusal.PRIVATE),  # documentation range: Python counts it private; refused either way
        ("not an address", Refusal.RESERVED),
    ],
)
def test_classify_address(address: str, reason: Refusal | None) -> None:
    assert classify_address(address) == reason


DEMO = CrawlScope.from_start_urls(["http://127.0.0.1:8800/jd/list?page=1"])
JD = CrawlScope.from_start_urls(["https://search.jd.com/Search?keyword=x"], extra_sites=["3.cn"],
                                allow_hosts=["10.0.0.5", "192.168.1.9:8080"])


@pytest.mark.parametrize(
    ("scope", "url", "addresses", "verdict"),
    [
        # the start URL's own host and port are trusted though loopback
        (DEMO, "http://127.0.0.1:8800/jd/item/1.html", None, None),
        # another port on it is not: the user named one service, not the machine
        (DEMO, "http://127.0.0.1:22/", None, Refusal.LOOPBACK),
        (DEMO, "http://127.0.0.2:8800/x", None, Refusal.OFFSITE),
        (DEMO, "file:///etc/passwd", None, Refusal.SCHEME),
        (DEMO, "ftp://127.0.0.1:8800/", None, Refusal.SCHEME),
        # subdomains of a start URL's site are in scope; the address still decides
        (JD, "https://item.jd.com/100012043978.html", ["111.13.100.91"], None),
        (JD, "https://item.jd.com/1.html", ["10.0.0.7"], Refusal.PRIVATE),
        (JD, "https://item.jd.com/1.html", ["111.13.100.91", "127.0.0.1"], Refusal.LOOPBACK),
        (JD, "https://item.jd.com/1.html", [], None),  # unresolvable: fails as a download, not a refusal
        (JD, "https://p.3.cn/prices/mgets?skuIds=1", ["1.2.3.4"], None),  # a site named in config
        (JD, "https://evil.example/", ["1.2.3.4"], Refusal.OFFSITE),
        (JD, "https://jd.com.evil.example/", ["1.2.3.4"], Refusal.OFFSITE),
        (JD, "http://169.254.169.254/latest/meta-data/", None, Refusal.OFFSITE),
    ],
)
def test_scope_check(scope: CrawlScope, url: str, addresses: list[str] | None, verdict: Refusal | None) -> None:
    assert scope.check(url, addresses) == verdict


def test_allow_hosts_by_host_or_host_and_port() -> None:
    scope = CrawlScope.from_start_urls(["http://shop.test/"], extra_sites=["10.0.0.5", "192.168.1.9"],
                                       allow_hosts=split_list("10.0.0.5, 192.168.1.9:8080"))
    assert scope.check("http://10.0.0.5:1234/", None) is None
    assert scope.check("http://192.168.1.9:8080/", None) is None
    assert scope.check("http://192.168.1.9:8081/", None) is Refusal.PRIVATE
    assert scope.needs_resolution("http://www.shop.test/") and not scope.needs_resolution("http://shop.test/")
    assert not scope.needs_resolution("http://10.0.0.5/")


@pytest.mark.parametrize(
    ("resource_type", "url", "why"),
    [
        ("document", "https://item.jd.com/1.html", None),
        ("script", "https://static.jd.com/app.js", None),
        ("xhr", "https://api.jd.com/items?page=2", None),
        ("image", "https://img.jd.com/a.jpg", "image"),
        ("font", "https://static.jd.com/a.woff2", "font"),
        ("media", "https://v.jd.com/a.mp4", "media"),
        ("script", "https://www.google-analytics.com/analytics.js", "third_party"),
        ("fetch", "https://tracker.example/collect", "third_party"),
        ("image", "data:image/png;base64,AAAA", None),
    ],
)
def test_browser_blocks_what_a_product_page_does_not_need(resource_type: str, url: str, why: str | None) -> None:
    assert blocked_resource(resource_type, url, JD) == why


def test_item_links_on_another_subdomain_are_followed() -> None:
    """search.jd.com lists items on item.jd.com: the spider follows them, and nothing off the site."""
    spider = ListingSpider(start_urls=["https://search.jd.com/Search?keyword=toy"])
    crawler = get_crawler(ListingSpider)
    crawler.spider = spider
    spider._set_crawler(crawler)
    body = (
        '<a href="https://item.jd.com/100012043978.html">a</a><a href="//item.jd.com/100000000002.html">b</a>'
        '<a href="https://item.jd.hk/100000000003.html">hk</a><a href="https://evil.example/products/1">x</a>'
        '<a href="/Search?keyword=toy&page=2">下一页</a>'
    )
    response = HtmlResponse(url=spider.start_urls[0], body=body.encode(), encoding="utf-8",
                            request=Request(spider.start_urls[0]))
    async def outputs() -> list[object]:
        return [r async for r in spider.parse(response)]

    urls = [r.url for r in asyncio.run(outputs()) if isinstance(r, Request)]
    assert urls == [
        "https://item.jd.com/100012043978.html",
        "https://item.jd.com/100000000002.html",
        "https://search.jd.com/Search?keyword=toy&page=2",
    ]
