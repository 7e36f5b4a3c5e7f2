"""A listing's history across crawls (listing_versions, revision 0012): kept by the one save path, shown by
``shelfwatch history`` and the listing page."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from crawl_shop import Shop, html  # noqa: E402

from shelfwatch.models import CertType, Claim, ClaimKind, Listing  # noqa: E402
from shelfwatch.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def _standard(code: str) -> Claim:
    return Claim(kind=ClaimKind.STANDARD, value=code, raw=code, where="param:执行标准")


def test_versions_record_changes_only(fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    first, second, third, fourth = (fresh_store.start_crawl([]) for _ in range(4))
    cert = Claim(kind=ClaimKind.CERTIFICATE, cert_type=CertType.CCC, value="2021010703123456", raw="2021010703123456")
    lid = fresh_store.save_listing(make_listing(), [_standard("GB 6675.1-2014")], [], risk=0, crawl_id=first)
    fresh_store.save_listing(make_listing(), [_standard("GB 6675.1-2014")], [], risk=0, crawl_id=second)  # same
    fresh_store.save_listing(make_listing(price=259.0), [_standard("GB 6675.1-2014"), cert], [], risk=0,
                             crawl_id=third)
    # The same crawl saving the page again (a re-render) corrects its version instead of adding one.
    fresh_store.save_listing(make_listing(price=259.0, title="新标题"), [cert], [], risk=0, crawl_id=fourth)
    fresh_store.save_listing(make_listing(price=259.0, title="新标题 改"), [cert], [], risk=0, crawl_id=fourth)
    history = fresh_store.listing_history(lid)
    assert [v["crawl_id"] for v in history] == [first, third, fourth]
    assert [v["changed"] for v in history] == [[], ["price", "claims"], ["title", "claims"]]
    assert history[0]["claims"] == [("standard", "", "GB 6675.1-2014")]
    assert history[1]["added"] == [("certificate", "ccc", "2021010703123456")] and history[1]["removed"] == []
    assert history[2]["removed"] == [("standard", "", "GB 6675.1-2014")] and history[2]["title"] == "新标题 改"
    assert fresh_store.listing_history(lid + 1) == []


@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        yield s


def _page(title: str, price: str, standard: str) -> tuple[int, dict[str, str], bytes]:
    return html(f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                f'<div class="price">¥{price}</div><ul class="p-parameter-list"><li>品牌：乐玩</li>'
                f"<li>执行标准：{standard}</li></ul></body></html>")


def _shelfwatch(*args: str, db: Path, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_OUT_DIR": str(tmp / "out"),
           "SHELFWATCH_WATCHES": str(tmp / "none.toml"), "SHELFWATCH_INDEX_PATH": str(tmp / "index.db"),
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-m", "shelfwatch", *args, "--db", str(db)], capture_output=True,
                          text=True, cwd=REPO, env=env, check=False, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def test_two_crawls_of_a_changing_page_leave_two_versions(shop: Shop, tmp_path: Path) -> None:
    """The page changes its price and its standard between two crawls: history shows both states, in order."""
    db = tmp_path / "h.db"
    url = shop.url("/item/42.html")
    shop.routes["/item/42.html"] = _page("积木玩具 大颗粒", "99.00", "GB 6675.1-2014")
    _shelfwatch("crawl", url, db=db, tmp=tmp_path)
    shop.routes["/item/42.html"] = _page("积木玩具 大颗粒", "79.00", "GB/T 26701-2011")
    _shelfwatch("crawl", url, db=db, tmp=tmp_path)
    _shelfwatch("crawl", url, db=db, tmp=tmp_path)  # unchanged: no new version

    lines = _shelfwatch("history", url, "--json", db=db, tmp=tmp_path).stdout.splitlines()
    versions = [json.loads(line) for line in lines]
    assert [v["price"] for v in versions] == [99.0, 79.0]
    assert [[c[2] for c in v["claims"]] for v in versions] == [["GB 6675.1-2014"], ["GB/T 26701-2011"]]
    assert versions[1]["changed"] == ["price", "claims"]
    assert versions[1]["removed"] == [["standard", "", "GB 6675.1-2014"]]
    text = _shelfwatch("history", url, db=db, tmp=tmp_path).stdout
    assert "首次记录 first seen" in text and "变化 changed: price, claims" in text and "+ 新增 added: standard GB/T 26701-2011" in text
