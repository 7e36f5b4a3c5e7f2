"""Incremental re-crawls and crawl evidence, against a 127.0.0.1 shop that honours conditional requests.

The server counts, per path, the full (200) answers and the 304s it sent, and keeps the exact bytes it served, so
"unchanged pages are cheap" and "the stored hash is of what was served" are both checked from the server's side.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from shelfwatch.store import Store


def _page(title: str, standard: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><ul class='p-parameter-list'>"
            f"<li>品牌：乐玩</li><li>价格：¥59.00</li><li>执行标准：{standard}</li></ul></body></html>").encode()


class ConditionalShop:
    """Item pages with ETag, Last-Modified, neither, or a body that changes between crawls."""

    LAST_MODIFIED = formatdate(1_764_000_000, usegmt=True)

    def __init__(self) -> None:
        self.full: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.request_headers: dict[str, dict[str, str]] = {}
        self.version = 1
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                shop.request_headers[self.path] = dict(self.headers.items())
                status, headers, body = shop.answer(self.path, self.headers)
                (shop.full if status == 200 else shop.not_modified if status == 304 else Counter())[self.path] += 1
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_port

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def body(self, path: str) -> bytes:
        if path == "/list":
            return "".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(1, 5)).encode()
        if path == "/item/4.html":  # edited between crawls: a new standard each version
            return _page("会变的积木", f"GB 6675.{self.version}-2014")
        titles = {"/item/1.html": "带ETag的积木", "/item/2.html": "带Last-Modified的积木", "/item/3.html": "无校验头的积木"}
        # GB 16410-2022: no such edition of a number the bundled registry lists, a standard_unknown finding.
        return _page(titles[path], "GB 16410-2022")

    def answer(self, path: str, request: Any) -> tuple[int, dict[str, str], bytes]:
        if path == "/robots.txt" or not (path == "/list" or path.startswith("/item/")):
            return 404, {"Content-Type": "text/plain"}, b"no"
        body = self.body(path)
        headers = {"Content-Type": "text/html; charset=utf-8"}
        etag = '"' + hashlib.md5(body).hexdigest() + '"'
        if path == "/item/1.html":
            headers["ETag"] = etag
            if request.get("If-None-Match") == etag:
                return 304, {"ETag": etag}, b""
        if path == "/item/2.html":
            headers["Last-Modified"] = self.LAST_MODIFIED
            if request.get("If-Modified-Since") == self.LAST_MODIFIED:
                return 304, {}, b""
        return 200, headers, body

    def __enter__(self) -> ConditionalShop:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def shop() -> Iterator[ConditionalShop]:
    with ConditionalShop() as s:
        yield s


def _crawl(cli, shop: ConditionalShop, db: Path) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    res = cli("crawl", shop.url("/list"), "--db", str(db), "--json", "--render", "never")
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


def _listing(store: Store, url: str) -> dict[str, Any]:
    [row] = [r for r in store.iter_listings() if r["url"] == url]
    return row


def test_second_crawl_of_unchanged_pages_is_cheap(cli, shop: ConditionalShop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "w.db"
    first = _crawl(cli, shop, db)
    assert first["items_stored"] == 4 and first["unchanged"] == {}
    store = Store(str(db))
    try:
        before = {n: _listing(store, shop.url(f"/item/{n}.html")) for n in range(1, 5)}
        findings_before = {(f["url"], f["code"], f["id"]) for f in store.iter_findings()}
    finally:
        store.close()
    assert any(url.endswith("/item/1.html") and code == "standard_unknown" for url, code, _ in findings_before)

    shop.version = 2  # only item 4 changes
    second = _crawl(cli, shop, db)

    # From the server's side: one full answer per page in all for 1 and 2, a 304 the second time.
    assert shop.full["/item/1.html"] == 1 and shop.not_modified["/item/1.html"] == 1
    assert shop.full["/item/2.html"] == 1 and shop.not_modified["/item/2.html"] == 1
    assert shop.request_headers["/item/1.html"]["If-None-Match"].startswith('"')
    assert shop.request_headers["/item/2.html"]["If-Modified-Since"] == shop.LAST_MODIFIED
    assert shop.full["/item/3.html"] == 2 and shop.not_modified["/item/3.html"] == 0  # no validators to send
    assert shop.full["/item/4.html"] == 2
    assert second["unchanged"] == {"not_modified": 2, "same_hash": 1}
    assert second["items_stored"] == 1 and second["gone"] == 0 and second["failed_requests"] == 0
    assert second["alarms"] == []  # three listings seen unchanged are not "far fewer listings"

    store = Store(str(db))
    try:
        after = {n: _listing(store, shop.url(f"/item/{n}.html")) for n in range(1, 5)}
        findings_after = {(f["url"], f["code"], f["id"]) for f in store.iter_findings()}
        versions_4 = store.page_evidence(shop.url("/item/4.html"))
    finally:
        store.close()
    for n in (1, 2, 3):  # unchanged: seen again, nothing else moved
        assert after[n]["last_seen_at"] > before[n]["last_seen_at"]
        assert after[n]["fetched_at"] == before[n]["fetched_at"]
        assert after[n]["last_crawl_id"] == before[n]["last_crawl_id"]
        assert after[n]["gone_since"] is None
        assert [c.value for c in after[n]["claims"]] == ["GB 16410-2022"]
    # findings of the unchanged listings are the same rows (same ids), not wiped
    unchanged_findings = {f for f in findings_before if not f[0].endswith("/item/4.html")}
    assert unchanged_findings <= findings_after
    # the changed page was read again: its new claim, a second page version
    assert [c.value for c in after[4]["claims"]] == ["GB 6675.2-2014"]
    assert len(versions_4) == 2 and after[4]["last_crawl_id"] != before[4]["last_crawl_id"]


def test_a_listing_with_a_finding_keeps_the_exchange_as_evidence(cli, shop: ConditionalShop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "e.db"
    _crawl(cli, shop, db)
    served = shop.body("/item/1.html")
    store = Store(str(db))
    try:
        [version] = store.page_evidence(shop.url("/item/1.html"))
    finally:
        store.close()
    assert version["body"] == served
    assert version["sha256"] == hashlib.sha256(served).hexdigest()
    assert version["final_url"] == shop.url("/item/1.html") and version["source"] == "crawl"
    # header names as Scrapy normalises them (Etag); compared without case
    response_headers = {k.lower(): v for k, v in json.loads(version["response_headers"]).items()}
    assert response_headers["etag"] == '"' + hashlib.md5(served).hexdigest() + '"'
    assert response_headers["content-type"] == "text/html; charset=utf-8"
    request_headers = {k.lower(): v for k, v in json.loads(version["request_headers"]).items()}
    assert request_headers["user-agent"].startswith("shelfwatch/")
    assert version["fetched_at"] is not None and version["status"] == 200
