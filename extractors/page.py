"""One product page to the facts a regulator needs, from any shop's layout (no Scrapy, no network).

``ProductPage`` is a page object in web-poet's habit: one field, one small method named after the item attribute
it fills (house style #2). A platform with its own layout subclasses it and overrides single fields; the crawl
picks the class by the ``page_object`` name in its profile (crawlers/platforms.toml), see ``PAGE_OBJECTS``.

The page is parsed once with lxml. Fields that read the page's frame (title, price, seller, breadcrumbs) see the
whole tree; parameters, description and claims read a copy with everything that is not this product's own claim
removed (extractors.html.drop_noise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lxml import etree
from price_parser import Price

from extractors.dom import Document, block_lines, body_of, cached, classes, parse, raw_text, squash, tag_of, text_of
from extractors.editions import mask_history
from extractors.encoding import Decoded
from extractors.html import (
    NOISE_TAGS,
    attribute_hints,
    attribute_pairs,
    drop_noise,
    json_descriptions,
    json_pairs,
    noise_marks,
    parameter_pairs,
    script_documents,
)
from extractors.payloads import attribute_json_pairs, linked_payload
from extractors.publications import is_publication
from extractors.schema_org import (
    additional_properties,
    as_text,
    certifications,
    items_of_type,
    offers,
    product_strings,
    products_of,
    structured_items,
)
from extractors.sources import image_alts, inline_srcdoc, whole_titles
from extractors.structure import foreign_certificates
from extractors.tables import FIELD_ALIASES
from extractors.text import claims_in_sources
from extractors.whose import (
    drop_other_products,
    drop_replies,
    mask_contrasts,
    mask_denials,
    mask_lessons,
    mask_other_products,
    mask_questions,
    mask_quoted_mail,
    may_compare,
)
from shelfwatch.models import Claim, ClaimKind, ProductFacts

MAX_BYTES = 20_000_000
"""Pages larger than this are refused (the reason is recorded): no product page is; a 20 MB body is an attack."""

_X = etree.XPath
# Elements are found by their id / class / itemprop marks, read once per tree in one walk (see _roles): libxml2
# evaluating contains() predicates over every element costs more than parsing the page.
_DESCRIPTION = re.compile(
    r"^(?:j-detail-content|j_divitemdesc|description|detail|js_content)\b|\bitemprop=description\b"
    r"|(?:^|\s)(?:detail-content|product-detail|goods-detail|item-desc|description|desc|rich_media_content"
    r"|product-description|detail-desc)(?:\s|$)"
)
_TITLE = re.compile(
    r"(?:^|\s)(?:sku-name|tb-main-title|product_title|goods-name|goods-title|product-title|item-title"
    r"|itemprop=name|activity-name)(?:\s|$)"
)
_TITLE_HOLDER = re.compile(r"(?:^|\s)tb-detail-hd(?:\s|$)")
_PRICE = re.compile(r"price|j_strprice")
_SELLER = re.compile(r"slogo-shopname|shop-?name|seller-name|store-name|j_shopname|^js_name\b|mall-?name")
_BREADCRUMB = re.compile(r"crumb")
_EMPTY_CONTAINER = re.compile(r"^(?:j_attrul|app|root|__next)\b|\bp-parameter-list\b")
_ITEM_ID_IN_URL = (
    re.compile(r"[?&](?:id|itemId|item_id|skuId|productId|goods_id|goodsId)=(\d+)", re.I),
    re.compile(r"/(?:item|product|goods|detail)/(\d+)"),
    re.compile(r"/(\d{4,})\.html?\b"),
)
_CURRENCY_SYMBOLS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "RMB": "CNY", "$": "USD", "US$": "USD", "€": "EUR"}
_HOME_CRUMBS = frozenset({"首页", "Home", "home", "HOME", "主页", "返回首页"})
"""A breadcrumb's first link back to the shop's home page is not a category."""
_JS_HINT = re.compile(r"javascript|启用|开启|enable", re.I)
# Searched in lower-cased text: case-insensitive matching of a long alternation costs several µs a search.
_PAY = re.compile(r"券后|到手|促销|活动价|秒杀|折后|抢购|final|promo|sale|now|coupon")
_LIST = re.compile(r"原价|划线|市场价|参考价|吊牌价|专柜价|list|origin|old|market|del|strike")
_EMPTY_CONTAINERS = _X(
    "//*[@id='J_AttrUL' or @id='app' or @id='root' or @id='__next' or contains(@class, 'p-parameter-list')]"
)
_CERT_MODEL = re.compile(r"3C|CCC|认证", re.I)
_CRUMB_SEPARATORS = re.compile(r"[\x1f>/›»]")
_GTIN = re.compile(r"(?<!\d)(\d{8}|\d{12,14})(?!\d)")


@dataclass(kw_only=True)
class PageExtraction(ProductFacts):
    """What one product page claims, as read from its HTML (the facts, plus the claims and two crawl hints)."""

    availability: str = ""
    """schema.org offer availability (``InStock``, ``OutOfStock``...), empty when the page gives none."""
    encoding: str = ""
    """Codec the page was decoded with."""
    encoding_source: str = ""
    """What decided it: bom, header, meta, detected, fallback, override or text."""
    claims: list[Claim] = field(default_factory=list)
    """Standards and certificates found, most specific source first, de-duplicated."""
    has_product_facts: bool = False
    """True when the page gave parameter pairs, a schema.org Product or claims."""
    needs_js_hint: bool = False
    """True when the page has scripts and an empty parameter container or a <noscript> hint."""
    page_title: str = ""
    """The ``<title>`` text: the crawl reads a platform's "gone" page from it (crawlers/pagestate.py) without
    parsing the page a second time."""
    warnings: list[str] = field(default_factory=list)
    """What could not be read (too deep, refused as too large), in Chinese and English."""


_ALIAS_RANKS: dict[str, list[tuple[str, int]]] = {}
"""Parameter key -> (listing field, rank among that field's FIELD_ALIASES) for every alias."""
for _name, _keys in FIELD_ALIASES.items():
    for _rank, _key in enumerate(_keys):
        _ALIAS_RANKS.setdefault(_key, []).append((_name, _rank))


def fields_from_params(params: dict[str, str]) -> dict[str, str]:
    """Each listing field's value from the parameters: its most specific alias (FIELD_ALIASES) that has a value.

    The page's few keys are each looked up once, instead of every field reading each of its aliases in turn (up
    to 60 dictionary reads a page, on pages of about 8 parameters)."""
    best: dict[str, tuple[int, str]] = {}
    for key, value in params.items():
        if not value:
            continue
        for name, rank in _ALIAS_RANKS.get(key, ()):
            if name not in best or rank < best[name][0]:
                best[name] = (rank, value)
    return {name: value for name, (_, value) in best.items()}


_ROLES = {
    "description": _DESCRIPTION, "title": _TITLE, "title_holder": _TITLE_HOLDER, "price": _PRICE,
    "seller": _SELLER, "breadcrumb": _BREADCRUMB, "empty_container": _EMPTY_CONTAINER,
}
_ROLE = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in _ROLES.items()))


