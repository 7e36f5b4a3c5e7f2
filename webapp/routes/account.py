"""Signing in and out. The login page is the only page open without an account."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from shelfwatch import accounts, audit
from shelfwatch.accounts import Role
from shelfwatch.audit import Actor
from shelfwatch.settings import Settings
from webapp.auth import SESSION_COOKIE
from webapp.deps import PrincipalDep, StoreDep, client_ip
from webapp.errors import BadRequest
from webapp.forms import first, read_form
from webapp.render import render
from webapp.security import is_same_origin, safe_next

router = APIRouter(include_in_schema=False)


def _trusted(request: Request) -> frozenset[str]:
    trusted: frozenset[str] = request.app.state.trusted_origins
    return trusted


@router.get("/login")
def login_page(request: Request, next: str = "") -> Response:
    return render(request, "login.html", {"title": "登录 Sign in", "next": safe_next(next, ""), "error": ""})


@router.post("/login")
async def login(request: Request, store: StoreDep) -> Response:
    if not is_same_origin(request, _trusted(request)):
        raise BadRequest(403, "只能从本系统登录页登录。 Sign in from this app's own login page.")
    form = await read_form(request)
    name, password, target = first(form, "name").strip()[:64], first(form, "password"), first(form, "next")
    settings: Settings = request.app.state.settings
    ip = client_ip(request)
    actor = Actor(name=name, ip=ip)
    context = {"title": "登录 Sign in", "next": safe_next(target, "")}
    if accounts.login_refused(store, name, ip, max_failures=settings.login_max_failures,
                              minutes=settings.login_window_minutes):
        audit.append(store, actor, "login_blocked", "user", name)
        return render(request, "login.html", context | {
            "error": f"登录失败次数过多，请 {settings.login_window_minutes} 分钟后再试。 Too many failed sign-ins: "
                     f"try again in {settings.login_window_minutes} minutes."}, status_code=429)
    user = accounts.authenticate(store, name, password)
    if user is None:
        audit.append(store, actor, "login_failed", "user", name)
        return render(request, "login.html", context | {
            "error": "用户名或密码错误。 Wrong name or password."}, status_code=401)
    secret, _csrf = accounts.start_session(store, user, hours=settings.session_hours)
    audit.append(store, Actor(name=user.name, id=user.id, ip=ip), "login", "user", user.id)
    home = "/operator" if user.role is Role.OPERATOR else "/"
    response = RedirectResponse(safe_next(target, home) if user.role is not Role.OPERATOR else home,
                                status_code=303)
    response.set_cookie(SESSION_COOKIE, secret, max_age=settings.session_hours * 3600, httponly=True,
                        samesite="strict", secure=request.url.scheme == "https", path="/")
    return response


@router.post("/logout")
def logout(request: Request, store: StoreDep, principal: PrincipalDep) -> Response:
    if principal.session_id is not None:
        accounts.end_session(store, principal.session_id)
    user = principal.user
    audit.append(store, Actor(name=user.name, id=user.id, ip=client_ip(request)), "logout", "user", user.id)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
