"""Analysts' search over the embedded FTS index that lives in the store's own SQLite file."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webapp_seed import Seeded


def test_search_finds_a_chinese_term_with_a_marked_snippet(client: TestClient, seeded: Seeded) -> None:
    r = client.get("/search", params={"q": "羽绒服"})
    assert r.status_code == 200
    html = r.text
    assert f'href="/listings/{seeded.down_jacket}"' in html and "儿童羽绒服 冬季加厚" in html
    assert "<mark>羽绒服</mark>" in html
    assert "不锈钢保温杯" not in html and "1 条结果" in html


def test_search_by_standard_code_and_filters(client: TestClient, seeded: Seeded) -> None:
    assert "儿童羽绒服" in client.get("/search", params={"q": "GB/T 14272"}).text
    assert "不锈钢保温杯" in client.get("/search", params={"q": "保温杯", "code": "blacklisted_entity"}).text
    assert "0 条结果" in client.get("/search", params={"q": "保温杯", "platform": "jd-demo"}).text


def test_search_input_is_never_markup_or_query_syntax(client: TestClient) -> None:
    r = client.get("/search", params={"q": '"<script>alert(1)</script> OR * NEAR('})
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    assert client.get("/search").status_code == 200  # the empty form
