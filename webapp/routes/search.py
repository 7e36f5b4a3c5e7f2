"""Analysts' full-text search over the index the crawler fills (embedded FTS5 by default, in the store's file)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from webapp.deps import SearchDep, StoreDep
from webapp.render import render

router = APIRouter()

MAX_QUERY = 200  # longer input is not a search term; it only makes the FTS expression expensive
RESULTS = 50


@router.get("/search")
def search_page(
    request: Request, store: StoreDep, index: SearchDep, q: str = "", platform: str = "", code: str = ""
) -> Response:
    query = q.strip()[:MAX_QUERY]
    hits = index.search(query, limit=RESULTS, platform=platform or None, finding_code=code or None) if query else []
    return render(
        request,
        "search.html",
        {
            "title": f"搜索 Search: {query}" if query else "搜索 Search",
            "q": query,
            "platform": platform,
            "code": code,
            "hits": hits,
            # Hits carry URLs; the detail page is addressed by id (a hit the store no longer has gets no link).
            "ids": store.listing_ids(h.url for h in hits),
            "platforms": list(store.listings_per_platform()),
        },
    )
