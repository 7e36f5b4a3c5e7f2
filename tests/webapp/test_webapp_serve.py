"""The app served by uvicorn over real HTTP on 127.0.0.1, as `shelfwatch serve` runs it."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from webapp_seed import Seeded

from shelfwatch.cli import build_parser
from shelfwatch.store import Store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(app: FastAPI) -> Iterator[str]:
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=20)


def test_dashboard_over_real_http(served: str, seeded: Seeded) -> None:
    r = httpx.get(served + "/", timeout=10)
    assert r.status_code == 200
    assert "总览" in r.text and "jd-demo" in r.text and "儿童羽绒服" in r.text
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    assert r.headers["x-content-type-options"] == "nosniff"
    css = httpx.get(served + "/static/style.css", timeout=10)
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    evidence = httpx.get(f"{served}/listings/{seeded.hostile}/evidence", timeout=10)
    assert evidence.headers["content-type"] == "text/plain; charset=utf-8"


def test_serve_command_defaults_to_this_machine_only() -> None:
    args = build_parser().parse_args(["serve", "--db", "x.db"])
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, "x.db")


def test_serve_command_runs_the_app(fresh_store: Store, seeded: Seeded) -> None:
    port = _free_port()
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
        assert r.status_code == 200 and "儿童羽绒服" in r.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)
