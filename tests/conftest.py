"""Fixtures shared by every test folder: small factories that compose (a fresh store, the demo marketplace)."""

from __future__ import annotations

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
