"""Decisions: confirm, dismiss with a reason, needs a test purchase, each with a comment; one at a time or in bulk.

Each decision updates the row, records who and when, and appends an audit entry with before and after.
"""

from __future__ import annotations

from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch import audit
from shelfwatch.store import Store


def _reviews(store: Store) -> dict[int, str]:
    return {f["id"]: f["review"] for f in store.iter_findings()}


def _a_finding(store: Store, listing_id: int) -> int:
    rows, _ = store.find_findings(listing_id=listing_id)
    return int(rows[0]["id"])


def test_each_decision_updates_the_row_records_who_and_is_audited(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    back = f"/listings/{seeded.cup}"
    r = client.post(f"/findings/{fid}/review", data={"review": "confirmed", "comment": "页面确有此企业", "next": back},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == back
    row = fresh_store.find_findings(listing_id=seeded.cup)[0][0]
    assert (row["review"], row["review_comment"], row["reviewed_by"]) == ("confirmed", "页面确有此企业", "insp1")
    page = client.get(back).text
    assert "已确认 confirmed" in page and 'value="open">重开 Reopen' in page and "页面确有此企业" in page

    r = client.post(f"/findings/{fid}/review", data={"review": "test_purchase", "comment": "需买样送检"},
                    follow_redirects=False)
    assert r.headers["location"] == "/findings" and _reviews(fresh_store)[fid] == "test_purchase"
    client.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "different_entity"})
    row = fresh_store.find_findings(listing_id=seeded.cup)[0][0]
    assert (row["review"], row["review_reason"], row["review_comment"]) == ("dismissed", "different_entity", "")

    entries, total = audit.entries(fresh_store, listing_id=seeded.cup, action="decision")
    assert total == 3
    newest = entries[0]
    assert newest["actor"] == "insp1" and newest["object_id"] == str(fid)
    assert '"review": "test_purchase"' in newest["before"] and '"review": "dismissed"' in newest["after"]
    assert '"reason": "different_entity"' in newest["after"]
    # ...and the listing page shows its trail.
    assert client.get(back).text.count('id="audit-') == 3


def test_dismissal_needs_a_reason_and_other_needs_a_comment(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    before = _reviews(fresh_store)
    for data in ({"review": "dismissed"}, {"review": "dismissed", "reason": "because"},
                 {"review": "dismissed", "reason": "other", "comment": "  "}):
        r = client.post(f"/findings/{fid}/review", data=data)
        assert r.status_code == 422, data
    assert _reviews(fresh_store) == before
    assert audit.entries(fresh_store, action="decision")[1] == 0
    ok = client.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "other", "comment": "样品合格"})
    assert ok.status_code == 200 and _reviews(fresh_store)[fid] == "dismissed"


def test_invalid_review_value_is_refused_and_changes_nothing(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    fid = _a_finding(fresh_store, seeded.down_jacket)
    before = _reviews(fresh_store)
    for data in ({"review": "approved"}, {"review": ""}, {}, {"review": "<script>alert(1)</script>"}):
        r = client.post(f"/findings/{fid}/review", data=data)
        assert r.status_code == 422, data
        assert "审核结果" in r.text and "expected open, confirmed, dismissed or test_purchase" in r.text
        assert "<script>alert" not in r.text
    assert _reviews(fresh_store) == before


def test_review_of_unknown_finding_is_404(client: TestClient) -> None:
    r = client.post("/findings/999999/review", data={"review": "confirmed"})
    assert r.status_code == 404 and "问题不存在" in r.text
    too_big = client.post(f"/findings/{2**64}/review", data={"review": "confirmed"})
    assert too_big.status_code == 404


def test_cross_site_posts_and_posts_without_the_csrf_token_are_refused(
    client: TestClient, anon: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    before = _reviews(fresh_store)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}):
        r = client.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "misread"}, headers=headers)
        assert r.status_code == 403, headers
    # The session cookie alone is not enough: a forged form lacks the session's CSRF token.
    forged = TestClient(client.app, cookies=dict(client.cookies))
    r = forged.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "misread"})
    assert r.status_code == 403 and "CSRF" in r.text
    r = forged.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "misread", "csrf_token": "x"})
    assert r.status_code == 403
    r = anon.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "misread"})
    assert r.status_code == 401
    assert _reviews(fresh_store) == before
    # The form field works as well as the header (the pages' forms send the field).
    token = client.headers["x-csrf-token"]
    real = TestClient(client.app, cookies=dict(client.cookies))
    r = real.post(f"/findings/{fid}/review", data={"review": "dismissed", "reason": "misread", "csrf_token": token},
                  headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"})
    assert r.status_code == 200 and _reviews(fresh_store)[fid] == "dismissed"


def test_redirect_target_stays_on_this_site(client: TestClient, fresh_store: Store, seeded: Seeded) -> None:
    fid = _a_finding(fresh_store, seeded.cup)
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"):
        r = client.post(f"/findings/{fid}/review", data={"review": "confirmed", "next": target},
                        follow_redirects=False)
        assert r.headers["location"] == "/findings", target
    r = client.post(f"/findings/{fid}/review", data={"review": "confirmed", "next": "/findings?code=x&page=2"},
                    follow_redirects=False)
    assert r.headers["location"] == "/findings?code=x&page=2"


def test_bulk_decision_on_ticked_findings_and_on_the_whole_filter(
    client: TestClient, fresh_store: Store, seeded: Seeded
) -> None:
    jacket = [int(r["id"]) for r in fresh_store.find_findings(listing_id=seeded.down_jacket)[0]]
    r = client.post("/findings/bulk-review", data={"scope": "selected", "ids": jacket, "review": "confirmed",
                                                   "comment": "批量确认"}, follow_redirects=False)
    assert r.status_code == 303
    reviews = _reviews(fresh_store)
    assert all(reviews[i] == "confirmed" for i in jacket)
    assert sum(1 for v in reviews.values() if v == "confirmed") == 2
    # All open findings of tmall-demo (the filter the page showed), whatever was ticked.
    client.post("/findings/bulk-review", data={"scope": "filter", "filter_platform": "tmall-demo", "filter_review": "open",
                                               "ids": jacket, "review": "dismissed", "reason": "misread"})
    reviews = _reviews(fresh_store)
    cup = _a_finding(fresh_store, seeded.cup)
    assert reviews[cup] == "dismissed" and all(reviews[i] == "confirmed" for i in jacket)
    assert audit.entries(fresh_store, action="decision")[1] == 3
    assert client.post("/findings/bulk-review", data={"scope": "selected", "review": "confirmed"}).status_code == 422
    page = client.get("/findings").text
    assert 'form="bulk"' in page and 'name="scope" value="filter"' in page
