"""Every route of the app, flattened (FastAPI keeps included routers as nodes of ``app.routes``), and concrete
requests to each, with path parameters filled from a table (kept apart from conftest.py, see webapp_seed.py)."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from starlette.routing import BaseRoute, Mount

_PARAM = re.compile(r"\{([A-Za-z_]+)(?::[a-z]+)?\}")


def walk_routes(app: FastAPI) -> list[tuple[str, set[str], BaseRoute]]:
    """(full path template, methods, route) of every route, included routers and mounts included."""
    out: list[tuple[str, set[str], BaseRoute]] = []

    def visit(routes: list[Any], prefix: str) -> None:
        for r in routes:
            if hasattr(r, "original_router"):  # FastAPI's node for an included router
                visit(r.original_router.routes, prefix + r.include_context.prefix)
            elif isinstance(r, Mount):
                out.append((prefix + r.path, {"GET"}, r))
            else:
                out.append((prefix + r.path, set(getattr(r, "methods", None) or {"GET"}) - {"HEAD"}, r))

    visit(list(app.routes), "")
    return out


def concrete_paths(app: FastAPI, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(method, path) for every route and method, parameters taken from ``values`` by name (default ``1``)."""
    requests = []
    for path, methods, route in walk_routes(app):
        if isinstance(route, Mount):
            path = path + "/style.css"
        filled = _PARAM.sub(lambda m: str(values.get(m.group(1), 1)), path)
        requests.extend((method, filled) for method in sorted(methods))
    return requests
