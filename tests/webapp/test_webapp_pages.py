"""Inspectors' pages: dashboard counts, findings filters and paging, listing detail, Chinese 404."""

from __future__ import annotations

import re
from collections.abc import Callable

from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.store import Store
from webapp.routes.inspect import PAGE_SIZE


def _finding_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr id="finding-(\d+)">', html)]


def test_dashboard_counts_listings_per_platform_and_findings_per_code(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert re.search(r">jd-demo</a></td><td class=\"num\">3<", html)
    assert re.search(r">tmall-demo</a></td><td class=\"num\">1<", html)
    assert "标准已废止 / withdrawn standard" in html and "证照编号无效 / invalid certificate or licence" in html
    assert "监测商品 Listings: <strong>4</strong>" in html and "问题商品 Flagged: <strong>3</strong>" in html
    # Riskiest first: the down jacket (80) before the cup (50) before the hostile listing (30).
    assert html.index("儿童羽绒服") < html.index("不锈钢保温杯")


def test_findings_riskiest_first_and_filtered_by_code_platform_and_review(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    all_ids = _finding_ids(client.get("/findings").text)
    risks = {f["id"]: f["risk"] for f in fresh_store.iter_findings()}
    assert len(all_ids) == 4 and [risks[i] for i in all_ids] == sorted(risks.values(), reverse=True)

    by_code = client.get("/findings", params={"code": "certificate_invalid"}).text
    assert len(_finding_ids(by_code)) == 1 and "食品生产许可证编号校验位错误" in by_code

    by_platform = client.get("/findings", params={"platform": "tmall-demo"}).text
    assert len(_finding_ids(by_platform)) == 1 and "生产企业在失信名单中" in by_platform

    target = _finding_ids(by_code)[0]
    client.post(f"/findings/{target}/review", data={"review": "confirmed"})
    assert _finding_ids(client.get("/findings", params={"review": "confirmed"}).text) == [target]
    assert target not in _finding_ids(client.get("/findings", params={"review": "open"}).text)
    assert len(_finding_ids(client.get("/findings", params={"review": "open"}).text)) == 3


def test_findings_are_paginated(
    client: TestClient, fresh_store: Store, make_listing: Callable[..., Listing]
) -> None:
    many = PAGE_SIZE + 5 - fresh_store.find_findings()[1]  # the seeded store holds a few already
    for i in range(many):
        finding = Finding(code=FindingCode.STANDARD_UNKNOWN, severity=Severity.LOW, evidence=f"e{i}", explanation="x")
        fresh_store.save_listing(make_listing(url=f"http://127.0.0.1/p/{i}", item_id=str(i)), [], [finding], risk=i)
    first = client.get("/findings").text
    second = client.get("/findings", params={"page": 2}).text
    assert len(_finding_ids(first)) == PAGE_SIZE and len(_finding_ids(second)) == 5
    assert "page=2" in first and "下一页" not in second
    assert not set(_finding_ids(first)) & set(_finding_ids(second))
    bad = client.get("/findings", params={"page": "zero"})
    assert bad.status_code == 422 and "参数无效" in bad.text


def test_invalid_review_filter_is_refused(client: TestClient) -> None:
    r = client.get("/findings", params={"review": "maybe"})
    assert r.status_code == 422 and "审核结果无效" in r.text


def test_listing_detail_shows_facts_params_claims_findings_and_evidence_link(
    client: TestClient, seeded: Seeded
) -> None:
    r = client.get(f"/listings/{seeded.down_jacket}")
    assert r.status_code == 200
    html = r.text
    for text in ("儿童羽绒服 冬季加厚", "浙江某某服饰有限公司", "填充物", "白鸭绒",  # facts and params
                 "GB/T 14272-2011", "param:执行标准",  # a claim and where it was found
                 "SC10644011500124", "无效 invalid", "校验位不符 check digit wrong",  # validity note
                 "GB/T 14272-2011 已于2022年废止", "证据 Evidence: 执行标准：GB/T14272—2011"):  # finding
        assert text in html, text
    assert f'href="/listings/{seeded.down_jacket}/evidence"' in html
    assert 'href="http://127.0.0.1:8800/jd/item/100001.html" rel="noopener noreferrer nofollow"' in html
    assert html.count('action="/findings/') == 2
    # Times in the office's zone: fetched 08:00 UTC is 16:00 in Asia/Shanghai.
    assert "抓取时间 Fetched (Asia/Shanghai)</th><td>2026-11-27 16:00" in html


def test_unknown_listing_is_a_chinese_404_page(client: TestClient) -> None:
    for path in ("/listings/999999", "/listings/999999/evidence", "/listings/abc", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.headers["content-type"].startswith("text/html")
        assert "未找到" in r.text and "Content-Security-Policy" in r.headers
    assert "商品不存在" in client.get("/listings/999999").text
