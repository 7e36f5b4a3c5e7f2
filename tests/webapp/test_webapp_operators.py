"""Platform operators: takedown CSV per platform (the `shelfwatch report` rows) and the findings JSON API."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch.report import TAKEDOWN_COLUMNS, flagged_listings, write_takedown_csvs
from shelfwatch.store import Store


def _rows(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())  # BOM, so Excel reads the Chinese as UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_takedown_csv_per_platform_matches_the_report_files(
    client: TestClient, fresh_store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    r = client.get("/takedown/jd-demo.csv")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="takedown-jd-demo.csv"' in r.headers["content-disposition"]
    header, *rows = _rows(r.content)
    assert header == TAKEDOWN_COLUMNS
    assert [row[1] for row in rows] == ["100001", "666"]  # riskiest first; the clean listing is not on it
    assert rows[0][TAKEDOWN_COLUMNS.index("codes")] == "standard_withdrawn;certificate_invalid"
    # Byte for byte what `shelfwatch report` writes for the platform.
    files = write_takedown_csvs(flagged_listings(fresh_store), tmp_path)
    assert r.content == files["jd-demo"].read_bytes()

    tmall = _rows(client.get("/takedown/tmall-demo.csv").content)
    assert tmall[0] == TAKEDOWN_COLUMNS and [row[1] for row in tmall[1:]] == ["7"]


def test_takedown_csv_of_unknown_platform_is_404(client: TestClient) -> None:
    r = client.get("/takedown/no-such-shop.csv")
    assert r.status_code == 404 and r.json()["detail"].startswith("平台不存在")


def test_api_findings_contract(client: TestClient, seeded: Seeded) -> None:
    r = client.get("/api/findings")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    items = r.json()
    assert len(items) == 4
    for item in items:
        assert {"url", "code", "severity", "evidence", "explanation", "platform", "risk", "review"} <= set(item)
    assert [i["risk"] for i in items] == sorted((i["risk"] for i in items), reverse=True)

    tmall = client.get("/api/findings", params={"platform": "tmall-demo"}).json()
    assert [(i["url"], i["code"], i["severity"]) for i in tmall] == [
        ("http://127.0.0.1:8800/tmall/item/7.html", "blacklisted_entity", "high")
    ]
    assert tmall[0]["evidence"] == "生产企业：某某厂" and tmall[0]["explanation"] == "生产企业在失信名单中"
    bad = client.get("/api/findings", params={"review": "nope"})
    assert bad.status_code == 422 and "invalid review value" in bad.json()["detail"]
