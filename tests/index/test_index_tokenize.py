"""Segmentation and code tokens, as data."""

from __future__ import annotations

import pytest

from index.base import IndexedListing
from index.tokenize import code_tokens, doc_chars, query_terms
from shelfwatch.models import Finding, FindingCode, Listing, Severity


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("执行标准：GB/T 14272-2011", ["gbt142722011", "gbt14272", "142722011"]),
        ("GB 4706.1-2005", ["gb470612005", "gb47061", "470612005", "47061"]),
        ("XK16-204-01234", ["xk1620401234", "1620401234"]),
        ("SC10644011500123", []),  # one run: every tokenizer keeps it whole already
        ("羽绒服", []),
    ],
)
def test_code_tokens(text: str, tokens: list[str]) -> None:
    assert code_tokens(text) == tokens


@pytest.mark.parametrize(
    ("query", "tokens"),
    [
        ("GB/T 14272", ["gbt14272"]),
        ("儿童羽绒服", ["儿童", "羽绒服"]),
        ("羽绒服 羽绒服", ["羽绒服"]),
        ('" AND (', ["and"]),
        ("", []),
    ],
)
def test_query_terms(query: str, tokens: list[str]) -> None:
    assert [t.token for t in query_terms(query)] == tokens


def test_doc_chars_splits_chinese_only() -> None:
    assert doc_chars("乐高LEGO积木 6675.1") == "乐 高 LEGO 积 木 6675.1"


def test_from_listing_flattens_params_and_findings() -> None:
    listing = Listing(platform="jd-demo", url="http://x/1", item_id="1", title="羽绒服",
                      params={"执行标准": "GB/T 14272-2011", "品牌": "某"}, description="保暖")
    finding = Finding(code=FindingCode.STANDARD_WITHDRAWN, severity=Severity.MEDIUM, evidence="GB/T 14272-2011",
                      explanation="标准已废止")
    doc = IndexedListing.from_listing(listing, [finding, finding], risk=0.5)
    assert doc.text == "执行标准：GB/T 14272-2011\n品牌：某\n保暖"
    assert doc.finding_codes == ("standard_withdrawn",)
    assert doc.risk == 0.5