@lru_cache(maxsize=16384)
def _classify(id_: str | None, class_: str | None, itemprop: str | None) -> tuple[str, ...]:
    """Roles of one element's id, class and itemprop (pages repeat the same few: the answer is cached)."""
    marks = f"{id_ or ''} {class_ or ''}".lower()
    if itemprop:
        marks += f" itemprop={itemprop.lower()}"
    names = {m.lastgroup for m in _ROLE.finditer(marks.strip()) if m.lastgroup}  # one element, several roles
    if noise_marks(marks):  # NOISE_MARKS, less the poster's own message
        names.add("noise")
    return tuple(sorted(names))


_TAGGED = ("script", "noscript", "meta", "a", "template", "svg")
"""Elements several reads of the whole page look at: collected by the role pass (see _roles)."""
_NOISE_TAG_SET = frozenset(NOISE_TAGS)
_WATCHED_TAGS = _NOISE_TAG_SET | frozenset(_TAGGED)


def _roles(root: etree._Element) -> dict[str, list[etree._Element]]:
    """Elements by the role their id / class / itemprop marks give them, in document order, in one pass; the
    ``noise`` role holds the blocks that are not this product's (extractors.html.NOISE_MARKS).

    The same pass also collects, under ``<script>``, ``<noscript>``, ``<meta>``, ``<a>``, ``<template>`` and
    ``<svg>``, those elements, and under ``<noise>`` the NOISE_TAGS elements (the tree is not changed before noise removal reads them): each
    later walk of its own would make an lxml proxy object again for every element it yields, which on a small
    page costs more than this pass's tag test.

    ``<every>`` holds every element, only to keep its proxy alive while the page is read: lxml makes a proxy object
    for an element each time a walk yields it unless one exists, and the later walks of the tree (parameter
    layouts, extractors.structure) then find theirs made already (1.4% of extraction's instructions, callgrind)."""
    found: dict[str, list[etree._Element]] = {name: [] for name in (*_ROLES, "noise")}
    tagged: dict[str, list[etree._Element]] = {tag: [] for tag in _TAGGED}
    noise_tagged: list[etree._Element] = []
    get = etree._Element.get
    # A Python walk over every element: libxml2's XPath ``//*[...]`` sorts its node sets and costs 2-3x more on a
    # typical page. ``iter(etree.Element)`` is in document order like ``//*`` and skips comments and PIs in C; an
    # element with no attribute at all (``el.attrib`` is empty, tested in C) needs none of the three reads.
    every: list[etree._Element] = []
    keep = every.append
    for el in root.iter(etree.Element):
        keep(el)
        tag = el.tag
        if tag in _WATCHED_TAGS:
            if tag in _NOISE_TAG_SET:
                noise_tagged.append(el)
            if tag in tagged:
                tagged[tag].append(el)
        if not el.attrib:
            continue
        id_, class_, itemprop = get(el, "id"), get(el, "class"), get(el, "itemprop")
        if id_ is None and class_ is None and itemprop is None:
            continue
        for name in _classify(id_, class_, itemprop):
            found[name].append(el)
    for tag, elements in tagged.items():
        found[f"<{tag}>"] = elements
    found["<noise>"] = noise_tagged
    found["<every>"] = every
    return found


