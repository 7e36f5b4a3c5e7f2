"""schema.org Product data from JSON-LD (also ``@graph``, arrays, several blocks, broken JSON browsers tolerate),
microdata (through extruct) and RDFa Lite (``typeof``/``property`` attributes), in one plain-dict shape."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from extruct import jsonld as _extruct_jsonld
from extruct.uniform import _umicrodata_microformat
from extruct.w3cmicrodata import MicrodataExtractor
from lxml import etree

from extractors.dom import raw_text, squash, tag_of, text_of
from extractors.html import loads_tolerant

_MICRODATA = MicrodataExtractor()
_NESTED = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "itemOffered", "about", "hasVariant",
           "isVariantOf")
_MAX_NODES = 50_000


def _jsonld_items(script: etree._Element) -> list[Any]:
    """What extruct's ``JsonLdExtractor._extract_items`` reads from one block, with its fallback for comments, but
    without its ``node.xpath("string()")``, which compiles an XPath at every call (more than the JSON costs)."""
    text = raw_text(script)
    try:
        data = json.loads(text, strict=False)
    except ValueError:
        data = _extruct_jsonld.jstyleson.loads(_extruct_jsonld.HTML_OR_JS_COMMENTLINE.sub("", text), strict=False)
    if isinstance(data, list):
        return list(data)
    return [data] if isinstance(data, dict) else []


def _jsonld_blocks(root: etree._Element, scripts: list[etree._Element] | None = None) -> Iterator[Any]:
    for script in root.iter("script") if scripts is None else scripts:
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = _jsonld_items(script)
        except (ValueError, TypeError, RecursionError):
            data = loads_tolerant("".join(script.itertext()))
        if data is not None:
            yield data


def _rdfa_items(root: etree._Element) -> list[dict[str, Any]]:
    """RDFa Lite as schema.org pages write it: ``typeof="Product"`` and ``property="name"`` attributes."""
    out: list[dict[str, Any]] = []
    for scope in root.xpath("//*[@typeof]")[:50]:
        item: dict[str, Any] = {"@type": str(scope.get("typeof")).rsplit(":", 1)[-1].rsplit("/", 1)[-1]}
        for node in scope.iterdescendants():
            prop = node.get("property") if tag_of(node) else None
            if not prop:
                continue
            name = prop.rsplit(":", 1)[-1].rsplit("/", 1)[-1]
            value = node.get("content") or node.get("href") or node.get("src") or text_of(node)
            item.setdefault(name, squash(str(value)))
        out.append(item)
    return out


def structured_items(
    root: etree._Element, url: str, html: str = "", scripts: list[etree._Element] | None = None
) -> list[Any]:
    """JSON-LD blocks (each on its own, so one broken block does not hide the others), microdata, RDFa.

    ``html`` is the page's text, when known: microdata and RDFa are looked for only when it mentions them.
    ``scripts``: the page's ``script`` elements in document order, when the caller has them."""
    items: list[Any] = list(_jsonld_blocks(root, scripts))
    if (not html or "itemscope" in html) and root.xpath("boolean(//*[@itemscope])"):
        try:
            items.extend(_umicrodata_microformat(_MICRODATA.extract_items(root, url), schema_context="http://schema.org"))
        except (ValueError, TypeError, KeyError, RecursionError):
            pass  # malformed microdata: the rest of the page still counts
    if (not html or "typeof" in html) and root.xpath("boolean(//*[@typeof])"):
        items.extend(_rdfa_items(root))
    return items


def _type_names(node: dict[str, Any]) -> list[str]:
    types = node.get("@type") or node.get("type") or []
    names = types if isinstance(types, list) else [types]
    return [str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in names]


