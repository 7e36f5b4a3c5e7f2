"""Inspectors' pages: dashboard, findings to review, one listing with its evidence, and the review verdict."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response

from shelfwatch.report import flagged_listings
from shelfwatch.store import Store
from webapp.deps import StoreDep, parse_review
from webapp.errors import BadRequest, not_found
from webapp.evidence import evidence_response
from webapp.render import render
from webapp.security import is_same_origin, safe_next

router = APIRouter()

PAGE_SIZE = 50
RISKIEST_SHOWN = 10
MAX_FORM_BYTES = 4096  # a review form is a few dozen bytes; refuse anything that is not one


@router.get("/")
def dashboard(request: Request, store: StoreDep) -> Response:
    flagged = flagged_listings(store)
    per_platform = store.listings_per_platform()
    return render(
        request,
        "dashboard.html",
        {
            "title": "总览 Dashboard",
            "per_platform": per_platform,
            "total_listings": sum(per_platform.values()),
            "per_code": store.findings_per("code"),
            "per_review": store.findings_per("review"),
            "flagged_count": len(flagged),
            # Findings rows carry the listing id the detail page is addressed by.
            "riskiest": [(fl, fl.findings[0]["listing_id"]) for fl in flagged[:RISKIEST_SHOWN]],
        },
    )


@router.get("/findings")
def findings_list(
    request: Request,
    store: StoreDep,
    code: str = "",
    platform: str = "",
    review: str = "",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    state = parse_review(review, required=False)
    rows, total = store.find_findings(
        code=code or None, platform=platform or None, review=state, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
    )
    filters: dict[str, Any] = {"code": code, "platform": platform, "review": review}
    return render(
        request,
        "findings.html",
        {
            "title": "问题清单 Findings",
            "rows": rows,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "filters": filters,
            "platforms": list(store.listings_per_platform()),
        },
    )


@router.get("/listings/{listing_id:int}")
def listing_detail(request: Request, store: StoreDep, listing_id: int) -> Response:
    listing = store.get_listing(listing_id)
    if listing is None:
        raise not_found("商品")
    found, _ = store.find_findings(listing_id=listing_id)
    versions = [{k: v for k, v in p.items() if k != "body"} | {"size": len(p["body"])}
                for p in store.page_evidence(listing["url"])]
    return render(
        request,
        "listing.html",
        {"title": listing["title"] or listing["url"], "listing": listing, "findings": found, "versions": versions},
    )


@router.get("/listings/{listing_id:int}/evidence")
def listing_evidence(store: StoreDep, listing_id: int) -> Response:
    return _evidence(store, listing_id, None, download=False)


@router.get("/listings/{listing_id:int}/evidence/{page_id:int}")
def listing_evidence_version(store: StoreDep, listing_id: int, page_id: int, download: bool = False) -> Response:
    return _evidence(store, listing_id, page_id, download=download)


def _evidence(store: Store, listing_id: int, page_id: int | None, *, download: bool) -> Response:
    listing = store.get_listing(listing_id)
    if listing is None:
        raise not_found("商品")
    versions = store.page_evidence(listing["url"])
    chosen = versions[:1] if page_id is None else [v for v in versions if v["id"] == page_id]
    if not chosen:
        raise not_found("页面证据")
    return evidence_response(chosen[0], download=download)


@router.post("/findings/{finding_id:int}/review")
async def review_finding(request: Request, store: StoreDep, finding_id: int) -> Response:
    if not is_same_origin(request):
        raise BadRequest(403, "只能从本系统页面提交审核。 Reviews can only be posted from this app's own pages.")
    form = await _read_form(request)
    state = parse_review(form.get("review"), required=True)
    assert state is not None  # required=True raises instead of returning None
    if not store.set_review(finding_id, state):
        raise not_found("问题")
    # 303: the browser follows with a GET, so reloading the page does not post the verdict again.
    return RedirectResponse(safe_next(form.get("next"), "/findings"), status_code=303)


async def _read_form(request: Request) -> dict[str, str]:
    """An urlencoded form's fields (first value of each); parsed here as python-multipart is not a dependency."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            raise BadRequest(413, "表单过大。 Form too large.")
    if not body:  # an empty post is an empty form: the caller then says which field is missing
        return {}
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
        raise BadRequest(400, "请以表单提交。 Expected an application/x-www-form-urlencoded form.")
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[0] for k, v in fields.items()}
