"""Evidence of rendered pages: full-page screenshots kept with findings, `shelfwatch capture`, case-file export.

Chromium renders pages served on 127.0.0.1; the PNGs are checked by their signature and their IHDR size (a page
drawn 3,000 px tall gives a screenshot at least that tall: full page, not the viewport).
"""

from __future__ import annotations

import hashlib
import json
import struct
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_shop import Shop, html

from shelfwatch.evidence import screenshots_of
from shelfwatch.store import Store

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TALL = 3000


def _page(title: str, standard: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{title}</h1><ul class='p-parameter-list'>"
            f"<li>品牌：乐玩</li><li>价格：¥59.00</li><li>执行标准：{standard}</li></ul>"
            f"<div style='height:{TALL}px;background:#eee'>详情</div></body></html>")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, data[:8]
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes.update({
            "/list": html('<a href="/item/1.html">1</a><a href="/item/2.html">2</a>'),
            # GB 16410-2022: no such edition of a listed number, a standard_unknown finding
            "/item/1.html": html(_page("有问题的积木", "GB 16410-2022")),
            "/item/2.html": html(_page("家用收纳盒", "QB/T 4575-2013")),  # no category rule, nothing to verify
        })
        yield s


def test_rendered_listing_with_a_finding_keeps_a_full_page_screenshot(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.db"
    res = cli("crawl", shop.url("/list"), "--db", str(db), "--json", "--render", "always")
    assert res.returncode == 0, res.stderr[-3000:]
    assert json.loads(res.stdout.splitlines()[-1])["rendered_pages"] == 2
    store = Store(str(db))
    try:
        flagged = {f["url"] for f in store.iter_findings()}
        assert shop.url("/item/1.html") in flagged
        shots = screenshots_of(store, shop.url("/item/1.html"))
        [version] = store.page_evidence(shop.url("/item/1.html"))
        assert shop.url("/item/2.html") not in flagged
        clean_shots = screenshots_of(store, shop.url("/item/2.html"))
    finally:
        store.close()
    [shot] = shots
    width, height = png_size(shot["body"])
    assert width >= 800 and height >= TALL, (width, height)
    assert shot["sha256"] == hashlib.sha256(shot["body"]).hexdigest() and shot["size"] == len(shot["body"])
    assert shot["page_sha256"] == version["sha256"] and version["rendered"]
    assert clean_shots == []  # no finding, no screenshot kept

    # Crawled again with nothing changed: the same DOM is the same sha256, so nothing is read, stored or shot again
    res = cli("crawl", shop.url("/list"), "--db", str(db), "--json", "--render", "always")
    again = json.loads(res.stdout.splitlines()[-1])
    assert again["unchanged"] == {"same_hash": 2} and again["items_stored"] == 0, again
    store = Store(str(db))
    try:
        assert len(screenshots_of(store, shop.url("/item/1.html"))) == 1
        assert len(store.page_evidence(shop.url("/item/1.html"))) == 1
    finally:
        store.close()

    # On demand, for a listing without a finding (its page edited since the crawl): DOM and screenshot kept
    shop.routes["/item/2.html"] = html(_page("家用收纳盒 新款", "QB/T 4575-2013"))
    res = cli("capture", shop.url("/item/2.html"), "--db", str(db), "--json")
    assert res.returncode == 0, res.stderr[-3000:]
    kept = json.loads(res.stdout.splitlines()[-1])
    store = Store(str(db))
    try:
        [shot2] = screenshots_of(store, shop.url("/item/2.html"))
        versions = store.page_evidence(shop.url("/item/2.html"))
    finally:
        store.close()
    assert kept["screenshot_sha256"] == shot2["sha256"] == hashlib.sha256(shot2["body"]).hexdigest()
    assert png_size(shot2["body"])[1] >= TALL and shot2["source"] == "capture"
    assert len(versions) == 2  # the crawl's version and the capture's
    [captured] = [v for v in versions if v["source"] == "capture"]
    assert captured["sha256"] == kept["dom_sha256"] == hashlib.sha256(captured["body"]).hexdigest()
    assert "家用收纳盒 新款" in captured["body"].decode("utf-8") and captured["rendered"]

    # The case file: every artefact written out, checked by sha256sum itself
    out = tmp_path / "case"
    res = cli("evidence", "export", shop.url("/item/1.html"), "--db", str(db), "--out", str(out))
    assert res.returncode == 0, res.stderr[-3000:]
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=out, capture_output=True, text=True, check=False)
    assert check.returncode == 0 and check.stdout.count(": OK") == 2, check.stdout + check.stderr
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    assert manifest["pages"][0]["final_url"] == shop.url("/item/1.html") and manifest["screenshots"]


def test_capture_refuses_a_url_that_is_not_a_stored_listing(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "c.db"
    Store(str(db)).close()
    res = cli("capture", shop.url("/item/1.html"), "--db", str(db))
    assert res.returncode == 2 and "crawl it first" in res.stderr
    assert shop.total_hits == 0
