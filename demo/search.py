"""The demo marketplace's keyword search: each platform's list page, filtered by a keyword, paged like the list.

``/jd/list?keyword=羽绒服``, ``/tmall/list?q=羽绒服`` and ``/shop/products?s=羽绒服`` (the parameter each platform's
real search uses; crawlers/platforms.toml's ``search_url`` builds them). Like a platform's own search it is broader
than a category: a listing is found when the keyword is in its title, or when the keyword names its category
(the category's Chinese name or one of its keywords in matching/data/categories.csv is in the keyword, or the
keyword is in the name). So ``儿童玩具`` finds toys, and ``羽绒服`` finds down coats and a child's down jacket filed
as children's clothing alike.
"""

from __future__ import annotations

import csv
import unicodedata
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from demo.reference import CATEGORIES_CSV

SEARCH_PARAMS: dict[str, str] = {"jd-demo": "keyword", "tmall-demo": "q", "shop-demo": "s"}
"""Query parameter that carries the keyword on each platform's list route."""
LIST_TEMPLATES: dict[str, str] = {"jd-demo": "jd_list.html", "tmall-demo": "tmall_list.html",
                                  "shop-demo": "shop_list.html"}


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().strip()


@lru_cache(maxsize=1)
def _category_words() -> dict[str, tuple[str, ...]]:
    """Category slug -> its Chinese name and keywords, folded."""
    with CATEGORIES_CSV.open(encoding="utf-8", newline="") as fh:
        return {r["category"]: tuple(_fold(w) for w in [r["name_zh"], *r["keywords"].split(";")] if w.strip())
                for r in csv.DictReader(fh)}


def matches(keyword: str, title: str, category: str) -> bool:
    """Whether a search for ``keyword`` finds a listing with this title and category slug."""
    kw = _fold(keyword)
    if not kw:
        return False
    if kw in _fold(title):
        return True
    words = _category_words().get(category, ())
    return any(w in kw for w in words) or (bool(words) and kw in words[0])


def search_page(rows: list[dict[str, Any]], platform: str, keyword: str, page: int) -> bytes | None:
    """One page of a platform's search results (an empty result is a page too); None past the last page."""
    from demo import render

    found = [r for r in rows if matches(keyword, r["title"], r["category"])]
    query = f"{SEARCH_PARAMS[platform]}={quote(keyword, safe='')}&"  # the pager keeps the keyword
    bodies = render.list_pages(LIST_TEMPLATES[platform], found, query=query)
    return bodies[page - 1] if 1 <= page <= len(bodies) else None
