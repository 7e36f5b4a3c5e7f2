"""Pages in GBK, GB18030, Big5 and UTF-8 served over HTTP on 127.0.0.1 and read THROUGH THE SPIDER.

Scrapy's ``response.encoding`` guesses cp1252 for undeclared non-UTF-8 bodies and believes a server that says
ISO-8859-1; the spider hands the extractor the bytes and the Content-Type header instead, and the extractor decides
as a browser would (extractors.encoding). Each page carries the same facts; every one must come out readable.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _page(brand: str, standard: str, *, meta: str = "", title: str = "") -> str:
    head = f'<meta charset="{meta}">' if meta else ""
    return (
        f"<html><head>{head}<title>{title or brand}</title></head><body><h1>{title or brand}</h1>"
        f'<ul class="p-parameter-list"><li>品牌：{brand}</li><li>执行标准：{standard}</li>'
        "<li>产品名称：纯棉毛巾 柔软吸水 家用洗脸巾</li></ul></body></html>"
    )


TRADITIONAL = (
    '<html><head><meta charset="big5"><title>潔麗雅 純棉毛巾</title></head><body><h1>潔麗雅 純棉毛巾</h1>'
    '<ul class="p-parameter-list"><li>品牌：潔麗雅</li><li>執行標準：GB/T 22864-2008</li>'
    "<li>產品名稱：純棉毛巾 柔軟吸水</li></ul></body></html>"
)

# path: (Content-Type header, body, expected brand, expected standard, expected encoding source)
PAGES: dict[str, tuple[str, bytes, str, str, str]] = {
    "/item/1.html": ("text/html", _page("洁丽雅", "GB/T 22864-2008", meta="gbk").encode("gbk"),
                     "洁丽雅", "GB/T 22864-2008", "meta"),
    "/item/2.html": ("text/html", _page("洁丽雅", "GB/T 22864-2008").encode("gbk"),
                     "洁丽雅", "GB/T 22864-2008", "detected"),
    "/item/3.html": ("text/html; charset=ISO-8859-1", _page("金号", "GB/T 22864-2008").encode("gbk"),
                     "金号", "GB/T 22864-2008", "detected"),
    "/item/4.html": ("text/html", _page("𠮷野家", "GB 18401-2010", meta="gb18030").encode("gb18030"),
                     "𠮷野家", "GB 18401-2010", "meta"),
    "/item/5.html": ("text/html", TRADITIONAL.encode("big5"), "潔麗雅", "GB/T 22864-2008", "meta"),
    "/item/6.html": ("text/html", b"\xef\xbb\xbf" + _page("三利", "FZ/T 62006-2004").encode("utf-8"),
                     "三利", "FZ/T 62006-2004", "bom"),
    "/item/7.html": ("text/html; charset=utf-8", _page("孚日", "GB/T 22864-2008").encode("gbk"),
                     "孚日", "GB/T 22864-2008", "detected"),
    "/item/8.html": ("text/html; charset=GBK", _page("大朴", "GB 18401-2010", meta="utf-8").encode("gbk"),
                     "大朴", "GB 18401-2010", "header"),
}
WHY = {
    "/item/1.html": "GBK declared by <meta charset>",
    "/item/2.html": "GBK without any declaration (Scrapy would guess cp1252)",
    "/item/3.html": "GBK under a wrong ISO-8859-1 header",
    "/item/4.html": "GB18030 with a character GBK lacks (U+20BB7)",
    "/item/5.html": "Big5 declared by <meta charset>",
    "/item/6.html": "UTF-8 with a byte-order mark and no declaration",
    "/item/7.html": "GBK under a header that says UTF-8",
    "/item/8.html": "GBK header over a template's stale <meta charset=utf-8>",
}

CRAWL = textwrap.dedent(
    """
    import json, sys
    from scrapy.crawler import CrawlerProcess
    from crawlers.config import scrapy_settings
    from crawlers.spiders.listings import ListingSpider
    from shelfwatch.settings import load_settings

    OUT = sys.argv[1]

    class Collect:
        def process_item(self, item, spider=None):
            ex = item.extraction
            with open(OUT, "a", encoding="utf-8") as fh:
                fh.write(json.dumps({"url": item.url, "brand": ex.brand, "title": ex.title,
                                     "standards": [c.value for c in ex.claims if c.kind == "standard"],
                                     "source": ex.encoding_source, "encoding": ex.encoding}, ensure_ascii=False))
                fh.write("\\n")
            return item

    settings = scrapy_settings(load_settings(), ITEM_PIPELINES={"__main__.Collect": 100}, DOWNLOAD_HANDLERS={},
                               LOG_LEVEL="WARNING", DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False)
    process = CrawlerProcess(settings)
    process.crawl(ListingSpider, start_urls=sys.argv[2:], render="never")
    process.start()
    """
)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        ctype, body, *_ = PAGES.get(self.path, ("text/plain", b"not found", "", "", ""))
        self.send_response(200 if self.path in PAGES else 404)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict[str, object]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    out = tmp_path_factory.mktemp("enc") / "items.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SHELFWATCH_DB": str(out.with_suffix(".db"))}
    res = subprocess.run([sys.executable, "-c", CRAWL, str(out), *(base + p for p in PAGES)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    server.shutdown()
    assert res.returncode == 0, res.stderr[-3000:]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    yield {row["url"].removeprefix(base): row for row in rows}


@pytest.mark.parametrize("path", list(PAGES), ids=[WHY[p] for p in PAGES])
def test_page_is_read_in_its_real_encoding(crawled: dict[str, dict[str, object]], path: str) -> None:
    _ctype, _body, brand, standard, source = PAGES[path]
    row = crawled[path]
    assert row["brand"] == brand
    assert row["standards"] == [standard]
    assert row["source"] == source
    assert "\ufffd" not in str(row["title"])
