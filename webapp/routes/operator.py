"""Platform operators: their own platform's notices, in pages (session) and in the JSON API (API token).

Every query here is scoped to the signed-in operator's platform: a notice or item of another platform is a 404,
exactly like one that does not exist, so an operator cannot even learn which ids other platforms have.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.security import HTTPBearer
from pydantic import BaseModel, Field

from shelfwatch import notices
from shelfwatch.audit import now
from shelfwatch.notices import ItemStatus, NoticeError
from webapp.deps import ActorDep, PrincipalDep, StoreDep
from webapp.errors import BadRequest, not_found
from webapp.forms import first, read_form
from webapp.render import render
from webapp.routes.notices import export

router = APIRouter(include_in_schema=False)

# Declared for the OpenAPI document (clients learn to send "Authorization: Bearer sw_..."); webapp.auth checks it.
_bearer = HTTPBearer(auto_error=False, description="平台运营 API 令牌 operator API token (`shelfwatch tokens create`)")
api = APIRouter(prefix="/api/operator", tags=["operator"], dependencies=[Depends(_bearer)])


def _platform(principal: PrincipalDep) -> str:
    return principal.user.platform


PlatformDep = Annotated[str, Depends(_platform)]


@router.get("/operator")
def operator_home(request: Request, store: StoreDep, platform: PlatformDep) -> Response:
    return render(request, "operator.html", {
        "title": f"下架通知 Notices · {platform}", "platform": platform,
        "notices": notices.list_notices(store, platform=platform, for_platform=True), "now": now(),
        "status_labels": notices.STATUS_LABELS, "base": "/operator/notices",
    })


@router.get("/operator/notices/{notice_id:id}")
def operator_notice(request: Request, store: StoreDep, platform: PlatformDep, notice_id: int) -> Response:
    notice = notices.get_notice(store, notice_id, platform=platform, for_platform=True)
    if notice is None:
        raise not_found("通知")
    return render(request, "notice.html", {"title": f"下架通知 {notice.number}", "notice": notice, "now": now(),
                                           "status_labels": notices.STATUS_LABELS, "base": "/operator/notices",
                                           "is_overdue": notices.is_overdue, "operator_view": True})


@router.get("/operator/notices/{notice_id:id}.{fmt}")
def operator_download(store: StoreDep, actor: ActorDep, platform: PlatformDep, notice_id: int, fmt: str) -> Response:
    notice = notices.get_notice(store, notice_id, platform=platform, for_platform=True)
    if notice is None or fmt not in ("csv", "json", "xlsx"):
        raise not_found("通知")
    return export(store, notice, fmt, actor)


@router.post("/operator/items/{item_id:id}")
async def operator_report(request: Request, store: StoreDep, actor: ActorDep, platform: PlatformDep,
                          item_id: int) -> Response:
    form = await read_form(request)
    try:
        wanted = ItemStatus(first(form, "status"))
    except ValueError:
        raise BadRequest(422, "状态无效 invalid status: expected acknowledged, removed or disputed") from None
    try:
        done = notices.report_action(store, item_id, wanted, first(form, "reason"), actor=actor, platform=platform)
    except NoticeError as exc:
        raise BadRequest(422, str(exc)) from None
    if done is None:
        raise not_found("通知条目")
    return RedirectResponse(f"/operator/notices/{done['notice_id']}#item-{item_id}", status_code=303)


# -- JSON API ------------------------------------------------------------------------------------------------------
class EvidenceFileOut(BaseModel):
    """One file of the evidence behind a listing on a notice: the office sends the file, its SHA-256 proves it."""

    kind: Literal["page", "screenshot"]
    file: str = Field(description="文件名 the name `shelfwatch evidence export` gives it")
    sha256: str
    fetched_at: str = Field(description="抓取时间 when the page was fetched (UTC)")
    final_url: str = Field(description="最终地址 the URL that answered, after redirects")
    page_sha256: str | None = Field(description="截图所示页面 for a screenshot: the SHA-256 of the page it shows")


class ItemOut(BaseModel):
    """One listing on a notice."""

    id: int
    status: str
    reason: str
    url: str
    item_id: str
    title: str
    seller: str
    maker: str
    violation: str
    code: str
    explanation: str
    rule_entry: str
    rule_source: str
    evidence: str
    evidence_sha256: list[str]
    evidence_files: list[EvidenceFileOut]
    fetched_at: str | None
    removed_at: str | None


class NoticeOut(BaseModel):
    """A takedown notice with its items."""

    id: int
    number: str
    platform: str
    issued_at: str
    deadline_at: str
    items: list[ItemOut]


class NoticeSummary(BaseModel):
    id: int
    number: str
    platform: str
    issued_at: str
    deadline_at: str
    items: int
    overdue: int


class ActionIn(BaseModel):
    """What the platform did about one item."""

    status: Literal["acknowledged", "removed", "disputed"]
    reason: str = Field(default="", max_length=2000, description="理由：异议必填 required for a dispute")


class ActionOut(BaseModel):
    id: int
    status: str
    reason: str
    updated_at: str


class Problem(BaseModel):
    detail: str


_ERRORS: dict[int | str, dict[str, object]] = {
    401: {"model": Problem, "description": "未登录或令牌无效 missing or invalid token"},
    403: {"model": Problem, "description": "无权访问 not an operator"},
    404: {"model": Problem, "description": "本平台没有这个记录 no such record on your platform"},
}


@api.get("/notices", response_model=list[NoticeSummary], responses=_ERRORS)
def api_notices(store: StoreDep, platform: PlatformDep) -> list[NoticeSummary]:
    """本平台的下架通知，最新的在前。 Your platform's notices, newest first."""
    at = now()
    return [NoticeSummary(id=n.id, number=n.number, platform=n.platform, issued_at=notices.utc(n.issued_at),
                          deadline_at=notices.utc(n.deadline_at), items=len(n.items), overdue=n.overdue(at))
            for n in notices.list_notices(store, platform=platform, for_platform=True)]


@api.get("/notices/{notice_id:id}", response_model=NoticeOut, responses=_ERRORS)
def api_notice(store: StoreDep, platform: PlatformDep, notice_id: int) -> NoticeOut:
    """一份通知及其条目。 One notice with its items."""
    notice = notices.get_notice(store, notice_id, platform=platform, for_platform=True)
    if notice is None:
        raise not_found("通知")
    return NoticeOut.model_validate(notices.to_json(notice))


@api.post("/items/{item_id:id}", response_model=ActionOut, responses=_ERRORS | {
    422: {"model": Problem, "description": "不允许的状态变化或缺少理由 move not allowed or reason missing"}})
def api_report(store: StoreDep, actor: ActorDep, platform: PlatformDep,
               item_id: int, action: ActionIn) -> ActionOut:
    """上报一个条目的处理结果：受理、已下架或异议（须附理由）。 Report what was done about one item."""
    try:
        done = notices.report_action(store, item_id, ItemStatus(action.status), action.reason, actor=actor,
                                     platform=platform)
    except NoticeError as exc:
        raise BadRequest(422, str(exc)) from None
    if done is None:
        raise not_found("通知条目")
    return ActionOut(id=done["id"], status=done["status"], reason=done["reason"], updated_at=done["updated_at"])

