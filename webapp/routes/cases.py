"""Confirmed cases by the maker's region, and the CSV that transfers a region's cases to its bureau (属地查处)."""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import Response

from shelfwatch import audit, cases
from shelfwatch.regions import provinces
from webapp.deps import ActorDep, StoreDep
from webapp.errors import not_found
from webapp.render import render

router = APIRouter(include_in_schema=False)


@router.get("/cases")
def cases_page(request: Request, store: StoreDep) -> Response:
    return render(request, "cases.html", {"title": "属地移送 Cases by region",
                                          "regions": cases.per_region(cases.confirmed_cases(store))})


@router.get("/cases/{region_code}.csv")
def transfer(store: StoreDep, actor: ActorDep, region_code: str) -> Response:
    if not re.fullmatch(r"\d{2}", region_code) or region_code not in provinces():
        raise not_found("地区")
    audit.append(store, actor, "export", "case_transfer", region_code)
    return Response(cases.transfer_csv(cases.confirmed_cases(store), region_code), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="case-transfer-{region_code}.csv"'})
