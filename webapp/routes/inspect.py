"""Inspectors' pages: dashboard, findings to review, one listing with its evidence, and the review verdict."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import select

from shelfwatch import audit, notices, queue
from shelfwatch.codes import SEVERITY_LABELS
from shelfwatch.decisions import DISMISS_REASONS, Decision, DecisionError, decide
from shelfwatch.evidence import screenshot_of_listing, screenshots_of
from shelfwatch.queue import QueueFilters, Sort
from shelfwatch.schema import blacklist, rulebook, standards
from shelfwatch.store import Store
from webapp.deps import ActorDep, StoreDep, parse_review
from webapp.errors import BadRequest, not_found
from webapp.evidence import evidence_response, page_text, screenshot_response
from webapp.forms import first, read_form
from webapp.highlight import highlight, visible_text
from webapp.render import render
from webapp.security import safe_next

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 50
RISKIEST_SHOWN = 10
MAX_BULK = 5000  # one bulk decision; a larger selection is narrowed by filters first


@router.get("/")
def dashboard(request: Request, store: StoreDep) -> Response:
    d = queue.dashboard(store, riskiest=RISKIEST_SHOWN, tz=request.app.state.settings.timezone)
    return render(request, "dashboard.html", {
        "title": "总览 Dashboard", "d": d, "per_platform": d.per_platform, "total_listings": d.total_listings,
        "per_code": d.per_code, "per_review": d.per_review, "flagged_count": d.flagged,
        "day_max": max((n for _, n in d.per_day), default=1), "code_max": max(d.per_code.values(), default=1),
    })


def queue_filters(params: Mapping[str, str], tz: str) -> QueueFilters:
    """The review queue's filters from query or form values; unknown values are refused, not ignored."""
    severity = params.get("severity", "")
    if severity and severity not in SEVERITY_LABELS:
        raise BadRequest(422, "严重程度无效 invalid severity: expected high, medium or low")
    first_seen = params.get("first_seen_from", "")
    try:
        since = date.fromisoformat(first_seen) if first_seen else None
    except ValueError:
        raise BadRequest(422, "日期无效 invalid first_seen_from: expected YYYY-MM-DD") from None
    text = {k: params.get(k, "")[:200] for k in ("platform", "category", "code", "seller", "maker")}
    return QueueFilters(**text, severity=severity, review=parse_review(params.get("review", ""), required=False),
                        first_seen_from=since, new_since_last_crawl=params.get("new_since_last_crawl", "") == "1",
                        tz=tz)