_HAS_DIGIT = re.compile(r"\d")
_LABELLED_PRICE = re.compile(
    r"(?:价格|售价|商城价|现价|团购价|到手价|券后价|促销价|优惠价|零售价)\s*[:：]?\s*([¥￥]?\s*\d{1,7}(?:\.\d{1,2})?)"
)


def _in_noise(el: etree._Element, noise: set[etree._Element]) -> bool:
    """Whether ``el`` sits in a recommendation, review or other block that is not this product's."""
    node: etree._Element | None = el
    while node is not None:
        if node in noise or node.tag in _NOISE_TAG_SET:  # a comment's tag is a function: in no set of names
            return True
        node = node.getparent()
    return False


@lru_cache(maxsize=4096)
def _price(text: str) -> Price:
    """price-parser's reading of ``text`` (pages repeat the same few price strings: the answer is cached)."""
    return Price.fromstring(text)


@lru_cache(maxsize=4096)
def _amount(text: str) -> float | None:
    return _price(text).amount_float  # a property that converts a Decimal at every read: cached too


def _price_kind(node: etree._Element, text: str) -> str:
    """"pay" (券后, 促销, 到手), "list" (原价, crossed out) or "" for a price node, from it and its surroundings."""
    if tag_of(node) in {"del", "s", "strike"}:
        return "list"
    marks = [classes(node), text]
    around: etree._Element | None = node
    for _ in range(2):
        around = around.getparent() if around is not None else None
        if around is None:
            break
        marks.append(f"{classes(around)} {tag_of(around)} {(around.text or '')[:20]}")
        label = around.getprevious()
        if label is not None and tag_of(label):
            marks.append(text_of(label)[:20])
    for sibling in (node.getprevious(), node.getnext()):
        if sibling is not None and tag_of(sibling) and len(sibling) == 0:
            marks.append(text_of(sibling)[:20])
    joined = " ".join(marks).lower()
    if _LIST.search(joined):
        return "list"
    return "pay" if _PAY.search(joined) else ""


