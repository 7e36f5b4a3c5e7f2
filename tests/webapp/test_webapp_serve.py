"""The app served by uvicorn over real HTTP on 127.0.0.1, as `shelfwatch serve` runs it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from live_server import free_port
from webapp_seed import PASSWORD, People, Seeded

from shelfwatch.cli import build_parser
from shelfwatch.store import Store


def test_dashboard_over_real_http(served: str, seeded: Seeded, people: People) -> None:
    assert httpx.get(served + "/", timeout=10).headers["location"] == "/login?next=%2F"
    browser = httpx.Client(base_url=served, timeout=10)
    signed_in = browser.post("/login", data={"name": people.inspector.name, "password": PASSWORD, "next": "/"},
                             headers={"Origin": served})
    assert signed_in.status_code == 303 and signed_in.headers["location"] == "/"
    cookie = signed_in.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    r = browser.get("/")
    assert r.status_code == 200
    assert "总览" in r.text and "jd-demo" in r.text and "儿童羽绒服" in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert r.headers["x-content-type-options"] == "nosniff"
    css = httpx.get(served + "/static/style.css", timeout=10)
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    evidence = browser.get(f"/listings/{seeded.hostile}/evidence")
    assert evidence.headers["content-type"] == "text/plain; charset=utf-8"


def test_serve_command_defaults_to_this_machine_only() -> None:
    args = build_parser().parse_args(["serve", "--db", "x.db"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "x.db")


def test_serve_command_runs_the_app(fresh_store: Store, seeded: Seeded) -> None:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "shelfwatch", "serve", "--db", fresh_store.url, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=Path(__file__).parents[2],
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/findings", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
                assert time.monotonic() < deadline, "shelfwatch serve did not answer"
                time.sleep(0.2)
        # Nobody has signed in: the case data stays behind the login page.
        assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Ffindings"
        login = httpx.get(f"http://127.0.0.1:{port}/login", timeout=5)
        assert login.status_code == 200 and "登录" in login.text and "儿童羽绒服" not in login.text
        # A foreign Host (DNS rebinding) is refused by the address the command bound.
        rebound = httpx.get(f"http://127.0.0.1:{port}/login", headers={"Host": "evil.example"}, timeout=5)
        assert rebound.status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=20)