def _items_by_type(items: Any, wanted: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """Nodes of each ``wanted`` type, searched through @graph and nesting, in one walk."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in wanted}
    stack = [items]
    seen = 0
    while stack and seen < _MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            for name in _type_names(node):
                if name in out:
                    out[name].append(node)
            stack.extend(reversed([node.get(key) for key in _NESTED if node.get(key) is not None]))
    return out


def items_of_type(items: Any, wanted: str) -> list[dict[str, Any]]:
    """Nodes whose ``@type`` is ``wanted`` (``Product``, ``BreadcrumbList``), searched through @graph and nesting."""
    return _items_by_type(items, (wanted,))[wanted]


def products_of(items: Any) -> list[dict[str, Any]]:
    """The page's Product nodes, then its ProductGroup nodes: a group's properties (``additionalProperty``, its
    brand, its standards and licences) are shared by every variant it ``hasVariant`` (schema.org ProductGroup),
    and a variant names its group by ``isVariantOf``. Products first, so the first product (name, offers, price)
    is a variant with its own offer when the page has one. One walk for both types."""
    found = _items_by_type(items, ("Product", "ProductGroup"))
    products = found["Product"]
    seen = {id(node) for node in products}
    products.extend(node for node in found["ProductGroup"] if id(node) not in seen)
    return products


def as_text(value: Any) -> str:
    """A schema.org value (string, number, object with name, or list of either) as text."""
    if not value:
        return ""
    if isinstance(value, str):
        return squash(value)
    for _ in range(20):
        if isinstance(value, list):
            value = value[0] if value else ""
        elif isinstance(value, dict):
            value = value.get("name") or value.get("@value") or value.get("value") or ""
        else:
            break
    if isinstance(value, (dict, list)) or value is None:
        return ""
    return squash(str(value))


def offers(product: dict[str, Any]) -> list[dict[str, Any]]:
    """The product's offers (a list, one offer, or an AggregateOffer)."""
    found = product.get("offers")
    found = found if isinstance(found, list) else [found]
    return [o for o in found if isinstance(o, dict)]


def additional_properties(product: dict[str, Any]) -> list[tuple[str, str]]:
    """``additionalProperty`` PropertyValue name/value pairs, as parameter pairs."""
    found = product.get("additionalProperty") or []
    found = found if isinstance(found, list) else [found]
    out = []
    for prop in found:
        if isinstance(prop, dict):
            name, value = as_text(prop.get("name") or prop.get("propertyID")), as_text(prop.get("value"))
            if name and value:
                out.append((name, value))
    return out


def certifications(product: dict[str, Any]) -> list[str]:
    """``hasCertification`` entries as ``label：number`` text, so the certificate grammar sees their label."""
    found = product.get("hasCertification") or []
    found = found if isinstance(found, list) else [found]
    out = []
    for cert in found:
        if not isinstance(cert, dict):
            continue
        name = " ".join(filter(None, (as_text(cert.get(k)) for k in ("name", "certificationType", "issuedBy",
                                                                       "certificationAuthority", "alternateName"))))
        number = as_text(
            cert.get("certificationIdentification") or cert.get("identifier") or cert.get("serialNumber")
            or cert.get("certificationNumber")
        )
        if re.search(r"CCC|3C|compulsory|强制", name, re.I):
            label = "CCC证书编号"
        elif re.search(r"food production|食品生产", name, re.I):
            label = "食品生产许可证编号"
        else:
            label = name
        out.append(f"{label}：{number}" if number else name)
    return out


def product_strings(product: dict[str, Any]) -> list[str]:
    """Text values of a Product, without links, images, reviews and ratings (buyers' words, not claims)."""
    out: list[str] = []
    stack: list[Any] = [product]
    skip = {"image", "url", "@context", "@id", "review", "reviews", "aggregateRating", "hasCertification",
            "isRelatedTo", "isSimilarTo", "logo", "sameAs"}
    seen = 0
    while stack and seen < _MAX_NODES:
        node = stack.pop()
        seen += 1
        if isinstance(node, str):
            out.append(node)
        elif isinstance(node, dict):
            stack.extend(v for k, v in node.items() if k not in skip)
        elif isinstance(node, list):
            stack.extend(node)
    return out
