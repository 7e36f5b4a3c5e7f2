"""Fixtures shared by every test folder: small factories that compose (a fresh store, the demo marketplace)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from postgres_server import PostgresServer, pg_bin_dir

from shelfwatch.models import Listing
from shelfwatch.store import Store

BACKENDS = ["sqlite", "postgresql"]
"""Every store-level test runs on both: the embedded default and the province's server database."""


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A real PostgreSQL server on 127.0.0.1 in a temporary data directory, for the whole session."""
    bin_dir = pg_bin_dir()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries not found under /usr/lib/postgresql: install Debian's postgresql package "
                    "(scripts/install.sh does) to run the PostgreSQL half of the store tests")
    # Not under pytest's tmp tree: that is private to root (0700), and the server runs as the postgres user.
    server = PostgresServer(root=Path(tempfile.mkdtemp(prefix="shelfwatch-pg-")), bin_dir=bin_dir)
    try:
        server.init()
        server.start()
        yield server
    finally:
        server.stop("immediate")
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """What SHELFWATCH_DB would say for a new, empty database: an SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    server: PostgresServer = request.getfixturevalue("pg_server")
    # With a server database the embedded search index is a file of its own: keep it in tmp_path, for this process
    # (working directory) and for the commands tests start (SHELFWATCH_INDEX_PATH).
    monkeypatch: pytest.MonkeyPatch = request.getfixturevalue("monkeypatch")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SHELFWATCH_INDEX_PATH", str(tmp_path / "index.db"))
    url = server.create_database()
    yield url
    server.drop_database(url)


@pytest.fixture
def fresh_store(store_url: str) -> Iterator[Store]:
    """A new store on each backend (an SQLite file on disk, a new PostgreSQL database)."""
    store = Store(store_url)
    yield store
    store.close()


@pytest.fixture
def make_listing() -> Callable[..., Listing]:
    """A listing with sensible defaults; override any field by keyword."""

    def make(**kw: object) -> Listing:
        defaults: dict[str, object] = {
            "platform": "jd-demo",
            "url": "http://127.0.0.1:8800/jd/item/100001.html",
            "item_id": "100001",
            "title": "儿童羽绒服 冬季加厚",
            "price": 299.0,
            "brand": "小熊星",
            "maker": "浙江某某服饰有限公司",
            "seller": "小熊星童装旗舰店",
            "fetched_at": datetime(2026, 11, 27, 8, 0, tzinfo=UTC).replace(tzinfo=None),
        }
        defaults.update(kw)
        return Listing(**defaults)  # type: ignore[arg-type]

    return make


@pytest.fixture(scope="session")
def small_market():  # type: ignore[no-untyped-def]
    """A small seeded demo marketplace (the full one is crawled once, by the demo-job test)."""
    from demo import generate_marketplace

    return generate_marketplace(seed=7, n_listings=60)


@pytest.fixture(scope="session")
def demo_site(small_market):  # type: ignore[no-untyped-def]
    """The small marketplace served over HTTP on 127.0.0.1 for the whole session."""
    from demo import DemoServer

    with DemoServer(small_market) as server:
        yield server


def _run_cli(*args: str, timeout: float = 600, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shelfwatch", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="session")
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Runs `python -m shelfwatch ...` in a child process, as a user would (Scrapy's reactor runs once a process)."""
    return _run_cli
