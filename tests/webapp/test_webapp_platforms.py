"""Platform operators: their own notices only, in pages (session) and the JSON API (token); never another's.

The isolation test walks every route of the app (``app.routes``, included routers flattened) as operator A,
with every id and name pointing at platform B's notice, item and listing, by session and by token.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from route_walk import concrete_paths
from sqlalchemy import select
from webapp_seed import People, Seeded

from shelfwatch import accounts, audit, notices
from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.schema import api_tokens, metadata, notice_items
from shelfwatch.store import Review, Store

ADMIN = Actor(name="admin1")
TMALL_MARKERS = ("不锈钢保温杯", "某某杯业专营店", "tmall/item/7", "tmall-demo")


def _issue_both(fresh_store: Store) -> dict[str, notices.Notice]:
    ids = [int(r["id"]) for r in fresh_store.find_findings()[0]]
    decide(fresh_store, ids, Decision(review=Review.CONFIRMED), actor=ADMIN)
    out = {}
    for platform in ("jd-demo", "tmall-demo"):
        nid = notices.issue(fresh_store, platform, actor=ADMIN, deadline_days=2, tz="Asia/Shanghai")
        notice = notices.get_notice(fresh_store, nid)
        assert notice is not None
        out[platform] = notice
    return out


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_operator_a_can_never_read_or_change_platform_b(
    app: FastAPI, login: Any, fresh_store: Store, seeded: Seeded, people: People
) -> None:
    issued = _issue_both(fresh_store)
    theirs = issued["tmall-demo"]
    _tid, token = accounts.create_token(fresh_store, "op-jd", actor=ADMIN)
    session = login(people.jd)
    by_token = TestClient(app, headers=_bearer(token))
    before = [(i["id"], i["status"]) for i in theirs.items]
    requests = []
    for fmt in ("csv", "json", "xlsx"):
        values = {"notice_id": theirs.id, "item_id": theirs.items[0]["id"], "listing_id": seeded.cup,
                  "platform": "tmall-demo", "fmt": fmt, "finding_id": theirs.items[0]["finding_id"],
                  "page_id": 1, "user_id": people.tmall.id, "token_id": 1}
        # Signing out or in again would leave the rest of the walk anonymous (and so prove nothing).
        requests.extend(r for r in concrete_paths(app, values) if r[1] not in ("/logout", "/login"))
    assert len(requests) > 60
    for who, browser in (("session", session), ("token", by_token)):
        for method, path in requests:
            if method == "POST":
                form = {"status": "removed", "reason": "x", "platform": "tmall-demo", "review": "dismissed",
                        "scope": "filter", "name": "op-tmall"}
                if path.startswith("/api/"):
                    r = browser.post(path, json={"status": "removed", "reason": "x"}, follow_redirects=False)
                else:
                    r = browser.post(path, data=form, follow_redirects=False)
            else:
                r = browser.request(method, path, follow_redirects=False)
            assert r.status_code != 500, (who, method, path)
            if path.startswith("/static/") or path == "/openapi.json":
                continue
            for marker in TMALL_MARKERS:
                assert marker not in r.text, (who, method, path, r.status_code, marker)
            assert theirs.number not in r.text, (who, method, path)
            assert r.status_code in (401, 403, 404, 405, 422) or method == "GET", (who, method, path, r.status_code)
            if r.status_code == 200:  # a page operator A may see: only their own platform in it
                assert path in ("/operator", "/api/operator/notices"), (who, path)
        assert browser.get("/operator").status_code == 200 or who == "token"  # still signed in at the end
    with fresh_store.engine.connect() as conn:
        after = [(r.id, r.status) for r in conn.execute(
            select(notice_items.c.id, notice_items.c.status).where(notice_items.c.notice_id == theirs.id)
            .order_by(notice_items.c.id))]
    assert after == before
    assert all(e["object_id"] not in {str(i) for i, _ in before}
               for e in audit.entries(fresh_store, action="item_status")[0])
    # The same walk is not vacuous: operator A's own notice is there for them.
    own = issued["jd-demo"]
    assert own.number in login(people.jd).get("/operator").text
    assert by_token.get(f"/api/operator/notices/{own.id}").json()["number"] == own.number


def test_operator_api_with_a_token_lists_reads_and_reports(
    app: FastAPI, fresh_store: Store, seeded: Seeded, people: People
) -> None:
    own = _issue_both(fresh_store)["jd-demo"]
    tid, token = accounts.create_token(fresh_store, "op-jd", actor=ADMIN)
    api = TestClient(app, headers=_bearer(token))
    listed = api.get("/api/operator/notices").json()
    assert [n["number"] for n in listed] == [own.number] and listed[0]["items"] == 3
    item = own.items[0]["id"]
    r = api.post(f"/api/operator/items/{item}", json={"status": "disputed"})
    assert r.status_code == 422 and "理由" in r.json()["detail"]
    r = api.post(f"/api/operator/items/{item}", json={"status": "removed"})
    assert r.status_code == 200 and r.json()["status"] == "removed"
    assert api.post(f"/api/operator/items/{item}", json={"status": "bogus"}).status_code == 422
    assert api.get(f"/api/operator/notices/{own.id}").json()["items"][0]["removed_at"] is not None
    entry = audit.entries(fresh_store, action="item_status")[0][0]
    assert entry["actor"] == "op-jd" and '"status": "removed"' in entry["after"]
    # A token opens the operator API only, never pages or the office's API.
    for path in ("/", "/findings", "/api/findings", "/operator", "/audit"):
        assert api.get(path, follow_redirects=False).status_code in (303, 401), path
    # Stored as a hash: the token itself is nowhere in the database.
    with fresh_store.engine.connect() as conn:
        stored = conn.execute(select(api_tokens.c.token_hash, api_tokens.c.prefix)).one()
    assert stored.token_hash != token and token not in stored.token_hash and token.startswith(stored.prefix)
    if fresh_store.sqlite_path:  # the whole file, byte for byte
        assert token.encode() not in open(fresh_store.sqlite_path, "rb").read()
    with fresh_store.engine.connect() as conn:  # and every text column of every row, on any database
        for table in metadata.sorted_tables:
            for row in conn.execute(select(table)):
                assert not any(isinstance(v, str) and token in v for v in row), table.name
    # Revoked: refused at once.
    accounts.revoke_token(fresh_store, tid, actor=ADMIN)
    assert api.get("/api/operator/notices").status_code == 401
    assert TestClient(app, headers=_bearer("sw_not-a-real-token")).get("/api/operator/notices").status_code == 401


def test_openapi_document_describes_the_operator_api(login: Any, people: People, anon: TestClient) -> None:
    assert anon.get("/openapi.json").status_code == 401
    doc = login(people.jd).get("/openapi.json").json()
    assert set(doc["paths"]) >= {"/api/operator/notices", "/api/operator/notices/{notice_id}",
                                 "/api/operator/items/{item_id}"}
    assert not any(p.startswith(("/findings", "/listings", "/admin", "/notices", "/audit")) for p in doc["paths"])
    assert doc["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    body = doc["paths"]["/api/operator/items/{item_id}"]["post"]["requestBody"]
    assert body["content"]["application/json"]["schema"]["$ref"].endswith("ActionIn")


def test_operator_web_pages_show_only_their_notices(login: Any, fresh_store: Store, seeded: Seeded,
                                                    people: People) -> None:
    issued = _issue_both(fresh_store)
    jd, tmall = login(people.jd), login(people.tmall)
    assert issued["jd-demo"].number in jd.get("/operator").text
    assert issued["tmall-demo"].number not in jd.get("/operator").text
    assert tmall.get(f"/operator/notices/{issued['jd-demo'].id}").status_code == 404
    page = tmall.get(f"/operator/notices/{issued['tmall-demo'].id}").text
    assert "不锈钢保温杯" in page and "儿童羽绒服" not in page
    xlsx = tmall.get(f"/operator/notices/{issued['tmall-demo'].id}.xlsx")
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    assert tmall.get(f"/operator/notices/{issued['jd-demo'].id}.xlsx").status_code == 404
