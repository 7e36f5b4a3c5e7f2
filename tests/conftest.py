"""Fixtures shared by every test folder: small factories that compose (a fresh store, the demo marketplace)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shelfwatch.models import Listing
from shelfwatch.store import Store


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """A new SQLite file on disk."""
    store = Store(str(tmp_path / "test.db"))
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
