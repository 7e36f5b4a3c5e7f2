"""The office's takedown notices: issue one per platform from its confirmed findings, follow each item, export."""

from __future__ import annotations

import re
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from shelfwatch import audit, notices
from shelfwatch.audit import Actor, now
from shelfwatch.notices import Notice, NoticeError
from shelfwatch.settings import Settings
from shelfwatch.store import Store
from webapp.deps import ActorDep, StoreDep
from webapp.errors import BadRequest, not_found
from webapp.forms import first, read_form
from webapp.render import render

router = APIRouter(include_in_schema=False)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.get("/notices")
def notices_page(request: Request, store: StoreDep) -> Response:
    # Reading the page changes nothing (GET is safe): what crawls saw (a listing gone, or back after its removal) is
    # settled by every crawl when it ends (crawlers/pipelines.py), by `shelfwatch notices reconcile`, and by the
    # POST below.
    platforms = list(store.listings_per_platform())
    return render(request, "notices.html", {
        "title": "下架通知 Takedown notices",
        "pending": {p: len(notices.pending(store, p)) for p in platforms},
        "notices": notices.list_notices(store), "figures": notices.figures(store), "now": now(),
        "status_labels": notices.STATUS_LABELS, "base": "/notices",
    })


@router.post("/notices/reconcile")
async def reconcile(request: Request, store: StoreDep, actor: ActorDep) -> Response:
    """Settle items by what crawls saw since (found gone: removal verified; back after removal: relisted)."""
    await read_form(request)
    notices.reconcile_with_crawls(store, actor=actor)
    return RedirectResponse("/notices", status_code=303)


@router.post("/notices")
async def issue_notice(request: Request, store: StoreDep, actor: ActorDep) -> Response:
    form = await read_form(request)
    platform = first(form, "platform")
    if platform not in store.listings_per_platform():
        raise not_found("平台")
    settings: Settings = request.app.state.settings
    try:
        nid = notices.issue(store, platform, actor=actor, deadline_days=settings.takedown_deadline_days,
                            tz=settings.timezone)
    except NoticeError as exc:
        raise BadRequest(422, str(exc)) from None
    return RedirectResponse(f"/notices/{nid}", status_code=303)


@router.get("/notices/{notice_id:id}")
def notice_page(request: Request, store: StoreDep, notice_id: int) -> Response:
    notice = notices.get_notice(store, notice_id)
    if notice is None:
        raise not_found("通知")
    return render(request, "notice.html", {"title": f"下架通知 {notice.number}", "notice": notice, "now": now(),
                                           "status_labels": notices.STATUS_LABELS, "base": "/notices",
                                           "is_overdue": notices.is_overdue, "operator_view": False})


def export(store: Store, notice: Notice, fmt: str, actor: Actor) -> Response:
    """A notice as CSV, JSON or XLSX; every download is audited (shared by the office's and operators' routes)."""
    audit.append(store, actor, "export", "notice", notice.id, after={"number": notice.number, "format": fmt})
    name = f"{notice.number}-{re.sub(r'[^A-Za-z0-9._-]', '_', notice.platform)}.{fmt}"
    headers = {"Content-Disposition": f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"}
    if fmt == "csv":
        return Response(notices.to_csv(notice), media_type="text/csv; charset=utf-8", headers=headers)
    if fmt == "xlsx":
        return Response(notices.to_xlsx(notice), media_type=XLSX, headers=headers)
    return JSONResponse(notices.to_json(notice), headers=headers)


@router.get("/notices/{notice_id:id}.{fmt}")
def notice_download(store: StoreDep, actor: ActorDep, notice_id: int, fmt: str) -> Response:
    if fmt not in ("csv", "json", "xlsx"):
        raise not_found("通知")
    # Exports carry what the platform receives: an item withdrawn (finding taken back) never leaves again.
    notice = notices.get_notice(store, notice_id, for_platform=True)
    if notice is None:
        raise not_found("通知")
    return export(store, notice, fmt, actor)
