"""Accounts and tokens from the command line, and the audit log every change lands in (append-only)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from shelfwatch import accounts, audit
from shelfwatch.accounts import AccountError, Role, check_new_account
from shelfwatch.cli import main
from shelfwatch.schema import users
from shelfwatch.store import Store


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str,
         stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize(
    ("name", "role", "platform", "password", "ok"),
    [
        ("wang.li", Role.INSPECTOR, "", "long enough pw", True),
        ("op-jd", Role.OPERATOR, "jd", "long enough pw", True),
        ("op-jd", Role.OPERATOR, "", "long enough pw", False),  # an operator is bound to a platform
        ("boss", Role.ADMIN, "jd", "long enough pw", False),  # ...and only an operator is
        ("王丽", Role.INSPECTOR, "", "long enough pw", False),  # names are ASCII (they go into logs and URLs)
        ("a b", Role.INSPECTOR, "", "long enough pw", False),
        ("x" * 65, Role.INSPECTOR, "", "long enough pw", False),
        ("short", Role.INSPECTOR, "", "2short", False),
        ("huge", Role.INSPECTOR, "", "p" * 2000, False),
    ],
)
def test_new_account_rules(name: str, role: Role, platform: str, password: str, ok: bool) -> None:
    if ok:
        check_new_account(name, role, platform, password)
    else:
        with pytest.raises(AccountError):
            check_new_account(name, role, platform, password)


def test_users_add_reads_the_password_from_stdin_and_stores_only_an_argon2_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    code, out, _ = _run(monkeypatch, capsys, "users", "add", "wang", "--role", "inspector", "--db", db,
                        stdin="a long passphrase\n")
    assert code == 0 and "wang" in out
    code, _, err = _run(monkeypatch, capsys, "users", "add", "op", "--role", "operator", "--db", db, stdin="x" * 12)
    assert code == 2 and "--platform" in err
    code, _, _ = _run(monkeypatch, capsys, "users", "add", "op", "--role", "operator", "--platform", "jd-demo",
                      "--db", db, stdin="another passphrase\n")
    assert code == 0
    code, _, err = _run(monkeypatch, capsys, "users", "add", "wang", "--role", "admin", "--db", db, stdin="x" * 12)
    assert code == 2 and "exists" in err
    store = Store(db)
    with store.engine.connect() as conn:
        stored = conn.execute(select(users.c.password_hash).where(users.c.name == "wang")).scalar_one()
    assert stored.startswith("$argon2id$") and "passphrase" not in stored
    assert accounts.authenticate(store, "wang", "a long passphrase") is not None
    assert accounts.authenticate(store, "wang", "a long passphrase\n") is None
    code, out, _ = _run(monkeypatch, capsys, "users", "list", "--db", db)
    assert "op\toperator\tjd-demo\tactive" in out
    added = audit.entries(store, action="user_add")[0]
    assert [e["actor"].startswith("cli:") for e in added] == [True, True]
    assert all("password" not in e["after"] and "argon2" not in e["after"] for e in added)
    store.close()


def test_tokens_create_prints_once_and_revoke_by_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "t.db")
    _run(monkeypatch, capsys, "users", "add", "op", "--role", "operator", "--platform", "jd-demo", "--db", db,
         stdin="another passphrase\n")
    _run(monkeypatch, capsys, "users", "add", "insp", "--role", "inspector", "--db", db, stdin="another passphrase\n")
    code, out, err = _run(monkeypatch, capsys, "tokens", "create", "op", "--db", db)
    token = out.strip()
    assert code == 0 and token.startswith("sw_") and len(token) > 40 and "shown this once" in err
    code, _, err = _run(monkeypatch, capsys, "tokens", "create", "insp", "--db", db)
    assert code == 2 and "operator" in err
    code, out, _ = _run(monkeypatch, capsys, "tokens", "list", "--db", db)
    assert token not in out and token[:10] in out and "\tlive" in out
    store = Store(db)
    assert accounts.token_principal(store, token) is not None
    code, out, _ = _run(monkeypatch, capsys, "tokens", "revoke", "1", "--db", db)
    assert code == 0 and "revoked" in out
    assert accounts.token_principal(store, token) is None
    code, _, err = _run(monkeypatch, capsys, "tokens", "revoke", "1", "--db", db)
    assert code == 2 and "revoked" in err
    code, _, err = _run(monkeypatch, capsys, "tokens", "revoke", "99", "--db", db)
    assert code == 2 and "no token" in err
    assert [e["action"] for e in audit.entries(store)[0]][:2] == ["token_revoke", "token_create"]
    code, _, _ = _run(monkeypatch, capsys, "audit", "export", "--out", str(tmp_path / "audit.csv"), "--db", db)
    exported = (tmp_path / "audit.csv").read_text("utf-8-sig")
    assert code == 0 and exported.startswith(",".join(audit.COLUMNS)) and "token_revoke" in exported
    assert token not in exported
    store.close()


def test_the_audit_log_refuses_updates_and_deletes(fresh_store: Store) -> None:
    """The database itself refuses to change the log (SQLite and PostgreSQL triggers), whoever connects."""
    audit.append(fresh_store, audit.Actor(name="x"), "login", "user", 1)
    statements = ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"]
    if fresh_store.engine.dialect.name == "postgresql":
        statements.append("TRUNCATE audit_log")
    for sql in statements:
        with pytest.raises(DBAPIError, match="append-only"), fresh_store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    assert audit.entries(fresh_store)[1] == 1


def test_no_route_writes_the_audit_log_except_by_appending() -> None:
    """Static guard: nothing in the code updates or deletes audit_log rows."""
    root = Path(__file__).parents[2]
    for path in [*root.glob("webapp/**/*.py"), *root.glob("shelfwatch/**/*.py")]:
        text = path.read_text("utf-8")
        for bad in ("update(audit_log", "delete(audit_log", "UPDATE audit_log", "DELETE FROM audit_log"):
            if bad in text and "TRIGGER" not in text:
                raise AssertionError(f"{path}: {bad}")


def test_admin_pages_add_accounts_and_show_a_new_token_once(login, people, fresh_store: Store) -> None:  # type: ignore[no-untyped-def]
    admin: TestClient = login(people.admin)
    r = admin.post("/admin/users", data={"name": "op-new", "role": "operator", "platform": "jd-demo",
                                         "password": "a long passphrase"}, follow_redirects=False)
    assert r.status_code == 303
    assert admin.post("/admin/users", data={"name": "op-x", "role": "operator", "password": "a long passphrase"}
                      ).status_code == 422
    page = admin.post("/admin/tokens", data={"name": "op-new"})
    assert page.status_code == 200 and 'class="token">sw_' in page.text
    token = page.text.split('class="token">', 1)[1].split("<", 1)[0]
    assert token not in admin.get("/admin/users").text  # shown that once only
    tid = accounts.list_tokens(fresh_store)[0].id
    assert admin.post(f"/admin/tokens/{tid}/revoke", follow_redirects=False).status_code == 303
    assert accounts.token_principal(fresh_store, token) is None
    op = next(u for u in accounts.list_users(fresh_store) if u.name == "op-new")
    admin.post(f"/admin/users/{op.id}/active", data={"active": "false"})
    assert not next(u for u in accounts.list_users(fresh_store) if u.name == "op-new").active
    actions = [e["action"] for e in audit.entries(fresh_store, actor="admin1")[0]]
    assert actions == ["user_change", "token_revoke", "token_create", "user_add"]


def test_audit_page_and_export(client: TestClient, fresh_store: Store) -> None:
    audit.append(fresh_store, audit.Actor(name="<script>x</script>"), "login", "user", 1)
    page = client.get("/audit")
    assert page.status_code == 200 and "&lt;script&gt;x&lt;/script&gt;" in page.text and "<script>x" not in page.text
    r = client.get("/audit.csv")
    assert r.headers["content-type"] == "text/csv; charset=utf-8" and "login" in r.content.decode("utf-8-sig")
    assert audit.entries(fresh_store, action="export")[0][0]["actor"] == "insp1"
