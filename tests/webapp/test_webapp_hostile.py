"""Crawled pages are hostile: their text renders escaped, their links never run script, their HTML never runs."""

from __future__ import annotations

import hashlib
import re

from fastapi.testclient import TestClient
from webapp_seed import SCRIPT, Seeded

from webapp.security import APP_CSP

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_hostile_listing_renders_escaped_without_script_links(client: TestClient, seeded: Seeded) -> None:
    pages = {
        "detail": client.get(f"/listings/{seeded.hostile}").text,
        "dashboard": client.get("/").text,
        "findings": client.get("/findings").text,
    }
    for name, html in pages.items():
        assert SCRIPT not in html, name
        assert "<script" not in html.lower(), name
        assert ESCAPED in html, name
        assert 'href="javascript:' not in html.lower(), name
    detail = pages["detail"]
    assert detail.count(ESCAPED) >= 8  # title, seller, maker, param key and values, claim, finding, description
    assert 'href="#" rel="noopener noreferrer nofollow"' in detail  # the javascript: shop URL became no link
    assert "javascript:alert(1)//" in detail  # ...but is still shown to the inspector, as text


def test_every_html_response_has_a_strict_csp_and_nosniff(client: TestClient, seeded: Seeded) -> None:
    for path in ("/", "/findings", f"/listings/{seeded.hostile}", "/search?q=羽绒服", "/listings/0"):
        r = client.get(path)
        assert r.headers["content-security-policy"] == APP_CSP, path
        assert "script-src" not in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]


def test_evidence_with_script_is_served_as_plain_text_in_a_sandbox(client: TestClient, seeded: Seeded) -> None:
    r = client.get(f"/listings/{seeded.hostile}/evidence")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.headers["x-content-type-options"] == "nosniff"
    csp = r.headers["content-security-policy"]
    assert csp.startswith("sandbox") and "default-src 'none'" in csp
    assert r.headers["content-disposition"].startswith("inline;")
    assert SCRIPT in r.text  # shown verbatim, as text: the inspector sees exactly what the shop served


def test_raw_evidence_download_is_the_exact_stored_bytes(client: TestClient, seeded: Seeded) -> None:
    detail = client.get(f"/listings/{seeded.down_jacket}").text
    link = re.search(r'href="(/listings/\d+/evidence/\d+\?download=true)"', detail)
    assert link is not None
    r = client.get(link.group(1))
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["content-disposition"].startswith("attachment;")
    assert hashlib.sha256(r.content).hexdigest() == r.headers["x-evidence-sha256"]
    assert "儿童羽绒服".encode() in r.content


def test_gbk_evidence_is_decoded_for_reading() -> None:
    from webapp.evidence import page_text

    body = '<meta charset="gbk"><p>执行标准：GB 31701-2015</p>'.encode("gbk")
    assert "执行标准" in page_text(body, "text/html")
    assert "执行标准" in page_text("执行标准".encode("gb18030"), "")  # undeclared and not UTF-8
