"""Every real listing in shared/realpages yields exactly the claims truth.json lists: no more, no less."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractors import extract_page, extract_text_claims
from extractors.text import merge_claims
from shelfwatch.models import Claim, ClaimKind

REALPAGES = Path(__file__).resolve().parents[2].parent / "shared" / "realpages"

if not (REALPAGES / "truth.json").is_file():
    pytest.skip(
        f"real listing data not found at {REALPAGES} (kept outside the repo: licence unknown)", allow_module_level=True
    )

TRUTH: list[dict[str, Any]] = json.loads((REALPAGES / "truth.json").read_text(encoding="utf-8"))


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _claims(path: Path) -> list[Claim]:
    if path.suffix == ".html":
        return extract_page(path.read_bytes(), f"file://{path}").claims
    record = json.loads(path.read_text(encoding="utf-8"))
    return merge_claims(claim for text in _strings(record) for claim in extract_text_claims(text))


@pytest.mark.parametrize("entry", TRUTH, ids=[entry["file"] for entry in TRUTH])
def test_realpage_claims_match_truth_exactly(entry: dict[str, Any]) -> None:
    claims = _claims(REALPAGES / entry["file"])
    standards = {c.value for c in claims if c.kind is ClaimKind.STANDARD}
    certificates = {(str(c.cert_type), c.value) for c in claims if c.kind is ClaimKind.CERTIFICATE}
    assert standards == set(entry["standards"])
    assert certificates == {(c["type"], c["number"]) for c in entry["certificates"]}


@pytest.mark.parametrize("entry", TRUTH, ids=[entry["file"] for entry in TRUTH])
def test_realpage_certificates_keep_the_text_as_written(entry: dict[str, Any]) -> None:
    claims = _claims(REALPAGES / entry["file"])
    written = {(str(c.cert_type), c.raw) for c in claims if c.kind is ClaimKind.CERTIFICATE}
    assert written == {(c["type"], c["as_written"]) for c in entry["certificates"]}


def test_real_sc_numbers_pass_their_check_digit() -> None:
    sc = [c for entry in TRUTH for c in _claims(REALPAGES / entry["file"]) if c.value.startswith("SC")]
    assert len(sc) == 7 and all(c.valid for c in sc)
