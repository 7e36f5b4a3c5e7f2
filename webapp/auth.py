"""The one gate every request passes: Host allowlist, sign-in, role by area, CSRF. Deny by default.

It sits in front of the router as ASGI middleware, so a route added anywhere (another router, a mount) is covered
without doing anything: only the login page and static files are open, every other path needs a signed-in
account whose role may enter that path's area, and every state-changing request made with a session cookie needs
that session's CSRF token and must come from the app's own pages.
"""

from __future__ import annotations

import hmac
from enum import StrEnum
from urllib.parse import parse_qs, quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shelfwatch import accounts
from shelfwatch.accounts import Principal, Role
from shelfwatch.store import Store
from webapp.render import error_page
from webapp.security import is_same_origin

SESSION_COOKIE = "shelfwatch_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
MAX_BODY = 64 * 1024  # forms and API reports are a few hundred bytes
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class Area(StrEnum):
    """Who may enter a path."""

    PUBLIC = "public"
    """The login page and static files."""
    SIGNED_IN = "signed_in"
    """Any account: signing out, the API description."""
    OPERATOR = "operator"
    """A platform operator's own pages and API (each route scopes to the operator's platform)."""
    ADMIN = "admin"
    """Accounts and tokens."""
    OFFICE = "office"
    """Everything else: the inspection office's case data (the default)."""


ROLE_AREAS: dict[Role, frozenset[Area]] = {
    Role.ADMIN: frozenset({Area.SIGNED_IN, Area.OFFICE, Area.ADMIN}),
    Role.INSPECTOR: frozenset({Area.SIGNED_IN, Area.OFFICE}),
    Role.OPERATOR: frozenset({Area.SIGNED_IN, Area.OPERATOR}),
}


def area_of(path: str) -> Area:
    """The area of a request path (pure). Anything not named below is office data: new routes are closed."""
    if path == "/login" or path.startswith("/static/"):
        return Area.PUBLIC
    if path in ("/logout", "/openapi.json"):
        return Area.SIGNED_IN
    if path in ("/operator", "/api/operator") or path.startswith(("/operator/", "/api/operator/")):
        return Area.OPERATOR
    if path == "/admin" or path.startswith("/admin/"):
        return Area.ADMIN
    return Area.OFFICE


def may_enter(role: Role, area: Area) -> bool:
    return area is Area.PUBLIC or area in ROLE_AREAS[role]


def token_allowed(path: str) -> bool:
    """API tokens work on the operator API and its description only; pages need a session."""
    return path.startswith("/api/operator/") or path == "/openapi.json"


def host_allowed(host_header: str, allowed: frozenset[str]) -> bool:
    """Whether the Host header names this app (port ignored; ``[::1]:8000`` style handled)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1:].split("]", 1)[0]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host in allowed


def _is_api(path: str) -> bool:
    return path.startswith("/api/") or path == "/openapi.json" or path.endswith((".csv", ".json", ".xlsx"))


class AuthGate:
    """ASGI middleware: see the module docstring. ``store`` is read from the app state at request time."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: frozenset[str], trusted_origins: frozenset[str]) -> None:
        self.app = app
        self.allowed_hosts = allowed_hosts
        self.trusted_origins = trusted_origins

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        path: str = scope["path"]
        refusal = self._refuse_host(request)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        area = area_of(path)
        if area is Area.PUBLIC:
            await self.app(scope, receive, send)
            return
        store: Store = scope["app"].state.store
        principal = await run_in_threadpool(self._principal, store, request, path)
        if principal is None:
            await self._sign_in_first(request, path)(scope, receive, send)
            return
        if not may_enter(principal.user.role, area):
            await self._deny(request, path, 403, "您的账号无权访问此页面。 Your account may not open this page.")(
                scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        if scope["method"] in SAFE_METHODS or principal.via == "token":
            await self.app(scope, receive, send)
            return
        # A browser session changing state: same origin and the session's CSRF token, read from the body.
        if not is_same_origin(request, self.trusted_origins):
            await self._deny(request, path, 403, "只能从本系统页面提交。 Only this app's own pages may post here.")(
                scope, receive, send)
            return
        body, too_big = await _read_body(receive)
        if too_big:
            await self._deny(request, path, 413, "请求过大。 Request too large.")(scope, receive, send)
            return
        if not _csrf_ok(request, body, principal.csrf):
            await self._deny(request, path, 403, "表单已过期，请刷新页面后重试。 The form expired (CSRF token "
                                                 "missing or wrong): reload the page and try again.")(
                scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    def _refuse_host(self, request: Request) -> Response | None:
        if host_allowed(request.headers.get("host", ""), self.allowed_hosts):
            return None
        # DNS rebinding: a page on another name reaching this port through the user's browser.
        return Response("主机名不被接受 Host not allowed\n", status_code=400, media_type="text/plain; charset=utf-8")

    @staticmethod
    def _principal(store: Store, request: Request, path: str) -> Principal | None:
        auth = request.headers.get("authorization", "")
        if auth[:7].lower() == "bearer ":
            return accounts.token_principal(store, auth[7:].strip()) if token_allowed(path) else None
        cookie = request.cookies.get(SESSION_COOKIE)
        return accounts.session_principal(store, cookie) if cookie else None

    @staticmethod
    def _sign_in_first(request: Request, path: str) -> Response:
        if _is_api(path) or request.method not in SAFE_METHODS:
            return JSONResponse({"detail": "需要登录 authentication required"}, status_code=401,
                                headers={"WWW-Authenticate": 'Bearer realm="shelfwatch"'})
        here = path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse("/login?next=" + quote(here, safe=""), status_code=303)

    @staticmethod
    def _deny(request: Request, path: str, status: int, message: str) -> Response:
        if _is_api(path):
            return JSONResponse({"detail": message}, status_code=status)
        return error_page(request, status, message)


def _csrf_ok(request: Request, body: bytes, expected: str) -> bool:
    sent = request.headers.get(CSRF_HEADER, "")
    if not sent and request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        sent = parse_qs(body.decode("utf-8", errors="replace")).get(CSRF_FIELD, [""])[0]
    return bool(sent) and hmac.compare_digest(sent.encode(), expected.encode())


async def _read_body(receive: Receive) -> tuple[bytes, bool]:
    body = b""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return body, False
        body += message.get("body", b"")
        if len(body) > MAX_BODY:
            return b"", True
        if not message.get("more_body", False):
            return body, False


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read once, then the client's own channel (so a real disconnect is still seen)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def principal_of(request: Request) -> Principal:
    """The signed-in principal the gate attached (every non-public route has one)."""
    principal: Principal | None = request.scope.get("state", {}).get("principal")
    if principal is None:  # a public path asking for a principal is a programming error, not a user's
        raise RuntimeError("route outside the auth gate asked for a principal")
    return principal