@router.get("/findings")
def findings_list(
    request: Request,
    store: StoreDep,
    sort: str = "risk",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    after: Annotated[str, Query(max_length=80)] = "",
) -> Response:
    filters = queue_filters(request.query_params, request.app.state.settings.timezone)
    try:
        order = Sort(sort)
    except ValueError:
        raise BadRequest(422, "排序无效 invalid sort: expected risk, newest or severity") from None
    try:
        cursor = queue.Cursor.decode(after) if after and order is Sort.RISK else None
    except ValueError:
        raise BadRequest(422, "翻页位置无效 invalid after: use the page links") from None
    # "next" links carry a cursor (keyset paging: the next page costs the same however deep); page numbers by
    # offset stay for "previous" and hand-typed pages.
    result = queue.review_queue(store, filters, sort=order, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE,
                                after=cursor)
    rows, total = result.rows, result.total
    params: dict[str, Any] = filters.as_params() | ({"sort": sort} if order is not Sort.RISK else {})
    return render(
        request,
        "findings.html",
        {
            "title": "问题清单 Findings",
            "rows": rows,
            "total": total,
            "total_exact": result.exact,
            "next_after": result.next_after.encode() if result.next_after else "",
            "page": page,
            "pages": max(1, -(-total // PAGE_SIZE)),
            "f": filters,
            "filters": params,
            "sort": order,
            "sorts": queue.SORT_LABELS,
            "platforms": list(store.listings_per_platform()),
            "categories": queue.category_keys(store),
            "dismiss_reasons": DISMISS_REASONS,
        },
    )


@router.get("/listings/{listing_id:id}")
def listing_detail(request: Request, store: StoreDep, listing_id: int) -> Response:
    listing = store.get_listing(listing_id)
    if listing is None:
        raise not_found("商品")
    found, _ = store.find_findings(listing_id=listing_id)
    stored = store.page_evidence(listing["url"])
    versions = [{k: v for k, v in p.items() if k != "body"} | {"size": len(p["body"])} for p in stored]
    history, _ = audit.entries(store, listing_id=listing_id, limit=200)
    # The newest stored page's text with the claims marked where they occur (segments, escaped by the template).
    captured = highlight(visible_text(page_text(stored[0]["body"], stored[0]["content_type"])),
                         listing["claims"]) if stored else None
    return render(
        request,
        "listing.html",
        {"title": listing["title"] or listing["url"], "listing": listing, "findings": found, "versions": versions,
         "dismiss_reasons": DISMISS_REASONS, "history": history, "notice_items": notices.items_of_listing(store, listing_id),
         "status_labels": notices.STATUS_LABELS, "action_labels": audit.ACTIONS, "captured": captured,
         "crawl_history": store.listing_history(listing_id), "entries": _entries(store, found, listing),
         "screenshots": screenshots_of(store, listing["url"], bodies=False)},
    )


def _entries(store: Store, found: list[dict[str, Any]], listing: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Subject -> the reference rows a finding on it rests on: the registry's standard, the list entry, the
    rulebook requirement of the listing's category (what an inspector checks before confirming)."""
    subjects = sorted({f["subject"] for f in found if f["subject"]})
    if not subjects:
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(select(standards).where(standards.c.code.in_(subjects))).mappings():
            out.setdefault(r["code"], []).append({
                "kind": "标准库 registry", "entry": r["code"], "source": r["source"], "imported_as": r["imported_as"],
                "detail": " · ".join(str(x) for x in (r["title"], r["status"], r["withdrawn"] and f"废止 withdrawn {r['withdrawn']}",
                                                       r["replaced_by"] and f"代替 replaced by {r['replaced_by']}") if x)})
        for r in conn.execute(select(blacklist).where(blacklist.c.name.in_(subjects))).mappings():
            out.setdefault(r["name"], []).append({
                "kind": "名单 list", "entry": r["name"], "source": r["source"], "imported_as": str(r["list"]),
                "detail": " · ".join(str(x) for x in (r["uscc"], r["product"], r["model"], r["batch"], r["reason"],
                                                       r["listed_on"]) if x)})
        for r in conn.execute(select(rulebook).where(rulebook.c.value.in_(subjects),
                                                     rulebook.c.category == listing["category_key"])).mappings():
            out.setdefault(r["value"], []).append({
                "kind": "规则库 rulebook", "entry": f"{r['category']}: {r['requirement']} {r['value']}",
                "source": r["source"], "imported_as": "", "detail": r["applies_when"]})
    return out


@router.get("/listings/{listing_id:id}/evidence")
def listing_evidence(store: StoreDep, listing_id: int) -> Response:
    return _evidence(store, listing_id, None, download=False)


@router.get("/listings/{listing_id:id}/evidence/{page_id:id}")
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


@router.get("/listings/{listing_id:id}/screenshots/{shot_id:id}")
def listing_screenshot(store: StoreDep, listing_id: int, shot_id: int, download: bool = False) -> Response:
    shot = screenshot_of_listing(store, listing_id, shot_id)
    if shot is None:
        raise not_found("截图")
    return screenshot_response(shot, download=download)


def _decision(form: dict[str, list[str]]) -> Decision:
    state = parse_review(first(form, "review"), required=True)
    assert state is not None  # required=True raises instead of returning None
    return Decision(review=state, reason=first(form, "reason") if state == "dismissed" else "",
                    comment=first(form, "comment"))


def _record(store: Store, ids: list[int], decision: Decision, actor: Any) -> int:
    try:
        return decide(store, ids, decision, actor=actor)
    except DecisionError as exc:
        raise BadRequest(422, str(exc)) from None


@router.post("/findings/{finding_id:id}/review")
async def review_finding(request: Request, store: StoreDep, actor: ActorDep, finding_id: int) -> Response:
    form = await read_form(request)
    if not _record(store, [finding_id], _decision(form), actor):
        raise not_found("问题")
    # 303: the browser follows with a GET, so reloading the page does not post the verdict again.
    return RedirectResponse(safe_next(first(form, "next"), "/findings"), status_code=303)


@router.post("/findings/bulk-review")
async def bulk_review(request: Request, store: StoreDep, actor: ActorDep) -> Response:
    """One decision on the ticked findings, or (``scope=filter``) on every finding matching the shown filter."""
    form = await read_form(request)
    decision = _decision(form)
    if first(form, "scope") == "filter":
        # The page's filter travels as "filter_<name>" fields, so "all N matching" means exactly what was shown.
        shown = {k[len("filter_"):]: v[0] for k, v in form.items() if k.startswith("filter_") and v}
        ids, total = queue.queue_ids(store, queue_filters(shown, request.app.state.settings.timezone),
                                     limit=MAX_BULK + 1)
        if total > MAX_BULK:
            raise BadRequest(422, f"一次最多处理 {MAX_BULK} 条，请先缩小筛选范围。 At most {MAX_BULK} findings at once: "
                                  "narrow the filter first.")
    else:
        try:
            ids = [int(v) for v in form.get("ids", []) if len(v) <= 18]
        except ValueError:
            raise BadRequest(422, "所选问题编号无效 invalid finding id in the selection") from None
        if not ids:
            raise BadRequest(422, "未选择任何问题 no finding selected")
    _record(store, ids, decision, actor)
    return RedirectResponse(safe_next(first(form, "next"), "/findings"), status_code=303)
