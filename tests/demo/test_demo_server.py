"""The demo marketplace over real HTTP on 127.0.0.1: links, pagination, encodings, JavaScript-only facts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

from demo import DemoServer, Marketplace


class _Links(HTMLParser):
    """Collect (href, link text) pairs."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._href, self._text = dict(attrs).get("href"), ""

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, self._text.strip()))
            self._href = None


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers["Content-Type"], resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read()


def _links(body: bytes) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(body.decode("utf-8"))
    return parser.links


def test_crawl_reaches_every_item_through_next_page_links(server: DemoServer, market: Marketplace) -> None:
    status, _, index = _get(server.base_url + "/")
    assert status == 200
    starts = [urljoin(server.base_url, h) for h, _ in _links(index)]
    assert sorted(starts) == sorted(server.start_urls)
    found: set[str] = set()
    for start in server.start_urls:
        url: str | None = start
        pages = 0
        while url is not None:
            status, ctype, body = _get(url)
            assert status == 200 and ctype == "text/html; charset=utf-8"
            pages += 1
            links = _links(body)
            nxt = [h for h, text in links if text == "下一页"]
            url = urljoin(url, nxt[0]) if nxt else None
            for href, _ in links:
                path = urlsplit(urljoin(server.base_url, href))
                target = path.path + (f"?{path.query}" if path.query else "")
                if re.match(r"^/(jd/item/\d+\.html|tmall/item\.htm\?id=\d+|shop/p/[a-z0-9-]+-\d+)$", target):
                    found.add(target)
        assert pages >= 5
    assert found == {i.path for i in market.items}


def test_item_pages_status_and_content_type(server: DemoServer, market: Marketplace) -> None:
    for item in market.items[:60]:
        status, ctype, body = _get(server.base_url + item.path)
        assert status == 200
        assert ctype == f"text/html; charset={item.charset}"
        assert body == item.html


def test_gbk_pages_decode(server: DemoServer, market: Marketplace) -> None:
    gbk = [i for i in market.items if i.charset == "gbk"]
    jd = [i for i in market.items if i.platform == "jd-demo"]
    assert 0.2 <= len(gbk) / len(jd) <= 0.3 and all(i.platform == "jd-demo" for i in gbk)
    truth = market.truth_by_url()
    for item in gbk:
        _, ctype, body = _get(server.base_url + item.path)
        assert ctype == "text/html; charset=gbk"
        text = body.decode("gbk")
        assert '<meta charset="gbk">' in text
        assert truth[item.path]["title"] in text
    with pytest.raises(UnicodeDecodeError):
        for item in gbk:
            _get(server.base_url + item.path)[2].decode("utf-8")


def test_tmall_facts_only_in_the_api(server: DemoServer, market: Marketplace) -> None:
    truth = market.truth_by_url()
    tmall = [i for i in market.items if i.platform == "tmall-demo"]
    assert tmall
    for item in tmall:
        t = truth[item.path]
        _, _, html_bytes = _get(server.base_url + item.path)
        html = unicodedata.normalize("NFKC", html_bytes.decode("utf-8"))
        status, ctype, api = _get(server.base_url + item.api_path)
        assert status == 200 and ctype == "application/json; charset=utf-8"
        data = json.loads(api)
        api_text = unicodedata.normalize("NFKC", json.dumps(data, ensure_ascii=False))
        assert '<ul id="J_AttrUL"></ul>' in html and "fetch(" in html
        facts = [c["number"] for c in t["certificates"]] + [s.split(" ")[-1].split("-")[0] for s in t["standards"]]
        # Parameter values, except tiny ones ("M", "是") that occur in any markup.
        facts += [v for _, v in data["props"] if v not in t["title"] and len(v) >= 3] + [t["seller"]] + ([t["maker"]] if t["maker"] else [])
        for fact in facts:
            assert unicodedata.normalize("NFKC", fact) not in html, (item.path, fact)
        assert all(f["number"] in api_text.replace(" ", "") for f in t["certificates"])
        assert data["props"] and data["desc"]


def test_unknown_paths_404_and_robots(server: DemoServer) -> None:
    for path in ("/nope", "/jd/item/1.html", "/jd/list?page=999", "/tmall/item.htm?id=1", "/jd/list?page=x"):
        assert _get(server.base_url + path)[0] == 404
    status, ctype, body = _get(server.base_url + "/robots.txt")
    assert status == 200 and ctype.startswith("text/plain") and b"Allow: /" in body
    assert _get(server.base_url + "/jd/list")[2] == _get(server.base_url + "/jd/list?page=1")[2]


def test_server_restarts_on_a_new_port(market: Marketplace) -> None:
    srv = DemoServer(market).start()
    try:
        assert srv.port != 0 and srv.base_url.startswith("http://127.0.0.1:")
        assert _get(srv.start_urls[0])[0] == 200
    finally:
        srv.stop()


def test_module_entry_point_serves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    truth = tmp_path / "truth.json"
    proc = subprocess.Popen(
        [sys.executable, "-m", "demo.server", "--port", "0", "--seed", "5", "--listings", "40", "--truth", str(truth)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        base = re.search(r"http://127\.0\.0\.1:\d+", line)
        assert base, line
        assert _get(base.group(0) + "/")[0] == 200
        assert len(json.loads(truth.read_text(encoding="utf-8"))) == 40
    finally:
        proc.terminate()
        proc.wait(timeout=10)
