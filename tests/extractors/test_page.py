"""Hand-written pages with their expected output beside them (pages/<name>.html + pages/<name>.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from extractors import PageExtraction, extract_page
from extractors.html import decode
from shelfwatch.models import ClaimKind

PAGES = Path(__file__).resolve().parent / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.html"))


def _expected(name: str) -> dict[str, Any]:
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def _extract(name: str) -> PageExtraction:
    expected = _expected(name)
    return extract_page((PAGES / f"{name}.html").read_bytes(), expected["url"],
                        page_object=expected.get("page_object", "generic"))


@pytest.mark.parametrize("name", NAMES)
def test_fields(name: str) -> None:
    page = _extract(name)
    for attribute, value in _expected(name)["fields"].items():
        assert getattr(page, attribute) == value, attribute


@pytest.mark.parametrize("name", NAMES)
def test_params_as_written(name: str) -> None:
    page = _extract(name)
    for key, value in _expected(name).get("params", {}).items():
        assert page.params[key] == value


@pytest.mark.parametrize("name", NAMES)
def test_claims_exactly(name: str) -> None:
    page, expected = _extract(name), _expected(name)
    standards = [[c.value, c.where] for c in page.claims if c.kind is ClaimKind.STANDARD]
    certificates = [
        [str(c.cert_type), c.value, c.valid, c.where] for c in page.claims if c.kind is ClaimKind.CERTIFICATE
    ]
    assert sorted(standards) == sorted(expected["standards"])
    assert sorted(certificates) == sorted(expected["certificates"])


def test_every_fixture_has_its_expectation() -> None:
    assert {p.stem for p in PAGES.glob("*.json")} == set(NAMES)


def test_gbk_bytes_decode_through_meta_charset() -> None:
    body = (PAGES / "gbk_legacy.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "洁丽雅" in decode(body)


def test_gbk_without_declaration_is_detected() -> None:
    body = "<html><body><ul><li>执行标准：GB/T 22864-2008 纯棉毛巾，柔软吸水，洁丽雅出品</li></ul></body></html>".encode("gbk")
    page = extract_page(body, "")
    assert [c.value for c in page.claims] == ["GB/T 22864-2008"]


def test_encoding_argument_wins_over_the_page() -> None:
    body = '<html><head><meta charset="utf-8"></head><body><p>执行标准：GB 18401-2010</p></body></html>'.encode("gb18030")
    page = extract_page(body, "", encoding="gbk")
    assert [c.value for c in page.claims] == ["GB 18401-2010"]


def test_text_input_is_accepted() -> None:
    page = extract_page("<ul><li>3C证书编号：2022011606454871</li></ul>", "https://x.cn/?id=5")
    assert page.item_id == "5" and page.claims[0].cert_type == "ccc"


def test_param_source_beats_description() -> None:
    html = "<ul><li>执行标准：GB 31701-2015</li></ul><div id='description'><p>本品符合GB 31701-2015要求，安全放心，请放心购买</p></div>"
    [claim] = extract_page(html, "").claims
    assert claim.where == "param:执行标准"


@pytest.mark.parametrize(
    ("url", "item_id"),
    [
        ("https://item.jd.com/100012043978.html", "100012043978"),
        ("https://detail.tmall.com/item.htm?spm=a.b&id=6956495372", "6956495372"),
        ("https://shop.example.cn/item/123.html", "123"),
        ("https://shop.example.cn/p?skuId=42", "42"),
    ],
)
def test_item_id_from_url(url: str, item_id: str) -> None:
    assert extract_page("<p></p>", url).item_id == item_id


def test_item_id_from_page_when_url_has_none() -> None:
    assert extract_page("<ul><li>商品编号：100012043978</li></ul>", "https://x.cn/").item_id == "100012043978"


def test_scripts_without_facts_ask_for_a_browser() -> None:
    page = extract_page("<html><body><script src='a.js'></script><div id='app'></div></body></html>", "")
    assert page.needs_js_hint and not page.has_product_facts


def test_static_page_with_facts_needs_no_browser() -> None:
    page = _extract("jd_parameter_list")
    assert page.has_product_facts and not page.needs_js_hint


def test_colour_classification_is_not_a_category() -> None:
    page = extract_page("<ul><li>颜色分类：红色</li><li>品牌：小熊星</li></ul>", "")
    assert page.category == "" and page.brand == "小熊星"


def test_unclosed_title_does_not_crash_or_leak_markup() -> None:
    page = extract_page("<html><head><title>破损<body><ul><li>品牌：好味", "")
    assert page.title == "破损"