_FRAME_NAMES: dict[type, tuple[str, ...]] = {}


def _frame_names(cls: type) -> tuple[str, ...]:
    """The ``frame_*`` reads of a page-object class, its subclasses' included (found once per class)."""
    if cls not in _FRAME_NAMES:
        _FRAME_NAMES[cls] = tuple(name for name in dir(cls) if name.startswith("frame_"))
    return _FRAME_NAMES[cls]


def _attached(el: etree._Element, root: etree._Element) -> bool:
    """Whether ``el`` is still in ``root``'s tree (noise removal detaches whole subtrees)."""
    node: etree._Element | None = el
    while node is not None:
        if node is root:
            return True
        node = node.getparent()
    return False


def _blank(text: str) -> bool:
    """Whether ``text_of`` would make ``text`` empty (str.split and str.isspace know the same spaces)."""
    return not text or text.isspace()


def _running_text(text: str) -> str:
    """Running text (notes, captions, second-hand listings) without the clauses that are not this product's claim:
    a quoted mail first, then editions named as history (a pointer to another product may cover the words that say
    so: "没写 GB 18401-2003 那种老标准了"), then pointers to other products, denials, lessons, questions, contrasts
    (extractors.whose)."""
    text = mask_history(mask_quoted_mail(text))
    return mask_contrasts(mask_questions(mask_lessons(mask_denials(mask_other_products(text)))))


def _first_text(nodes: list[Any]) -> str:
    for node in nodes:
        text = text_of(node) if tag_of(node) else ""
        if text:
            return text
    return ""


