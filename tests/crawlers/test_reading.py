"""Where the crawl reads its pages: the pool gives what reading in place gives, and a worker that dies costs its
page, never the crawl."""

from __future__ import annotations

import asyncio
import os

import pytest

from crawlers.reading import PageReader, ReadFailed, worker_count
from extractors import extract_page
from extractors.page import ProductPage

PAGE = ("<html><head><title>电热水壶</title></head><body><h1>电热水壶 1.7L</h1><table>"
        "<tr><th>执行标准</th><td>GB 4706.1-2005、4706.19-2008</td></tr>"
        "<tr><th>3C证书编号</th><td>2020010719123456</td></tr></table></body></html>").encode()


@pytest.mark.parametrize(
    ("setting", "cores", "workers"),
    [
        (-1, 1, 0), (-1, 2, 0),  # the reactor's core and the writer's come first
        (-1, 3, 1), (-1, 16, 14),
        (0, 16, 0),  # asked for none: read on the reactor thread
        (3, 2, 3),  # asked for: given, even on two cores
    ],
)
def test_worker_count(setting: int, cores: int, workers: int) -> None:
    assert worker_count(setting, cores) == workers


class DyingPage(ProductPage):
    """A page whose reading kills its process, as lxml crashing on hostile markup would."""

    def to_extraction(self):  # type: ignore[no-untyped-def]
        os._exit(3)


def test_the_pool_reads_a_page_as_reading_in_place_does() -> None:
    async def both() -> tuple[object, object]:
        reader = PageReader(1)
        try:
            pooled = await reader.read(PAGE, "http://127.0.0.1/item/1.html", content_type="text/html; charset=utf-8",
                                       encoding=None, page_object="generic")
        finally:
            reader.close()
        inline = await PageReader(0).read(PAGE, "http://127.0.0.1/item/1.html",
                                          content_type="text/html; charset=utf-8", encoding=None, page_object="generic")
        return pooled, inline

    pooled, inline = asyncio.run(both())
    assert pooled == inline == extract_page(PAGE, "http://127.0.0.1/item/1.html",
                                            content_type="text/html; charset=utf-8")
    assert {c.value for c in inline.claims} >= {"GB 4706.1-2005", "2020010719123456"}  # type: ignore[attr-defined]


def test_a_worker_that_dies_costs_its_page_and_a_new_pool_reads_the_next() -> None:
    async def run() -> object:
        reader = PageReader(1)
        try:
            with pytest.raises(ReadFailed):
                await reader.read(PAGE, "http://127.0.0.1/item/2.html", content_type="text/html", encoding=None,
                                  page_object=DyingPage)
            return await reader.read(PAGE, "http://127.0.0.1/item/3.html", content_type="text/html",
                                     encoding=None, page_object="generic")
        finally:
            reader.close()

    assert asyncio.run(run()).title  # type: ignore[attr-defined]
