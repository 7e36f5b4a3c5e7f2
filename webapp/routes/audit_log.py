"""The audit log for the office: read it filtered and paged, export it whole (the export is itself logged)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from shelfwatch import audit
from webapp.deps import ActorDep, StoreDep
from webapp.render import render

router = APIRouter(include_in_schema=False)

PAGE_SIZE = 100


@router.get("/audit")
def audit_page(
    request: Request,
    store: StoreDep,
    action: str = "",
    actor: Annotated[str, Query(max_length=64)] = "",
    page: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> Response:
    rows, total = audit.entries(store, action=action or None, actor=actor or None, limit=PAGE_SIZE,
                                offset=(page - 1) * PAGE_SIZE)
    return render(request, "audit.html", {
        "title": "审计日志 Audit log", "rows": rows, "total": total, "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)), "filters": {"action": action, "actor": actor},
        "action_labels": audit.ACTIONS,
    })


@router.get("/audit.csv")
def audit_csv(store: StoreDep, actor: ActorDep) -> Response:
    audit.append(store, actor, "export", "audit_log", "all")
    return Response(audit.to_csv(audit.iter_all(store)), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="shelfwatch-audit.csv"'})
