"""The FastAPI app over the crawler's own store: built once from settings, like every other component."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from shelfwatch.settings import Settings
from shelfwatch.wiring import open_search, open_store
from webapp import ids
from webapp.auth import AuthGate
from webapp.render import error_page
from webapp.routes import (
    account,
    admin,
    audit_log,
    cases,
    inspect,
    notices,
    operator,
    operators,
    search,
    spotchecks,
)
from webapp.security import SecurityHeaders

STATIC_DIR = Path(__file__).parent / "static"


def _is_api(request: Request) -> bool:
    # Machine clients (JSON, CSV, XLSX) get JSON errors; people get the Chinese error page.
    path = request.url.path
    return path.startswith("/api/") or path.endswith((".csv", ".json", ".xlsx"))


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    if exc.status_code == 404 and detail == "Not Found":  # Starlette's own, for paths no route matches
        detail = "没有这个页面或记录。 No such page or record."
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)
    response = error_page(request, exc.status_code, detail)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(
        f"{'.'.join(str(p) for p in err.get('loc', ()) if p not in ('query', 'path', 'body'))}: {err.get('msg', '')}"
        for err in exc.errors()
    )
    if _is_api(request):
        return JSONResponse({"detail": problems}, status_code=422)
    return error_page(request, 422, f"参数无效 invalid parameter — {problems}")


def _split(value: str) -> frozenset[str]:
    return frozenset(v.strip().lower().rstrip("/") for v in value.split(",") if v.strip())


def allowed_hosts(settings: Settings, bound_host: str | None) -> frozenset[str]:
    """The Host names answered: the setting, else the bound address (plus ``localhost`` for a loopback one)."""
    if settings.allowed_hosts.strip():
        return _split(settings.allowed_hosts)
    host = (bound_host or "127.0.0.1").lower()
    loopback = host in ("127.0.0.1", "::1", "localhost")
    return frozenset({host, "localhost", "127.0.0.1", "::1"} if loopback else {host})


def create_app(settings: Settings, *, bound_host: str | None = None) -> FastAPI:
    """The web app reading and reviewing the store named by ``settings`` (the same one the crawler writes).

    ``bound_host`` is the address ``shelfwatch serve`` listens on: with ``SHELFWATCH_ALLOWED_HOSTS`` unset, it is
    the only Host name the app answers (a DNS-rebinding page reaching the port under another name is refused).
    """
    ids.register()
    store = open_store(settings)
    index = open_search(settings, store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        index.close()
        store.close()

    # The OpenAPI document is served as JSON only: the docs pages load scripts from a CDN, which the CSP forbids.
    app = FastAPI(
        title="shelfwatch platform API",
        summary="平台运营接口：本平台的下架通知，上报处理结果。 Takedown notices of the operator's own platform.",
        version="0.2",
        lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.search = index
    trusted = _split(settings.trusted_origins)
    app.state.trusted_origins = trusted
    # Order matters: the last added runs first. Security headers wrap everything, the gate wraps every route.
    app.add_middleware(AuthGate, allowed_hosts=allowed_hosts(settings, bound_host), trusted_origins=trusted)
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(account.router)
    app.include_router(inspect.router)
    app.include_router(notices.router)
    app.include_router(audit_log.router)
    app.include_router(spotchecks.router)
    app.include_router(cases.router)
    app.include_router(admin.router)
    app.include_router(operators.router)
    app.include_router(operator.router)
    app.include_router(operator.api)
    app.include_router(search.router)
    return app
