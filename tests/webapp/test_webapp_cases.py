"""The maker's region (属地) from the credit code's division digits, else the address; and the case transfer."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch import audit
from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.regions import from_address, from_uscc, region_of
from shelfwatch.store import Review, Store


@pytest.mark.parametrize(
    ("uscc", "address", "expected"),
    [
        ("91330106MA2B2XYW1Q", "", ("33", "浙江省", "uscc")),  # 330106: Hangzhou, Zhejiang
        ("91440300708461136T", "浙江省杭州市", ("44", "广东省", "uscc")),  # the code wins over the address
        ("", "浙江省义乌市某某路1号", ("33", "浙江省", "address")),
        ("", "中国 广东 深圳市南山区", ("44", "广东省", "address")),
        ("", "内蒙古呼和浩特市", ("15", "内蒙古自治区", "address")),
        ("", "黑龙江省哈尔滨市", ("23", "黑龙江省", "address")),
        ("919900000000000000", "上海市浦东新区", ("31", "上海市", "address")),  # 99 is no province
        ("not a code", "", None),
        ("", "某某工业园", None),
    ],
)
def test_region_of(uscc: str, address: str, expected: tuple[str, str, str] | None) -> None:
    r = region_of(uscc, address)
    assert (None if r is None else (r.code, r.name, r.source)) == expected


def test_partial_functions() -> None:
    assert from_uscc("91110000100000000X") is not None and from_uscc("91110000100000000X").name == "北京市"  # type: ignore[union-attr]
    assert from_address("北京市朝阳区") is not None and from_uscc("") is None and from_address("") is None


def test_case_transfer_per_region(client: TestClient, fresh_store: Store, seeded: Seeded, make_listing) -> None:  # type: ignore[no-untyped-def]
    from shelfwatch.models import Finding, FindingCode, Severity

    lid = fresh_store.save_listing(
        make_listing(url="http://127.0.0.1:8800/jd/item/9.html", item_id="9", maker="义乌某某玩具厂",
                     maker_address="浙江省义乌市某某路1号"), [],
        [Finding(code=FindingCode.STANDARD_UNKNOWN, severity=Severity.HIGH, evidence="GB 1-2099", explanation="x",
                 subject="GB 1-2099")], risk=60)
    ids = [int(r["id"]) for r in fresh_store.find_findings(listing_id=lid)[0]]
    dismissed = [int(r["id"]) for r in fresh_store.find_findings(listing_id=seeded.cup)[0]]
    decide(fresh_store, ids, Decision(review=Review.CONFIRMED), actor=Actor(name="insp1"))
    decide(fresh_store, dismissed, Decision(review=Review.DISMISSED, reason="misread"), actor=Actor(name="insp1"))
    page = client.get("/cases").text
    assert "浙江省" in page and 'href="/cases/33.csv"' in page
    r = client.get("/cases/33.csv")
    header, *rows = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [row[header.index("item_id")] for row in rows] == ["9"]
    assert rows[0][header.index("region_source")] == "address" and "某某杯业" not in r.text
    assert client.get("/cases/44.csv").content.decode("utf-8-sig").count("\n") == 1  # header only
    for bad in ("/cases/99.csv", "/cases/abc.csv", "/cases/3.csv"):
        assert client.get(bad).status_code == 404, bad
    assert audit.entries(fresh_store, action="export")[0][0]["object_type"] == "case_transfer"
