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
from webapp.render import error_page
from webapp.routes import inspect, operators, search
from webapp.security import SecurityHeaders

STATIC_DIR = Path(__file__).parent / "static"


def _is_api(request: Request) -> bool:
    # Machine clients (JSON, CSV) get JSON errors; people get the Chinese error page.
    return request.url.path.startswith("/api/") or request.url.path.endswith(".csv")


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


def create_app(settings: Settings) -> FastAPI:
    """The web app reading and reviewing the store named by ``settings`` (the same one the crawler writes)."""
    store = open_store(settings)
    index = open_search(settings, store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        index.close()
        store.close()

    # No OpenAPI pages: they load scripts from a CDN, which the CSP (rightly) forbids.
    app = FastAPI(title="shelfwatch", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.store = store
    app.state.search = index
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(inspect.router)
    app.include_router(operators.router)
    app.include_router(search.router)
    return app
