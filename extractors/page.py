"""One product page to the facts a regulator needs, from any shop's layout (no Scrapy, no network).

One field, one small function named after it (house style #2); clean-up lives in extractors.html.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Tag
from price_parser import Price

from extractors.html import (
    PARAM_CONTAINERS,
    decode,
    items_of_type,
    parameter_pairs,
    parse,
    squash,
    structured_items,
    visible_text,
)
from extractors.tables import FIELD_ALIASES
from extractors.text import extract_text_claims, merge_claims
from shelfwatch.models import Claim, ProductFacts

_DESCRIPTION = (
    "#J-detail-content, #J_DivItemDesc, #description, [itemprop=description], .detail-content, "
    "#detail, .product-detail, .goods-detail, .item-desc, .description, .desc"
)
_TITLE = ".sku-name, .tb-main-title, .tb-detail-hd h1, [itemprop=name], h1"
# Few, broad selectors: soupsieve costs about 10 µs per element per selector, and most pages are static shells.
_PRICE = "[itemprop=price], .tb-rmb-num, #J_StrPrice, [class*=price i]"
_SELLER = ".slogo-shopname, [class*=shop-name i], [class*=shopname i], .seller-name"
_BREADCRUMB = "[class*=breadcrumb], #crumb-wrap, .crumb-wrap, .crumb"
_ITEM_ID_IN_URL = (
    re.compile(r"[?&](?:id|itemId|item_id|skuId|productId|goods_id|goodsId)=(\d+)", re.I),
    re.compile(r"/(?:item|product|goods|detail)/(\d+)"),
    re.compile(r"/(\d{4,})\.html?\b"),
)
_CURRENCY_SYMBOLS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "RMB": "CNY", "$": "USD", "US$": "USD", "€": "EUR"}
_JS_HINT = re.compile(r"javascript|启用|开启|enable", re.I)


@dataclass(kw_only=True)
class PageExtraction(ProductFacts):
    """What one product page claims, as read from its HTML (the facts, plus the claims and two crawl hints)."""

    claims: list[Claim] = field(default_factory=list)
    """Standards and certificates found, most specific source first, de-duplicated."""
    has_product_facts: bool = False
    """True when the page gave parameter pairs, a schema.org Product or claims."""
    needs_js_hint: bool = False
    """True when the page has scripts and an empty parameter container or a <noscript> hint."""


def _text(value: Any) -> str:
    """A schema.org value (string, object with name, or list of either) as text."""
    if isinstance(value, list):
        return _text(value[0]) if value else ""
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or "")
    return squash(str(value)) if value is not None else ""


def _param(params: dict[str, str], name: str) -> str:
    for key in FIELD_ALIASES[name]:
        if params.get(key):
            return params[key]
    return ""


def _select_text(soup: BeautifulSoup, selector: str) -> str:
    for node in soup.select(selector):
        text = squash(node.get_text(" "))
        if text:
            return text
    return ""


def _offer(product: dict[str, Any]) -> dict[str, Any]:
    offers = product.get("offers")
    if isinstance(offers, list):
        offers = offers[0] if offers else {}
    return offers if isinstance(offers, dict) else {}


def title(soup: BeautifulSoup, product: dict[str, Any]) -> str:
    og = soup.find("meta", property="og:title")
    # An unclosed <title> swallows the page as text (browsers do the same): keep what precedes the first tag.
    page_title = soup.title.get_text().split("<", 1)[0] if soup.title else ""
    og_title = og.get("content", "") if isinstance(og, Tag) else ""
    return _text(product.get("name")) or squash(str(og_title)) or _select_text(soup, _TITLE) or squash(page_title)


def price_text(soup: BeautifulSoup, product: dict[str, Any]) -> str:
    """The text the price is read from (JSON-LD offer first), read once for both price and currency."""
    offer = _offer(product)
    if offer.get("price") or offer.get("lowPrice"):
        return str(offer.get("price") or offer.get("lowPrice"))
    for node in soup.select(_PRICE):
        text = str(node.get("content") or "") or node.get_text(" ")
        if Price.fromstring(text).amount is not None:
            return text
    return ""


def price(shown: str) -> float | None:
    return Price.fromstring(shown).amount_float


def currency(shown: str, product: dict[str, Any]) -> str:
    declared = _offer(product).get("priceCurrency")
    if declared:
        return str(declared).upper()
    symbol = Price.fromstring(shown).currency
    return _CURRENCY_SYMBOLS.get(symbol or "", "CNY")


def brand(params: dict[str, str], product: dict[str, Any]) -> str:
    return _param(params, "brand") or _text(product.get("brand"))


def model(params: dict[str, str], product: dict[str, Any]) -> str:
    found = _param(params, "model") or _text(product.get("model") or product.get("mpn"))
    if found:
        return found
    # Shops prefix the key with the brand (TP-Link型号); a 3C model is the certificate's, not the item's.
    for key, value in params.items():
        if key.endswith("型号") and not re.search(r"3C|CCC|认证", key, re.I):
            return value
    return ""


def seller(soup: BeautifulSoup, params: dict[str, str], product: dict[str, Any]) -> str:
    return _param(params, "seller") or _text(_offer(product).get("seller")) or _select_text(soup, _SELLER)


def maker(params: dict[str, str], product: dict[str, Any]) -> str:
    return _param(params, "maker") or _text(product.get("manufacturer"))


def maker_address(params: dict[str, str]) -> str:
    return _param(params, "maker_address")


def _breadcrumb(soup: BeautifulSoup, items: list[Any]) -> str:
    for crumbs in items_of_type(items, "BreadcrumbList"):
        names = [_text(e.get("name") or e.get("item")) for e in crumbs.get("itemListElement") or []]
        if any(names):
            return " > ".join(n for n in names if n)
    for node in soup.select(_BREADCRUMB):
        # Crumbs mix links and plain text (首页 / 儿童服装 / 儿童加绒裤): read every text piece, split at separators.
        pieces = re.split(r"[\x1f>/›»]", node.get_text("\x1f"))
        names = [n for n in (squash(p) for p in pieces) if n]
        if names:
            return " > ".join(names)
    return ""


def category(soup: BeautifulSoup, params: dict[str, str], product: dict[str, Any], items: list[Any]) -> str:
    return _param(params, "category") or _text(product.get("category")) or _breadcrumb(soup, items)


def item_id(url: str, params: dict[str, str], product: dict[str, Any]) -> str:
    for pattern in _ITEM_ID_IN_URL:
        m = pattern.search(url or "")
        if m:
            return m[1]
    return _param(params, "item_id") or _text(product.get("sku") or product.get("productID"))


def description(soup: BeautifulSoup) -> str:
    for node in soup.select(_DESCRIPTION):
        text = visible_text(node)
        if len(text) >= 20:
            return text
    return visible_text(soup.body or soup)


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() if k not in {"image", "url", "@context", "@id"} for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def _certification_text(cert: dict[str, Any]) -> str:
    """A schema.org Certification as label + number text, so the certificate grammar sees its label."""
    name = " ".join(filter(None, [_text(cert.get("name")), _text(cert.get("issuedBy"))]))
    number = _text(cert.get("certificationIdentification") or cert.get("identifier") or cert.get("serialNumber"))
    label = "CCC证书编号" if re.search(r"CCC|3C|compulsory|强制", name, re.I) else name
    return f"{label}：{number}" if number else name


def claims(
    params: dict[str, str], products: list[dict[str, Any]], title_text: str, description_text: str
) -> list[Claim]:
    found: list[Claim] = []
    # One block, so a CCC number under 证书编号 sees the 3C mention in a neighbouring pair.
    lines = [f"{key}：{value}" for key, value in params.items()]
    for claim in extract_text_claims("\n".join(lines), where="param"):
        key = next((k for k, line in zip(params, lines) if claim.raw in line), "")
        found.append(_where(claim, f"param:{key}" if key else "param"))
    for product in products:
        for cert in items_of_type(product.get("hasCertification") or [], "Certification"):
            found.extend(extract_text_claims(_certification_text(cert), where="jsonld"))
        for text in _strings(product):
            found.extend(extract_text_claims(text, where="jsonld"))
    found.extend(extract_text_claims(title_text, where="title"))
    found.extend(extract_text_claims(description_text, where="description"))
    return merge_claims(found)


def _where(claim: Claim, where: str) -> Claim:
    return Claim(
        kind=claim.kind, value=claim.value, raw=claim.raw, where=where,
        cert_type=claim.cert_type, valid=claim.valid, note=claim.note,
    )


def needs_js_hint(soup: BeautifulSoup) -> bool:
    if soup.find("script") is None:
        return False
    if any(not squash(node.get_text()) for node in soup.select(PARAM_CONTAINERS)):
        return True
    if any(not squash(node.get_text()) for node in soup.select("#app, #root, #__next")):
        return True
    return any(_JS_HINT.search(node.get_text()) for node in soup.find_all("noscript"))


def extract_page(body: bytes | str, url: str, *, encoding: str | None = None) -> PageExtraction:
    """Read title, price, parties, parameters and claims from one product page."""
    html = decode(body, encoding)
    soup = parse(html)
    items = structured_items(soup, html, url)
    products = items_of_type(items, "Product")
    product = products[0] if products else {}
    params = parameter_pairs(soup)
    title_text = title(soup, product)
    description_text = description(soup)
    found = claims(params, products, title_text, description_text)
    shown = price_text(soup, product)
    return PageExtraction(
        title=title_text,
        price=price(shown),
        currency=currency(shown, product),
        brand=brand(params, product),
        model=model(params, product),
        seller=seller(soup, params, product),
        maker=maker(params, product),
        maker_address=maker_address(params),
        category=category(soup, params, product, items),
        item_id=item_id(url, params, product),
        params=params,
        description=description_text,
        claims=found,
        has_product_facts=bool(params or products or found),
        needs_js_hint=needs_js_hint(soup),
    )
