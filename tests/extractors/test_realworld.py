"""Every record of shared/realworld, made into a page as its README says, yields exactly the claims truth.json lists.

Type ``other`` licences (进网许可证, 能效备案号, 卫消证字) are outside the contract: finding them is neither right nor
wrong, so they are left out of the comparison. Hard negatives must yield nothing at all.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from realworld_pages import record_page

from extractors import extract_page
from shelfwatch.models import Claim, ClaimKind

REALWORLD = Path(__file__).resolve().parents[2].parent / "shared" / "realworld"

if not (REALWORLD / "truth.json").is_file():
    pytest.skip(
        f"real listing data not found at {REALWORLD} (kept outside the repo: licence unknown)", allow_module_level=True
    )

TRUTH: list[dict[str, Any]] = json.loads((REALWORLD / "truth.json").read_text(encoding="utf-8"))


def _claims(entry: dict[str, Any]) -> list[Claim]:
    return extract_page(record_page(REALWORLD / "pages" / entry["file"]), "http://127.0.0.1/item.html").claims


@pytest.mark.parametrize("entry", TRUTH, ids=[entry["file"] for entry in TRUTH])
def test_realworld_claims_match_truth(entry: dict[str, Any]) -> None:
    claims = _claims(entry)
    standards = {c.value for c in claims if c.kind is ClaimKind.STANDARD}
    certificates = {(str(c.cert_type), c.value) for c in claims if c.kind is ClaimKind.CERTIFICATE}
    assert standards == set(entry["standards"])
    assert {c for c in certificates if c[0] != "other"} == {
        (c["type"], c["number"]) for c in entry["certificates"] if c["type"] != "other"
    }


@pytest.mark.parametrize("entry", [e for e in TRUTH if e["hard_negative"]], ids=lambda e: e["file"])
def test_hard_negatives_are_clean(entry: dict[str, Any]) -> None:
    assert [(c.kind, c.value) for c in _claims(entry)] == []


@pytest.mark.parametrize("entry", TRUTH, ids=[entry["file"] for entry in TRUTH])
def test_realworld_certificates_keep_the_text_as_written(entry: dict[str, Any]) -> None:
    written = {(str(c.cert_type), c.raw) for c in _claims(entry) if c.kind is ClaimKind.CERTIFICATE}
    assert {w for w in written if w[0] != "other"} == {
        (c["type"], c["as_written"]) for c in entry["certificates"] if c["type"] != "other"
    }


def test_the_set_is_the_one_described() -> None:
    assert len(TRUTH) == 28 and sum(e["hard_negative"] for e in TRUTH) == 9
