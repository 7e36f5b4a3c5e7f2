"""Sign-in, roles and the gate: nothing but the login page and static files is open, whatever route is added.

The route walks read ``app.routes`` (routers included, mounts too), so a route another module adds later is
checked without touching this file.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from route_walk import concrete_paths, walk_routes
from starlette.routing import Mount
from webapp_seed import PASSWORD, People, Seeded

from shelfwatch import audit
from shelfwatch.accounts import Role
from shelfwatch.settings import Settings
from shelfwatch.store import Store
from webapp.auth import Area, area_of, host_allowed, may_enter, token_allowed


def _values(seeded: Seeded) -> dict[str, Any]:
    return {"listing_id": seeded.down_jacket, "platform": "jd-demo", "fmt": "csv"}


@pytest.mark.parametrize(
    ("path", "area"),
    [
        ("/login", Area.PUBLIC), ("/static/style.css", Area.PUBLIC), ("/static", Area.OFFICE),
        ("/login/../findings", Area.OFFICE), ("/loginx", Area.OFFICE), ("/", Area.OFFICE),
        ("/findings", Area.OFFICE), ("/search", Area.OFFICE), ("/api/search", Area.OFFICE),
        ("/api/findings", Area.OFFICE), ("/takedown/jd.csv", Area.OFFICE), ("/audit", Area.OFFICE),
        ("/logout", Area.SIGNED_IN), ("/openapi.json", Area.SIGNED_IN),
        ("/operator", Area.OPERATOR), ("/operator/notices/1", Area.OPERATOR), ("/api/operator/notices", Area.OPERATOR),
        ("/operatorx", Area.OFFICE), ("/api/operatorx", Area.OFFICE),
        ("/admin/users", Area.ADMIN), ("/adminx", Area.OFFICE), ("/no/such/page", Area.OFFICE),
    ],
)
def test_area_of_a_path_defaults_to_office(path: str, area: Area) -> None:
    assert area_of(path) is area


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.ADMIN, {Area.PUBLIC, Area.SIGNED_IN, Area.OFFICE, Area.ADMIN}),
        (Role.INSPECTOR, {Area.PUBLIC, Area.SIGNED_IN, Area.OFFICE}),
        (Role.OPERATOR, {Area.PUBLIC, Area.SIGNED_IN, Area.OPERATOR}),
    ],
)
def test_roles_and_areas(role: Role, allowed: set[Area]) -> None:
    assert {a for a in Area if may_enter(role, a)} == allowed


def test_tokens_only_open_the_operator_api() -> None:
    assert token_allowed("/api/operator/notices") and token_allowed("/openapi.json")
    assert not any(token_allowed(p) for p in ("/", "/findings", "/api/findings", "/operator", "/admin/users"))


@pytest.mark.parametrize(
    ("header", "ok"),
    [("127.0.0.1:8000", True), ("127.0.0.1", True), ("LOCALHOST:8000", True), ("[::1]:8000", True),
     ("evil.example", False), ("127.0.0.1.evil.example", False), ("", False), ("evil.example:127.0.0.1", False)],
)
def test_host_allowlist(header: str, ok: bool) -> None:
    assert host_allowed(header, frozenset({"127.0.0.1", "localhost", "::1"})) is ok


def test_anonymous_requests_to_every_route_are_refused(app: FastAPI, anon: TestClient, seeded: Seeded) -> None:
    paths = concrete_paths(app, _values(seeded))
    assert len(paths) >= 25  # the walk found the routers (guards against a walk that sees nothing)
    for method, path in paths:
        r = anon.request(method, path, follow_redirects=False)
        if path == "/login" or path.startswith("/static/"):
            continue
        assert r.status_code in (303, 401), (method, path, r.status_code)
        if r.status_code == 303:
            assert r.headers["location"].startswith("/login?next="), path
        assert "儿童羽绒服" not in r.text and "GB/T" not in r.text, path
    # Mounted static files stay open; the login page too.
    assert anon.get("/static/style.css").status_code == 200
    assert anon.get("/login").status_code == 200


def test_operators_cannot_open_office_pages_and_inspectors_not_admin_pages(
    app: FastAPI, login: Any, people: People, seeded: Seeded
) -> None:
    operator, inspector = login(people.jd), login(people.inspector)
    for method, path in concrete_paths(app, _values(seeded)):
        area = area_of(path)
        if area is Area.OFFICE or area is Area.ADMIN:
            r = operator.request(method, path, follow_redirects=False)
            assert r.status_code == 403, (method, path, r.status_code)
            assert "儿童羽绒服" not in r.text
        if area is Area.ADMIN:
            assert inspector.request(method, path, follow_redirects=False).status_code == 403, path


def test_login_with_password_then_logout(anon: TestClient, fresh_store: Store, people: People) -> None:
    r = anon.post("/login", data={"name": "insp1", "password": PASSWORD, "next": "/findings?code=x"},
                  follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/findings?code=x"
    page = anon.get("/findings")
    assert page.status_code == 200 and "insp1" in page.text
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert csrf is not None
    out = anon.post("/logout", data={"csrf_token": csrf.group(1)}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    anon.cookies.clear()
    assert anon.get("/findings", follow_redirects=False).status_code == 303
    actions = [e["action"] for e in audit.entries(fresh_store, actor="insp1")[0]]
    assert actions == ["logout", "login"]


def test_a_logged_out_session_cookie_is_dead(login: Any, people: People) -> None:
    browser = login(people.inspector)
    cookies = dict(browser.cookies)
    assert browser.post("/logout").status_code == 200  # followed to the login page
    replay = TestClient(browser.app, cookies=cookies)
    assert replay.get("/findings", follow_redirects=False).status_code == 303


def test_wrong_passwords_are_logged_and_rate_limited(anon: TestClient, fresh_store: Store, settings: Settings,
                                                     people: People) -> None:
    for _ in range(settings.login_max_failures):
        r = anon.post("/login", data={"name": "insp1", "password": "wrong password"})
        assert r.status_code == 401 and "用户名或密码错误" in r.text
    # Now even the right password is refused unchecked for that name...
    r = anon.post("/login", data={"name": "insp1", "password": PASSWORD}, follow_redirects=False)
    assert r.status_code == 429 and "shelfwatch_session" not in r.headers.get("set-cookie", "")
    # ...while a colleague behind the same address still signs in.
    colleague = anon.post("/login", data={"name": "admin1", "password": PASSWORD}, follow_redirects=False)
    assert colleague.status_code == 303
    counts = {a: audit.entries(fresh_store, action=a)[1] for a in ("login_failed", "login_blocked", "login")}
    assert counts == {"login_failed": settings.login_max_failures, "login_blocked": 1, "login": 1}


def test_an_address_spraying_many_names_is_stopped(fresh_store: Store, people: People) -> None:
    from shelfwatch import accounts
    from shelfwatch.accounts import IP_FACTOR
    from shelfwatch.audit import Actor

    for i in range(2 * IP_FACTOR):  # below each name's limit of 2, at the address's limit of 2 x IP_FACTOR
        audit.append(fresh_store, Actor(name=f"guess{i}", ip="10.0.0.9"), "login_failed", "user", f"guess{i}")
    assert accounts.login_refused(fresh_store, "insp1", "10.0.0.9", max_failures=2, minutes=15)
    assert not accounts.login_refused(fresh_store, "insp1", "10.0.0.10", max_failures=2, minutes=15)
    assert not accounts.login_refused(fresh_store, "guess0", "10.0.0.10", max_failures=2, minutes=15)
    audit.append(fresh_store, Actor(name="guess0", ip="10.0.0.11"), "login_failed", "user", "guess0")
    assert accounts.login_refused(fresh_store, "guess0", "10.0.0.10", max_failures=2, minutes=15)


def test_unknown_and_disabled_accounts_cannot_sign_in(anon: TestClient, fresh_store: Store, people: People) -> None:
    from shelfwatch import accounts
    from shelfwatch.audit import Actor

    assert anon.post("/login", data={"name": "nobody", "password": PASSWORD}).status_code == 401
    accounts.set_active(fresh_store, "op-jd", False, actor=Actor(name="test"))
    assert anon.post("/login", data={"name": "op-jd", "password": PASSWORD}).status_code == 401


def test_login_from_another_site_is_refused(anon: TestClient, people: People) -> None:
    r = anon.post("/login", data={"name": "insp1", "password": PASSWORD}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403


def test_a_session_of_a_disabled_account_stops_working(login: Any, fresh_store: Store, people: People) -> None:
    from shelfwatch import accounts
    from shelfwatch.audit import Actor

    browser = login(people.inspector)
    assert browser.get("/findings").status_code == 200
    accounts.set_active(fresh_store, "insp1", False, actor=Actor(name="test"))
    assert browser.get("/findings", follow_redirects=False).status_code == 303


def test_foreign_host_header_is_refused_everywhere(app: FastAPI, client: TestClient) -> None:
    for path in ("/", "/login", "/static/style.css", "/api/operator/notices"):
        r = client.get(path, headers={"Host": "rebind.evil.example"})
        assert r.status_code == 400, path


def test_trusted_origin_of_a_reverse_proxy_is_accepted(fresh_store: Store, seeded: Seeded, people: People,
                                                        login: Any) -> None:
    from shelfwatch.settings import Settings as S
    from webapp import create_app

    proxied = create_app(S(db=fresh_store.url, allowed_hosts="testserver",
                           trusted_origins="https://inspect.example.gov.cn"))
    try:
        r = TestClient(proxied).post("/login", data={"name": "insp1", "password": PASSWORD},
                                     headers={"Origin": "https://inspect.example.gov.cn",
                                              "Sec-Fetch-Site": "cross-site"}, follow_redirects=False)
        assert r.status_code == 303
        r = TestClient(proxied).post("/login", data={"name": "insp1", "password": PASSWORD},
                                     headers={"Origin": "https://other.example.gov.cn"}, follow_redirects=False)
        assert r.status_code == 403
    finally:
        proxied.state.search.close()
        proxied.state.store.close()


def test_pages_with_case_data_are_not_cached(client: TestClient, seeded: Seeded) -> None:
    for path in ("/", "/findings", f"/listings/{seeded.down_jacket}", "/notices", "/audit", "/login"):
        assert client.get(path).headers["cache-control"] == "no-store", path
    assert "no-store" not in client.get("/static/style.css").headers.get("cache-control", "")


def test_ids_too_large_for_sqlite_are_404(client: TestClient) -> None:
    for path in (f"/listings/{2**63}", f"/listings/{2**31}", f"/listings/{10**30}/evidence", f"/listings/1/evidence/{2**64}",
                 f"/notices/{2**63}", "/notices/99999999", "/listings/-1", "/listings/1e3"):
        r = client.get(path)
        assert r.status_code == 404, (path, r.status_code)


def test_mount_is_in_the_walk(app: FastAPI) -> None:
    assert any(isinstance(route, Mount) for _path, _methods, route in walk_routes(app))
