"""A crawl whose settings never render installs no browser, and its spider asks for none."""

from __future__ import annotations

import pytest
from scrapy.utils.test import get_crawler

from crawlers.config import scrapy_settings
from crawlers.platforms import Render
from crawlers.spiders.listings import ListingSpider
from shelfwatch.settings import load_settings


@pytest.mark.parametrize(("render_js", "browser"), [("never", False), ("auto", True), ("always", True)])
def test_the_browser_handler_is_installed_only_where_pages_may_be_rendered(render_js: str, browser: bool) -> None:
    handlers = scrapy_settings(load_settings(environ={}, render_js=render_js))["DOWNLOAD_HANDLERS"]
    assert bool(handlers) is browser
    if browser:
        assert handlers == {"http": "crawlers.browser.GuardedPlaywrightHandler",
                            "https": "crawlers.browser.GuardedPlaywrightHandler"}


@pytest.mark.parametrize(("render_js", "asked", "policy"), [
    ("never", "always", Render.NEVER),  # no browser installed: the settings win
    ("never", "auto", Render.NEVER),
    ("auto", "always", Render.ALWAYS),
    ("auto", "never", Render.NEVER),
])
def test_the_spider_never_renders_where_the_settings_install_no_browser(render_js: str, asked: str,
                                                                         policy: Render) -> None:
    crawler = get_crawler(ListingSpider, scrapy_settings(load_settings(environ={}, render_js=render_js)))
    spider = ListingSpider.from_crawler(crawler, start_urls=["http://127.0.0.1:9/list"], render=asked)
    assert spider.render_policy is policy
