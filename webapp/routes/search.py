"""Search for analysts and inspectors: the page (facets, filters, search-after paging) and the same as JSON.

Both read the configured index (embedded FTS5 in the store's file by default). The page never renders shop text
as markup: a hit's snippet comes with matched spans, the template escapes each piece and wraps matches itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from index import BadCursor, Filters, SearchHit, SearchRequest, SearchResult, Sort
from shelfwatch.wiring import open_embedder
from webapp.deps import SearchDep, StoreDep
from webapp.errors import BadRequest
from webapp.render import render

router = APIRouter()

MAX_QUERY = 200  # longer input is not a search term; it only makes the FTS expression expensive
PAGE = 20
MODES = {"text": "全文 text", "semantic": "语义 semantic", "hybrid": "混合 hybrid"}
SORTS = {"relevance": "相关度 relevance", "risk": "风险 risk", "date": "抓取日期 date"}
FACET_LABELS = {"platform": "平台 Platform", "category": "类别 Category", "finding_code": "问题 Finding",
                "severity": "严重程度 Severity", "review": "审核 Review", "price": "价格 Price (元)",
                "crawled": "抓取月份 Crawled", "gone": "在售 On sale"}


@dataclass(frozen=True, kw_only=True)
class SearchForm:
    """What the search form and facet links carry (all optional, as typed in the URL)."""

    q: str = ""
    platform: str = ""
    category: str = ""
    code: str = ""
    severity: str = ""
    review: str = ""
    price_min: float | None = None
    price_max: float | None = None
    since: date | None = None
    until: date | None = None
    gone: str = ""
    sort: str = "relevance"
    mode: str = "text"

    def params(self) -> dict[str, Any]:
        """The form as URL parameters (for links that change one of them)."""
        defaults = {"sort": "relevance", "mode": "text"}
        return {k: v for k, v in self.__dict__.items() if v not in (None, "") and defaults.get(k) != v}


def _embedder(request: Request) -> Any:
    # Loaded on the first semantic search, once per app; None when semantic search is off or the model is missing.
    state = request.app.state
    if not hasattr(state, "search_embedder"):
        state.search_embedder = open_embedder(state.settings)
    return state.search_embedder


def _request(request: Request, form: SearchForm, after: str, limit: int) -> SearchRequest:
    if form.sort not in SORTS:
        raise BadRequest(422, f"排序无效 invalid sort {form.sort[:20]!r}: relevance, risk or date")
    if form.mode not in MODES:
        raise BadRequest(422, f"模式无效 invalid mode {form.mode[:20]!r}: text, semantic or hybrid")
    if form.gone not in ("", "gone", "live"):
        raise BadRequest(422, "在售筛选无效 invalid gone filter: gone or live")
    query = form.q.strip()[:MAX_QUERY]
    vector = None
    if form.mode != "text" and query:
        embed = _embedder(request)
        if embed is None:
            raise BadRequest(422, "语义搜索未启用 semantic search is off on this server (no embedding model)")
        vector = embed.query(query)
    filters = Filters(
        platforms=(form.platform,) if form.platform else (), categories=(form.category,) if form.category else (),
        finding_codes=(form.code,) if form.code else (), severities=(form.severity,) if form.severity else (),
        reviews=(form.review,) if form.review else (), price_min=form.price_min, price_max=form.price_max,
        crawled_from=form.since, crawled_to=form.until, gone={"": None, "gone": True, "live": False}[form.gone],
    )
    return SearchRequest(query="" if form.mode == "semantic" and vector is not None else query, vector=vector,
                         filters=filters, sort=Sort(form.sort), limit=max(1, min(limit, 100)),
                         after=after or None, facets=True)


def _run(index: SearchDep, req: SearchRequest) -> SearchResult:
    try:
        return index.search(req)
    except BadCursor:
        raise BadRequest(422, "翻页参数无效 invalid page cursor: start again from the first page") from None


def hit_json(h: SearchHit, listing_id: int | None) -> dict[str, Any]:
    """One hit as the JSON API returns it."""
    return {"listing_id": listing_id, "url": h.url, "title": h.title, "platform": h.platform, "score": h.score,
            "snippet": h.snippet, "highlights": [list(s) for s in h.highlights], "risk": h.risk,
            "finding_codes": list(h.finding_codes), "price": h.price,
            "crawled_at": h.crawled_at.isoformat() if h.crawled_at else None, "gone": h.gone}


@router.get("/search")
def search_page(
    request: Request, store: StoreDep, index: SearchDep, q: str = "", platform: str = "", category: str = "",
    code: str = "", severity: str = "", review: str = "", price_min: float | None = None,
    price_max: float | None = None, since: date | None = None, until: date | None = None, gone: str = "",
    sort: str = "relevance", mode: str = "text", after: str = "",
) -> Response:
    form = SearchForm(q=q.strip()[:MAX_QUERY], platform=platform, category=category, code=code, severity=severity,
                      review=review, price_min=price_min, price_max=price_max, since=since, until=until, gone=gone,
                      sort=sort, mode=mode)
    searching = bool(form.params())
    result = _run(index, _request(request, form, after, PAGE)) if searching else None
    hits = result.hits if result else []
    return render(
        request,
        "search.html",
        {
            "title": f"搜索 Search: {form.q}" if form.q else "搜索 Search",
            "form": form,
            "params": form.params(),
            "result": result,
            "hits": hits,
            # Hits carry URLs; the detail page is addressed by id (a hit the store no longer has gets no link).
            "ids": store.listing_ids(h.url for h in hits),
            "platforms": list(store.listings_per_platform()),
            "facet_labels": FACET_LABELS,
            "facet_param": {"platform": "platform", "category": "category", "finding_code": "code",
                            "severity": "severity", "review": "review", "gone": "gone"},
            "modes": MODES,
            "sorts": SORTS,
            "first_page": bool(after),
        },
    )


@router.get("/api/search")
def api_search(
    request: Request, store: StoreDep, index: SearchDep, q: str = "", platform: str = "", category: str = "",
    code: str = "", severity: str = "", review: str = "", price_min: float | None = None,
    price_max: float | None = None, since: date | None = None, until: date | None = None, gone: str = "",
    sort: str = "relevance", mode: str = "text", after: str = "", limit: int = PAGE,
) -> Response:
    """``{"total", "hits", "facets", "next_after"}``; pass ``next_after`` back as ``after`` for the next page."""
    form = SearchForm(q=q, platform=platform, category=category, code=code, severity=severity, review=review,
                      price_min=price_min, price_max=price_max, since=since, until=until, gone=gone, sort=sort,
                      mode=mode)
    result = _run(index, _request(request, form, after, limit))
    ids = store.listing_ids(h.url for h in result.hits)
    return JSONResponse({"total": result.total, "hits": [hit_json(h, ids.get(h.url)) for h in result.hits],
                         "facets": result.facets, "next_after": result.next_after})
