"""Platform operators: takedown CSV per platform (the `shelfwatch report` rows) and the findings JSON API.

Both carry confirmed findings only: an open or dismissed finding never leaves the office.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch.report import TAKEDOWN_COLUMNS, takedown_listings, write_takedown_csvs
from shelfwatch.store import Review, Store


def _rows(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())  # BOM, so Excel reads the Chinese as UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def _review_all(store: Store, review: Review, *, code: str | None = None) -> None:
    for row in store.find_findings(code=code)[0]:
        store.set_review(row["id"], review)


def test_takedown_csv_per_platform_matches_the_report_files(
    client: TestClient, fresh_store: Store, seeded: Seeded, tmp_path: Path
) -> None:
    _review_all(fresh_store, Review.CONFIRMED)
    r = client.get("/takedown/jd-demo.csv")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="takedown-jd-demo.csv"' in r.headers["content-disposition"]
    header, *rows = _rows(r.content)
    assert header == TAKEDOWN_COLUMNS
    assert [row[1] for row in rows] == ["100001", "666"]  # riskiest first; the clean listing is not on it
    assert rows[0][TAKEDOWN_COLUMNS.index("codes")] == "standard_withdrawn;certificate_invalid"
    # Byte for byte what `shelfwatch report` writes for the platform.
    files = write_takedown_csvs(takedown_listings(fresh_store), tmp_path)
    assert r.content == files["jd-demo"].read_bytes()

    tmall = _rows(client.get("/takedown/tmall-demo.csv").content)
    assert tmall[0] == TAKEDOWN_COLUMNS and [row[1] for row in tmall[1:]] == ["7"]


def test_only_confirmed_findings_reach_the_takedown_csv_and_the_api(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    # Unreviewed: nothing leaves the office.
    assert _rows(client.get("/takedown/jd-demo.csv").content) == [TAKEDOWN_COLUMNS]
    assert client.get("/api/findings").json() == []
    # One finding of the jacket confirmed, the other dismissed: only the confirmed one is listed.
    _review_all(fresh_store, Review.CONFIRMED, code="standard_withdrawn")
    _review_all(fresh_store, Review.DISMISSED, code="certificate_invalid")
    _, *rows = _rows(client.get("/takedown/jd-demo.csv").content)
    assert [(row[1], row[TAKEDOWN_COLUMNS.index("codes")]) for row in rows] == [("100001", "standard_withdrawn")]
    assert "SC10644011500124" not in client.get("/takedown/jd-demo.csv").text
    api = client.get("/api/findings").json()
    assert [(i["code"], i["review"]) for i in api] == [("standard_withdrawn", "confirmed")]
    # Dismissing the confirmed one takes it off again.
    _review_all(fresh_store, Review.DISMISSED, code="standard_withdrawn")
    assert _rows(client.get("/takedown/jd-demo.csv").content) == [TAKEDOWN_COLUMNS]
    assert client.get("/api/findings").json() == []


def test_takedown_csv_of_unknown_platform_is_404(client: TestClient) -> None:
    r = client.get("/takedown/no-such-shop.csv")
    assert r.status_code == 404 and r.json()["detail"].startswith("平台不存在")


def test_api_findings_contract(client: TestClient, fresh_store: Store, seeded: Seeded) -> None:
    _review_all(fresh_store, Review.CONFIRMED)
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
