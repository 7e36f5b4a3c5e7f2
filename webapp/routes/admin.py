"""Accounts and API tokens, for administrators (every change is audited by ``shelfwatch.accounts``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from shelfwatch import accounts
from shelfwatch.accounts import AccountError, Role
from webapp.deps import ActorDep, StoreDep
from webapp.errors import BadRequest
from webapp.forms import first, read_form
from webapp.render import render

router = APIRouter(include_in_schema=False)


def _page(request: Request, store: StoreDep, *, new_token: str = "", error: str = "", status: int = 200) -> Response:
    return render(request, "admin.html", {
        "title": "账号与令牌 Accounts and tokens", "users": accounts.list_users(store),
        "tokens": accounts.list_tokens(store), "new_token": new_token, "error": error,
        "roles": [str(r) for r in Role],
    }, status_code=status)


@router.get("/admin/users")
def admin_page(request: Request, store: StoreDep) -> Response:
    return _page(request, store)


@router.post("/admin/users")
async def add_user(request: Request, store: StoreDep, actor: ActorDep) -> Response:
    form = await read_form(request)
    try:
        role = Role(first(form, "role"))
    except ValueError:
        raise BadRequest(422, "角色无效 invalid role: expected admin, inspector or operator") from None
    try:
        accounts.add_user(store, first(form, "name").strip(), role, first(form, "password"),
                          platform=first(form, "platform").strip(), actor=actor)
    except AccountError as exc:
        return _page(request, store, error=str(exc), status=422)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id:id}/active")
async def set_active(request: Request, store: StoreDep, actor: ActorDep, user_id: int) -> Response:
    form = await read_form(request)
    user = next((u for u in accounts.list_users(store) if u.id == user_id), None)
    if user is None:
        raise BadRequest(404, "账号不存在。 No such account.")
    if user.id == actor.id:
        raise BadRequest(422, "不能停用自己的账号。 You cannot disable your own account.")
    accounts.set_active(store, user.name, first(form, "active") == "true", actor=actor)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/tokens")
async def create_token(request: Request, store: StoreDep, actor: ActorDep) -> Response:
    form = await read_form(request)
    try:
        _tid, token = accounts.create_token(store, first(form, "name").strip(), actor=actor)
    except AccountError as exc:
        return _page(request, store, error=str(exc), status=422)
    return _page(request, store, new_token=token)  # shown this once; only its hash is kept


@router.post("/admin/tokens/{token_id:id}/revoke")
def revoke_token(store: StoreDep, actor: ActorDep, token_id: int) -> Response:
    try:
        accounts.revoke_token(store, token_id, actor=actor)
    except AccountError as exc:
        raise BadRequest(404 if "no token" in str(exc) else 422, str(exc)) from None
    return RedirectResponse("/admin/users", status_code=303)
