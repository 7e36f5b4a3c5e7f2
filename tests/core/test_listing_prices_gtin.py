"""Listings keep the list price and the GTIN the extractors read (revision 0009): stored, read back, shown by
``shelfwatch extract``, and rows of a database made before the revision read as "no list price, no GTIN"."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from extractors import extract_page
from shelfwatch.cli import main
from shelfwatch.models import Listing
from shelfwatch.pipeline import listing_from_extraction
from shelfwatch.store import Store

PAGES = Path(__file__).resolve().parents[1] / "extractors" / "pages"
RELEASE_01 = Path(__file__).parent / "data" / "release-0.1.sql"


def test_list_price_and_gtin_go_from_the_page_to_the_store(fresh_store: Store) -> None:
    # A coupon page: 券后 ¥128 is what a buyer pays, the crossed-out ¥168 is the list price.
    page = PAGES / "coupon_dl__facecream.html"
    ex = extract_page(page.read_bytes(), "http://127.0.0.1:8800/coupon_dl/facecream.html")
    assert (ex.price, ex.list_price) == (128.0, 168.0)
    listing = listing_from_extraction(ex, url="http://127.0.0.1:8800/coupon_dl/facecream.html", platform="shop",
                                      fetched_at=None, rendered=False)
    listing.gtin = "6901234567892"
    fresh_store.save_listing(listing, [], [], risk=0.0)
    [row] = list(fresh_store.iter_listings())
    assert (row["price"], row["list_price"], row["gtin"]) == (128.0, 168.0, "6901234567892")


def test_a_single_price_page_stores_no_list_price(fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    fresh_store.save_listing(make_listing(price=59.0), [], [], risk=0.0)
    [row] = list(fresh_store.iter_listings())
    assert (row["price"], row["list_price"], row["gtin"]) == (59.0, None, "")


def test_rows_stored_before_the_revision_read_as_unknown(tmp_path: Path) -> None:
    import sqlite3

    old = tmp_path / "old.db"
    with sqlite3.connect(old) as conn:
        conn.executescript(RELEASE_01.read_text(encoding="utf-8"))
    store = Store(str(old))
    rows = list(store.iter_listings())
    assert rows and all(r["list_price"] is None and r["gtin"] == "" for r in rows)
    store.close()


def test_extract_prints_list_price_and_gtin(capsys: pytest.CaptureFixture[str]) -> None:
    page = PAGES / "coupon_dl__facecream.html"
    assert main(["extract", str(page), "--url", "http://127.0.0.1:8800/coupon_dl/facecream.html", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["price"], out["list_price"], out["gtin"]) == (128.0, 168.0, "")
