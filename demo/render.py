"""Turn finalized listings into the bytes each platform serves (templates in demo/templates/)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from demo.data.pools import SHOP_DEMO_NAME
from demo.listing import ListingSpec

PAGE_SIZE = 20
"""Items per list page (the real platforms show 20-60)."""


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("demo", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def _render(template: str, **ctx: Any) -> str:
    return _env().get_template(template).render(**ctx)


def _json(obj: Any) -> str:
    # Sorted keys and no ASCII escaping: stable bytes for a seed, readable Chinese for people.
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def index_page() -> bytes:
    """The root page linking the three platforms."""
    return _render("index.html").encode("utf-8")


def jd_item(spec: ListingSpec, cat_zh: str) -> bytes:
    """A JD-style static item page, in UTF-8 or GBK as the listing says."""
    basic = [(k, v) for k, v, sec in spec.params if sec == "basic" and k != "产品名称"]
    spec_rows = [(k, v) for k, v, sec in spec.params if sec == "spec"]
    html = _render("jd_item.html", s=spec, cat_zh=cat_zh, charset=spec.charset, basic=basic, spec=spec_rows)
    return html.encode(spec.charset)


def tmall_item(spec: ListingSpec) -> bytes:
    """A Tmall-style item shell: title only; the facts arrive from the item API via JavaScript."""
    return _render("tmall_item.html", s=spec).encode("utf-8")


def tmall_api(spec: ListingSpec, cat_zh: str) -> bytes:
    """The item API JSON that the Tmall shell fetches."""
    data = {
        "id": spec.item_id,
        "title": spec.title,
        "price": spec.price,
        "shop": spec.seller,
        "category": cat_zh,
        "props": [[k, v] for k, v, _ in spec.params],
        "desc": spec.description,
    }
    return _json(data).encode("utf-8")


def _jsonld(spec: ListingSpec) -> str:
    product: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": spec.title,
        "sku": spec.item_id,
        "brand": {"@type": "Brand", "name": spec.brand},
        "offers": {
            "@type": "Offer",
            "price": spec.price,
            "priceCurrency": "CNY",
            "availability": "https://schema.org/InStock",
            "seller": {"@type": "Organization", "name": spec.seller},
        },
    }
    if spec.model:
        product["model"] = spec.model
        product["mpn"] = spec.model
    if spec.maker is not None:
        product["manufacturer"] = {"@type": "Organization", "name": spec.maker.name, "address": spec.maker.address}
    ccc = [c for c in spec.certs if c.type == "ccc"]
    if ccc and int(spec.item_id) % 2 == 0:
        product["hasCertification"] = {"@type": "Certification", "name": "CCC",
                                       "certificationIdentification": ccc[0].number}
    # "</" inside a script element would end it early.
    return _json(product).replace("</", "<\\/")


def shop_item(spec: ListingSpec, cat_zh: str) -> bytes:
    """An independent-shop item page: JSON-LD Product plus a parameter table."""
    params = [(k, v) for k, v, _ in spec.params]
    html = _render("shop_item.html", s=spec, cat_zh=cat_zh, params=params, jsonld=_jsonld(spec),
                   shop_name=SHOP_DEMO_NAME)
    return html.encode("utf-8")


def list_rows(specs: list[ListingSpec]) -> list[dict[str, Any]]:
    """What a list page shows of each listing (and the category the demo's search looks at)."""
    return [{"item_id": s.item_id, "href": s.path, "title": s.title, "price": s.price, "seller": s.seller,
             "category": s.category.slug} for s in specs]


def list_pages(template: str, rows: list[dict[str, Any]], *, query: str = "") -> list[bytes]:
    """All list pages of one platform, PAGE_SIZE items each, linked by 上一页/下一页 (``query``: kept in the links,
    e.g. a search's ``keyword=...&``)."""
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    out = []
    for n in range(1, pages + 1):
        chunk = rows[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
        out.append(_render(template, items=chunk, page=n, pages=pages, shop_name=SHOP_DEMO_NAME,
                           query=query).encode("utf-8"))
    return out
