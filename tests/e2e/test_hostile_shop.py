"""A shop that serves garbage, broken markup, hostile scripts and errors: the crawl stores what it can and goes on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

LIST = (
    '<html><body><a href="/item/1.html">1</a><a href="/item/2.html">2</a><a href="/item/3.html">3</a>'
    '<a href="/item/4.html">4</a><a href="javascript:alert(1)">x</a><a href="/item/5.html">5</a></body></html>'
)
PAGES: dict[str, tuple[int, str, bytes]] = {
    "/list": (200, "text/html; charset=utf-8", LIST.encode()),
    # random bytes declared as HTML
    "/item/1.html": (200, "text/html", os.urandom(4000)),
    # deeply nested, unclosed markup with a real claim at the end
    "/item/2.html": (200, "text/html; charset=utf-8",
                     ("<html><title>坏页面</title>" + "<div>" * 5000 + "执行标准：GB 6675.1-2014").encode()),
    # hostile scripts and attributes around a normal parameter list
    "/item/3.html": (200, "text/html; charset=utf-8", (
        "<html><head><title><script>alert(1)</script>玩具</title></head><body>"
        '<ul class="p-parameter-list"><li onmouseover="alert(2)">执行标准：GB 6675.2-2014</li>'
        "<li>品牌：<img src=x onerror=alert(3)>乐玩</li></ul></body></html>").encode()),
    # a server error, then nothing for /item/5.html (404)
    "/item/4.html": (500, "text/plain", b"oops"),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        status, ctype, body = PAGES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def hostile_shop() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_hostile_shop_is_crawled_without_losing_what_can_be_kept(  # type: ignore[no-untyped-def]
    cli, hostile_shop: str, tmp_path: Path
) -> None:
    db = tmp_path / "hostile.db"
    res = cli("crawl", hostile_shop + "/list", "--db", str(db), "--json", "--render", "never")
    assert res.returncode == 0, res.stderr[-3000:]
    stats = json.loads(res.stdout.strip().splitlines()[-1])
    assert stats["items_stored"] == 3  # pages 1-3; the 500 and the 404 are not listings
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in map(json.loads, cli("listings", "--db", str(db), "--json")
                                                         .stdout.splitlines())}
    assert rows["2.html"]["standards"] == ["GB 6675.1-2014"]
    assert rows["3.html"]["standards"] == ["GB 6675.2-2014"]
    assert "<script" not in rows["3.html"]["title"] and "onerror" not in json.dumps(rows["3.html"]["params"])
    # The garbage page is kept, byte for byte, as evidence.
    evidence = subprocess.run([sys.executable, "-m", "shelfwatch", "evidence", hostile_shop + "/item/1.html",
                               "--db", str(db)], capture_output=True, check=True)
    assert evidence.stdout == PAGES["/item/1.html"][2]
