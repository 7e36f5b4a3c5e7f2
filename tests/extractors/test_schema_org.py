"""schema.org Product data in every shape shops publish it: JSON-LD (@graph, arrays, several blocks, JSON only a
browser tolerates), microdata and RDFa Lite."""

from __future__ import annotations

import json
from typing import Any

import pytest

from extractors import extract_page
from shelfwatch.models import ClaimKind

PRODUCT: dict[str, Any] = {
    "@type": "Product", "name": "罗马仕 充电宝 10000mAh", "brand": "罗马仕", "sku": "RM-10", "gtin13": "6970000123456",
    "mpn": "WSL10", "manufacturer": {"@type": "Organization", "name": "深圳市罗马仕科技有限公司", "address": "深圳市宝安区"},
    "offers": [{"@type": "Offer", "price": "79.00", "priceCurrency": "CNY", "availability": "https://schema.org/InStock",
                "seller": {"@type": "Organization", "name": "罗马仕旗舰店"}}],
    "additionalProperty": [{"@type": "PropertyValue", "name": "执行标准", "value": "GB 31241-2022"}],
    "hasCertification": {"@type": "Certification", "name": "CCC", "certificationIdentification": "2023011609654321"},
    "review": {"@type": "Review", "reviewBody": "和GB 4943.1-2011一样？"},
}


def _page(*blocks: str, body: str = "") -> bytes:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<html><head>{scripts}</head><body>{body}</body></html>".encode()


def _check(page: Any) -> None:
    assert page.title == "罗马仕 充电宝 10000mAh"
    assert (page.brand, page.model, page.maker, page.maker_address) == ("罗马仕", "WSL10", "深圳市罗马仕科技有限公司", "深圳市宝安区")
    assert (page.price, page.currency, page.seller, page.availability) == (79.0, "CNY", "罗马仕旗舰店", "InStock")
    assert page.gtin == "6970000123456" and page.params["执行标准"] == "GB 31241-2022"
    claims = {(c.kind, c.value, c.where) for c in page.claims}
    assert claims == {(ClaimKind.STANDARD, "GB 31241-2022", "param:执行标准"),
                      (ClaimKind.CERTIFICATE, "2023011609654321", "jsonld")}  # the review's code is no claim


@pytest.mark.parametrize(
    "blocks",
    [
        [json.dumps({"@context": "https://schema.org", **PRODUCT}, ensure_ascii=False)],
        [json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"}, PRODUCT]},
                    ensure_ascii=False)],
        [json.dumps([{"@type": "Organization", "name": "x"}, PRODUCT], ensure_ascii=False)],
        ['{"@type": "Organization", "name": "shop",}', json.dumps(PRODUCT, ensure_ascii=False)],
        ["// generated\n" + json.dumps(PRODUCT, ensure_ascii=False)[:-1] + ",}"],
        ["<!--\n" + json.dumps(PRODUCT, ensure_ascii=False) + "\n-->"],
    ],
    ids=["one block", "@graph", "array", "several blocks, one broken", "comment and trailing comma", "html comment"],
)
def test_jsonld_shapes(blocks: list[str]) -> None:
    _check(extract_page(_page(*blocks), "https://shop.example/p/1"))


def test_brand_as_object_and_offer_as_object() -> None:
    product = {**PRODUCT, "brand": {"@type": "Brand", "name": "罗马仕"}, "offers": PRODUCT["offers"][0]}
    _check(extract_page(_page(json.dumps(product, ensure_ascii=False)), "https://shop.example/p/1"))


def test_microdata_product() -> None:
    body = (
        '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">小熊 加湿器</h1>'
        '<span itemprop="brand">小熊</span><span itemprop="gtin13">6901234567892</span>'
        '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="price" content="99.00">¥99'
        '</span><meta itemprop="priceCurrency" content="CNY"><link itemprop="availability" href="https://schema.org/OutOfStock">'
        "</div></div>"
    )
    page = extract_page(_page(body=body), "https://shop.example/p/2")
    assert (page.title, page.brand, page.gtin, page.price, page.availability) == (
        "小熊 加湿器", "小熊", "6901234567892", 99.0, "OutOfStock")


def test_rdfa_lite_product() -> None:
    body = ('<div vocab="https://schema.org/" typeof="Product"><h1 property="name">欧普 台灯</h1>'
            '<span property="brand">欧普</span><span property="price" content="129.00">129元</span></div>')
    page = extract_page(_page(body=body), "https://shop.example/p/3")
    assert (page.title, page.brand, page.price) == ("欧普 台灯", "欧普", 129.0)


def test_unreadable_jsonld_is_skipped_not_fatal() -> None:
    page = extract_page(_page("{not json at all", json.dumps(PRODUCT, ensure_ascii=False)), "https://shop.example/p/1")
    _check(page)
