"""Confirmed cases by the maker's region, and their transfer to that region's bureau (属地查处) as CSV.

A case is a listing with confirmed findings; its region comes from a unified social credit code stated on the page
(which the page seldom says is the maker's rather than the seller's), else from the maker's address
(``shelfwatch.regions``).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import select

from shelfwatch.regions import Region, region_of
from shelfwatch.report import spreadsheet_safe
from shelfwatch.schema import claims, findings, listings
from shelfwatch.store import Review, Store

COLUMNS = ["region_code", "region", "region_source", "maker", "maker_address", "uscc", "platform", "url", "item_id",
           "title", "seller", "code", "explanation", "evidence", "reviewed_by", "reviewed_at"]


def confirmed_cases(store: Store) -> list[dict[str, Any]]:
    """One row per confirmed current finding, with the maker's region (``region_code`` "" when not found)."""
    q = (select(findings.c.code, findings.c.explanation, findings.c.evidence, findings.c.reviewed_by,
                findings.c.reviewed_at, listings.c.id.label("listing_id"), listings.c.platform, listings.c.url,
                listings.c.item_id, listings.c.title, listings.c.seller, listings.c.maker, listings.c.maker_address,
                listings.c.last_crawl_id)
         .join(listings, listings.c.id == findings.c.listing_id)
         .where(findings.c.active.is_(True), findings.c.review == str(Review.CONFIRMED))
         .order_by(listings.c.risk.desc(), findings.c.id))
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
        ids = list({r["listing_id"] for r in rows})
        codes: dict[int, str] = {}
        if ids:
            for lid, value in conn.execute(  # a code that passes its check character first
                select(claims.c.listing_id, claims.c.value)
                .where(claims.c.listing_id.in_(ids), claims.c.cert_type == "uscc")
                .order_by(claims.c.valid.desc(), claims.c.id)
            ):
                codes.setdefault(lid, value)
    for r in rows:
        r["uscc"] = codes.get(r["listing_id"], "")
        region: Region | None = region_of(r["uscc"], r["maker_address"])
        r["region_code"], r["region"], r["region_source"] = (
            (region.code, region.name, region.source) if region else ("", "", ""))
    return rows


def per_region(rows: list[dict[str, Any]]) -> dict[str, tuple[str, int]]:
    """Region code -> (name, cases); "" for cases whose region is not known."""
    out: dict[str, tuple[str, int]] = {}
    for r in rows:
        name, n = out.get(r["region_code"], (r["region"], 0))
        out[r["region_code"]] = (name, n + 1)
    return dict(sorted(out.items()))


def transfer_csv(rows: list[dict[str, Any]], region_code: str) -> bytes:
    """The cases of one region as UTF-8 CSV with a BOM, cells a spreadsheet would run made inert."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(COLUMNS)
    for r in rows:
        if r["region_code"] == region_code:
            w.writerow([spreadsheet_safe("" if r[c] is None else str(r[c])) for c in COLUMNS])
    return buf.getvalue().encode("utf-8-sig")
