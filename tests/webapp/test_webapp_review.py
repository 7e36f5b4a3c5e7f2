"""Review verdicts: a form post updates the row and comes back; anything else leaves the row as it was."""

from __future__ import annotations

from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch.store import Store


def _reviews(store: Store) -> dict[int, str]:
    return {f["id"]: f["review"] for f in store.iter_findings()}


def _a_finding(store: Store, listing_id: int) -> int:
    rows, _ = store.find_findings(listing_id=listing_id)
    return int(rows[0]["id"])


def test_review_post_updates_the_row_and_redirects_back(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    back = f"/listings/{seeded.cup}"
    r = client.post(f"/findings/{fid}/review", data={"review": "confirmed", "next": back}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == back
    assert _reviews(fresh_store)[fid] == "confirmed"
    page = client.get(back).text
    assert "已确认 confirmed" in page and 'value="open">重开 Reopen' in page

    r = client.post(f"/findings/{fid}/review", data={"review": "dismissed"}, follow_redirects=False)
    assert r.headers["location"] == "/findings" and _reviews(fresh_store)[fid] == "dismissed"
    client.post(f"/findings/{fid}/review", data={"review": "open"})
    assert _reviews(fresh_store)[fid] == "open"


def test_invalid_review_value_is_refused_and_changes_nothing(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    fid = _a_finding(fresh_store, seeded.down_jacket)
    before = _reviews(fresh_store)
    for data in ({"review": "approved"}, {"review": ""}, {}, {"review": "<script>alert(1)</script>"}):
        r = client.post(f"/findings/{fid}/review", data=data)
        assert r.status_code == 422, data
        assert "审核结果" in r.text and "expected open, confirmed or dismissed" in r.text
        assert "<script>alert" not in r.text
    assert _reviews(fresh_store) == before


def test_review_of_unknown_finding_is_404(client: TestClient) -> None:
    r = client.post("/findings/999999/review", data={"review": "confirmed"})
    assert r.status_code == 404 and "问题不存在" in r.text


def test_cross_site_review_posts_are_refused(client: TestClient, fresh_store: Store, seeded: Seeded) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    before = _reviews(fresh_store)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}):
        r = client.post(f"/findings/{fid}/review", data={"review": "dismissed"}, headers=headers)
        assert r.status_code == 403, headers
    assert _reviews(fresh_store) == before
    same = client.post(f"/findings/{fid}/review", data={"review": "dismissed"},
                       headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 200 and _reviews(fresh_store)[fid] == "dismissed"


def test_redirect_target_stays_on_this_site(client: TestClient, fresh_store: Store, seeded: Seeded) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"):
        r = client.post(f"/findings/{fid}/review", data={"review": "confirmed", "next": target},
                        follow_redirects=False)
        assert r.headers["location"] == "/findings", target
    r = client.post(f"/findings/{fid}/review", data={"review": "confirmed", "next": "/findings?code=x&page=2"},
                    follow_redirects=False)
    assert r.headers["location"] == "/findings?code=x&page=2"
