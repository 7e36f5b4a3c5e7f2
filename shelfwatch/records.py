"""Stored rows to the JSON objects of the CLI contract (`listings --json`, `findings --json`, `extract --json`)."""

from __future__ import annotations

from typing import Any

from shelfwatch.models import Claim, ClaimKind


def standards_of(claims: list[Claim]) -> list[str]:
    return [c.value for c in claims if c.kind is ClaimKind.STANDARD]


def certificates_of(claims: list[Claim]) -> list[dict[str, Any]]:
    return [c.as_certificate_json() for c in claims if c.kind is ClaimKind.CERTIFICATE]


def claim_json(c: Claim) -> dict[str, Any]:
    return {
        "kind": str(c.kind),
        "type": str(c.cert_type) if c.cert_type else None,
        "value": c.value,
        "raw": c.raw,
        "where": c.where,
        "valid": c.valid,
        "note": c.note,
    }


def listing_json(row: dict[str, Any]) -> dict[str, Any]:
    claims: list[Claim] = row["claims"]
    return {
        "url": row["url"],
        "platform": row["platform"],
        "item_id": row["item_id"],
        "title": row["title"],
        "price": row["price"],
        "currency": row["currency"],
        "brand": row["brand"],
        "model": row["model"],
        "seller": row["seller"],
        "maker": row["maker"],
        "maker_address": row["maker_address"],
        "category": row["category"],
        "category_key": row["category_key"],
        "standards": standards_of(claims),
        "certificates": certificates_of(claims),
        # Claims the loaded registry can neither confirm nor refute ("not verifiable"): no finding.
        "unverified": [u["subject"] for u in row.get("unverified", [])],
        "params": row["params"],
        "risk": row["risk"],
        "rendered": row["rendered"],
        "fetched_at": row["fetched_at"].isoformat() if row["fetched_at"] else None,
    }


def finding_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "url": row["url"],
        "platform": row["platform"],
        "item_id": row["item_id"],
        "title": row["title"],
        "code": row["code"],
        "severity": row["severity"],
        "evidence": row["evidence"],
        "explanation": row["explanation"],
        "subject": row["subject"],
        "source": row["source"],
        "reference": row.get("reference", ""),
        "risk": row["risk"],
        "review": row["review"],
    }