class ProductPage:
    """The generic page object: any shop's product page. Subclass and override single fields for a platform."""

    def __init__(self, decoded: Decoded, url: str) -> None:
        self.url = url or ""
        self.decoded = decoded
        self.document: Document = parse(decoded.text, decoded.utf8)
        self.root = self.document.root
        if "srcdoc" in decoded.text:
            inline_srcdoc(self.root)  # the frame's page is part of this one (a shop's description)

    # -- shared inputs ------------------------------------------------------------------------------------------
    @cached
    def frame_items(self) -> list[Any]:
        """schema.org items (JSON-LD, microdata, RDFa)."""
        return structured_items(self.root, self.url, self.decoded.text, self.frame_roles["<script>"])

    @property
    def items(self) -> list[Any]:
        return self.frame_items

    @cached
    def products(self) -> list[dict[str, Any]]:
        return products_of(self.items)  # Products, then ProductGroups (their variants' shared properties)

    @cached
    def product(self) -> dict[str, Any]:
        return self.products[0] if self.products else {}

    @cached
    def offer(self) -> dict[str, Any]:
        found = offers(self.product)
        return found[0] if found else {}

    @cached
    def frame_roles(self) -> dict[str, list[etree._Element]]:
        """Elements of the whole page by role (title, price, seller, breadcrumb...)."""
        return _roles(self.root)

    @property
    def roles(self) -> dict[str, list[etree._Element]]:
        return self.frame_roles

    @cached
    def noise_set(self) -> set[etree._Element]:
        return set(self.frame_roles["noise"])

    @cached
    def frame_scripts(self) -> list[Any]:
        """The JSON state documents of the page's inline scripts, parsed once for every read of them."""
        # An index-linked payload (Nuxt 3's __NUXT_DATA__) is linked back into one document first.
        return [linked_payload(data) for data in script_documents(self.root, self.frame_roles["<script>"])]

    @cached
    def frame_script_pairs(self) -> list[tuple[str, str]]:
        return [pair for data in self.frame_scripts for pair in json_pairs(data)]

    @cached
    def frame_script_descriptions(self) -> str:
        """The item's description as the page's state JSON holds it (``goodsDesc``), one a line."""
        return "\n".join(text for data in self.frame_scripts for text in json_descriptions(data))

    @cached
    def body(self) -> etree._Element:
        """The page with what is not this product's claim removed, in place (no copy: copying costs a parse).

        Every ``frame_*`` property, a subclass's too, is read first: those are the reads that need the whole
        page (title, price, seller, breadcrumbs, scripts). Fields read the frame only through them.
        """
        for name in _frame_names(type(self)):
            getattr(self, name)
        drop_replies(self.root, self.decoded.text)  # a forum thread's replies (only its first post is the seller's)
        if may_compare(self.decoded.text):  # other products' columns and cards beside this one
            drop_other_products(self.root, [self.frame_title, self.frame_page_title])
        drop_noise(
            self.root,
            self.decoded.text,
            self.url,
            marked_noise=self.roles["noise"],
            noise_tagged=self.roles["<noise>"],
            links=self.roles["<a>"],
            drawn=self.roles["<template>"] + self.roles["<svg>"],  # made the page's text when they hold it
            titles=(self.frame_title, self.frame_page_title),
        )
        whole_titles(self.root, self.decoded.text)  # values cut short with "…", whole in their title
        return self.root

    # -- fields -------------------------------------------------------------------------------------------------
    @cached
    def params(self) -> dict[str, str]:
        extra = [pair for product in self.products for pair in additional_properties(product)]
        extra.extend(self.frame_script_pairs)
        labels, json_values = attribute_hints(self.decoded.text)  # one scan of the source for both
        extra.extend(attribute_pairs(self.body, self.decoded.text, hinted=labels))  # data-label / data-value cells
        # A spec table as JSON in a data-* attribute (extractors.payloads).
        extra.extend(attribute_json_pairs(self.body, self.decoded.text, hinted=json_values))
        return parameter_pairs(self.body, extra)

    @cached
    def param_fields(self) -> dict[str, str]:
        """Listing fields named by parameter keys (品牌, 型号, 生产企业...), see ``fields_from_params``."""
        return fields_from_params(self.params)

    def title(self) -> str:
        return self.frame_title

    @cached
    def frame_title(self) -> str:
        og = [m.get("content") for m in self.roles["<meta>"] if m.get("property") == "og:title" and m.get("content")]
        return (
            as_text(self.product.get("name"))
            or squash(str(og[0]) if og else "")
            or _first_text(self.roles["title"])
            or _first_text([h1 for holder in self.roles["title_holder"] for h1 in holder.iter("h1")])
            or _first_text(list(self.root.iter("h1")))
            or self.frame_page_title
        )

    @cached
    def frame_page_title(self) -> str:
        """The ``<title>`` text (a second name of the product beside ``frame_title``, and its last fallback)."""
        title_el = next(self.root.iter("title"), None)
        # An unclosed <title> swallows the page as text (browsers do the same): keep what precedes the first tag.
        return squash((title_el.text or "").split("<", 1)[0]) if title_el is not None else ""

    @cached
    def frame_prices(self) -> tuple[float | None, float | None, str]:
        """(price a buyer pays, list price, text the currency is read from)."""
        amount = self.offer.get("price") or self.offer.get("lowPrice")
        if amount is None and isinstance(self.offer.get("priceSpecification"), dict):
            amount = self.offer["priceSpecification"].get("price")
        if amount is not None:
            value = _price(str(amount)).amount_float
            return value, None, str(amount)
        pay: list[tuple[float, str]] = []
        plain: list[tuple[float, str]] = []
        listed: list[float] = []
        for node in self.roles["price"][:40]:
            text = str(node.get("content") or "") or text_of(node)
            if not _HAS_DIGIT.search(text) or len(text) > 60:
                continue  # no amount, or a whole box that holds prices
            value = _amount(text)  # cached by its text: cheaper than the walk up to the root below
            if value is None:
                continue
            if _in_noise(node, self.noise_set):
                continue  # a recommended item's price
            kind = _price_kind(node, text)
            if kind == "list":
                listed.append(value)
            elif kind == "pay":
                pay.append((value, text))
            else:
                plain.append((value, text))
        if not (pay or plain):
            if listed:  # only "original"-marked prices (1688's price-original-sku): the lowest is what one pays
                return min(listed), (max(listed) if max(listed) > min(listed) else None), ""
            # Every label holds 价, which markup can also write only as a character reference: a page with
            # neither needs no text of its whole body.
            html = self.decoded.text
            found = _LABELLED_PRICE.search(self.page_text) if "价" in html or "&#" in html else None
            if found:
                return _price(found[1]).amount_float, None, found[1]
            amount = self.product.get("price")  # RDFa / microdata offers read flat
            if amount is not None:
                return _price(str(amount)).amount_float, None, str(amount)
            return None, None, ""
        if pay:
            value, text = min(pay)
            others = [v for v, _ in plain] + listed
        else:
            value, text = plain[0]
            others = listed
        bigger = [v for v in others if v > value]
        return value, (max(bigger) if bigger else None), text

    @cached
    def page_text(self) -> str:
        """The first 20,000 characters of the page's text (for prices written only in words: 商城价：￥58)."""
        body = body_of(self.root)
        return squash(raw_text(body if body is not None else self.root)[:20_000])

    def price(self) -> float | None:
        return self.frame_prices[0]

    def list_price(self) -> float | None:
        return self.frame_prices[1]

    def currency(self) -> str:
        declared = self.offer.get("priceCurrency")
        if declared:
            return str(declared).upper()
        symbol = _price(self.frame_prices[2]).currency
        return _CURRENCY_SYMBOLS.get(symbol or "", "CNY")

    def brand(self) -> str:
        return self.param_fields.get("brand", "") or as_text(self.product.get("brand"))

    def model(self) -> str:
        found = self.param_fields.get("model", "") or as_text(self.product.get("model") or self.product.get("mpn"))
        if found:
            return found
        # Shops prefix the key with the brand (TP-Link型号); a 3C model is the certificate's, not the item's.
        for key, value in self.params.items():
            if key.endswith("型号") and not _CERT_MODEL.search(key):
                return value
        return ""

    def seller(self) -> str:
        return self.param_fields.get("seller", "") or as_text(self.offer.get("seller")) or self.frame_seller

    @cached
    def frame_seller(self) -> str:
        return _first_text(self.roles["seller"])

    def maker(self) -> str:
        return self.param_fields.get("maker", "") or as_text(self.product.get("manufacturer"))

    def maker_address(self) -> str:
        found = self.param_fields.get("maker_address", "")
        if found:
            return found
        manufacturer = self.product.get("manufacturer")
        if isinstance(manufacturer, dict):
            return as_text(manufacturer.get("address"))
        return ""

    @cached
    def frame_breadcrumb(self) -> str:
        for crumbs in items_of_type(self.items, "BreadcrumbList"):
            elements = crumbs.get("itemListElement") or []
            elements = elements if isinstance(elements, list) else [elements]
            names = [as_text(e.get("name") or e.get("item")) for e in elements if isinstance(e, dict)]
            names = [n for n in names if n not in _HOME_CRUMBS]
            if any(names):
                return " > ".join(n for n in names if n)
        for node in self.roles["breadcrumb"][:5]:
            # Crumbs mix links and plain text (首页 / 儿童服装 / 儿童加绒裤): read every text piece, split at separators.
            pieces = _CRUMB_SEPARATORS.split("\x1f".join(node.itertext()))
            names = [n for n in (squash(p) for p in pieces) if n and n not in _HOME_CRUMBS]
            if names:
                return " > ".join(names)
        return ""

    def category(self) -> str:
        return self.param_fields.get("category", "") or as_text(self.product.get("category")) or self.frame_breadcrumb

    def item_id(self) -> str:
        for pattern in _ITEM_ID_IN_URL:
            m = pattern.search(self.url)
            if m:
                return m[1]
        return self.param_fields.get("item_id", "") or as_text(self.product.get("sku") or self.product.get("productID"))

    def availability(self) -> str:
        return as_text(self.offer.get("availability")).rsplit("/", 1)[-1]

    def gtin(self) -> str:
        for key in ("gtin13", "gtin", "gtin14", "gtin12", "gtin8"):
            value = as_text(self.product.get(key))
            if value:
                return value
        m = _GTIN.search(self.param_fields.get("gtin", ""))
        return m[1] if m else ""

    @cached
    def _description(self) -> str:
        root = self.body
        for node in self.roles["description"]:
            if _attached(node, root):
                text = block_lines(node)
                if len(text) >= 20:
                    return text
        body = body_of(root)
        return block_lines(body if body is not None else root)

    def description(self) -> str:
        return self._description

    def claims(self, title: str) -> list[Claim]:
        # Every source in order of precedence, read in one pass: parameter pairs (one line each, so a CCC number
        # under 证书编号 sees the 3C mention in a neighbouring pair), schema.org, the title, the description.
        # A parameter whose value is a sentence (a shop's tip under its own label, 小贴士：…请选2段…) is running
        # text too: its pointers to other products are read.
        sources = [
            (f"param:{key}", f"{key}：{mask_other_products(value) if '。' in value else value}")
            for key, value in self.params.items()
        ]
        for product in self.products:
            sources.extend(("jsonld", text) for text in certifications(product))
            # One block: codes never span lines, and one pass over the grammar costs less than one per string.
            sources.append(("jsonld", "\n".join(product_strings(product))))
        sources.append(("title", title))
        # Running text (notes, captions, second-hand listings) also speaks of other products, and denies codes
        # ("不是按 GH/T 18796", "…，与本品不同"): those clauses are out.
        # Editions named as history go first: a pointer to another product may cover the words that say so
        # ("没写 GB 18401-2003 那种老标准了").
        sources.append(("description", _running_text(self._description)))
        if self.frame_script_descriptions:  # the description the state JSON holds (the page may show none)
            sources.append(("description", _running_text(self.frame_script_descriptions)))
        alts = image_alts(self.body)
        # A picture's words, the label shown as an image; a picture can also hold a lesson (香型科普：…).
        sources.append(("description", mask_lessons(mask_history(alts))))
        # Editions any source names as history (原执行 …, 代替 …, … 已作废) are not claims (extractors.editions).
        sources = [(where, text if where == "description" else mask_history(text)) for where, text in sources]
        # A certificate type the parameters or JSON-LD already give: another number of it only in running text,
        # not on a labelled line of its own, is the shop's or another item's (extractors.structure).
        found = foreign_certificates(claims_in_sources(sources), f"{self._description}\n{alts}")
        if is_publication(self.params):  # a book's standards are its subject (extractors.publications)
            found = [claim for claim in found if claim.kind is not ClaimKind.STANDARD]
        return found

    def needs_js_hint(self) -> bool:
        return self.frame_needs_js

    @cached
    def frame_needs_js(self) -> bool:
        if not self.roles["<script>"]:  # the root is <html>, never a script
            return False
        # The raw text, not text_of: an empty container is one whose text is only whitespace, and the hint words
        # hold no spaces; squashing a whole app container's text to test that costs more than the test.
        if any(_blank(raw_text(node)) for node in self.roles["empty_container"]):
            return True
        return any(_JS_HINT.search(raw_text(node)) for node in self.roles["<noscript>"])

    def to_extraction(self) -> PageExtraction:
        title = self.title()
        claims = self.claims(title)
        return PageExtraction(
            title=title,
            price=self.price(),
            list_price=self.list_price(),
            currency=self.currency(),
            brand=self.brand(),
            model=self.model(),
            seller=self.seller(),
            maker=self.maker(),
            maker_address=self.maker_address(),
            category=self.category(),
            item_id=self.item_id(),
            gtin=self.gtin(),
            availability=self.availability(),
            params=self.params,
            description=self.description(),
            claims=claims,
            has_product_facts=bool(self.params or self.products or claims),
            needs_js_hint=self.needs_js_hint(),
            page_title=self.frame_page_title,
            encoding=self.decoded.encoding,
            encoding_source=str(self.decoded.source),
            warnings=list(self.document.warnings),
        )


__all__ = ["MAX_BYTES", "PageExtraction", "ProductPage", "json_pairs"]
