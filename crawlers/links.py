"""Which links on a page lead to items or to the next list page: pure functions over URLs and anchor text.

Profiles (platforms.toml) say it exactly for known platforms; for an unknown shop these generic patterns,
gathered from common shop URL shapes, decide.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Path shapes that item pages of many shop systems use (Shopify /products/, WooCommerce /product/, JD /123.html...).
GENERIC_ITEM_PATH = re.compile(
    r"(/item[s]?/|/item\.htm|/product[s]?/|/p/|/goods/|/dp/|/detail|/sku/|^/\d{5,}\.html$)", re.IGNORECASE
)
# Path and query shapes of list, search and category pages.
GENERIC_LIST_PATH = re.compile(
    r"(/(list|lists|search|s|category|categories|cat|catalog|collections?|products|shop|store|feed)(/|\.html?$|$))",
    re.IGNORECASE,
)
GENERIC_LIST_QUERY = re.compile(r"(^|&)(q|keyword|kw|wd|query|cat|category|cid)=", re.IGNORECASE)
# Anchor texts of "next page" links in Chinese and English shops.
NEXT_TEXT = re.compile(r"^\s*(下一页|下页|后一页|next|next page|›|»|>)\s*$", re.IGNORECASE)
# Query parameters that only track the visitor: dropping them stops one item being crawled under many URLs.
TRACKING_PARAMS = re.compile(r"^(utm_.*|spm|scm|pvid|_t|from|ref|ref_|track.*|abbucket|ali_.*|ns|sku_properties)$")
# Query parameters that only turn the page of one list (their values are numbers): the rest of a list URL's query
# (a keyword, a category, a filter) says which list it is.
PAGING_PARAMS = re.compile(r"^(page|pageno|page_no|pagenum|pn|p|offset|start|s|size|limit|per_page)$",
                           re.IGNORECASE)
# File types a product crawl never needs.
SKIP_EXTENSIONS = re.compile(r"\.(jpe?g|png|gif|webp|svg|css|js|ico|pdf|zip|mp4|woff2?)$", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """Drop the fragment and tracking parameters, keep the rest in a stable order."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    query.sort()
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


def looks_like_item(url: str) -> bool:
    return bool(GENERIC_ITEM_PATH.search(urlsplit(url).path)) or bool(
        re.search(r"[?&](id|item_?id|product_?id|goods_?id)=\d+", url, re.IGNORECASE)
    )


def looks_like_list(url: str) -> bool:
    parts = urlsplit(url)
    return bool(GENERIC_LIST_PATH.search(parts.path) or GENERIC_LIST_QUERY.search(parts.query))


def is_next_link(text: str, rel: str = "") -> bool:
    return "next" in rel.lower().split() or bool(NEXT_TEXT.match(text or ""))


def list_identity(url: str) -> tuple[str, frozenset[tuple[str, str]]]:
    """The path and the non-paging query of a list URL: two pages of one search or category list share it."""
    parts = urlsplit(url)
    query = frozenset(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not (PAGING_PARAMS.match(k) and v.strip().isdigit())
    )
    return parts.path or "/", query


def stays_in_list(chain_start: str, url: str) -> bool:
    """Whether a list link found in a chain of list pages belongs to that chain.

    A chain that started from a search or a filtered list (a keyword, a category, any query besides paging) follows
    only further pages of that same search: the search page's header links to the whole shop ("全部商品") would
    otherwise widen a keyword watch into a crawl of the catalogue. A chain that started from a plain list (no query
    but paging) follows every list link, as before.
    """
    start_path, start_query = list_identity(chain_start)
    if not start_query:
        return True
    path, query = list_identity(url)
    return path == start_path and start_query <= query


def same_site(url: str, start: str) -> bool:
    return urlsplit(url).netloc.lower() == urlsplit(start).netloc.lower()


def crawlable(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and not SKIP_EXTENSIONS.search(parts.path)
