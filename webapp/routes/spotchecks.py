"""Spot-check draws (双随机): draw, see who checks what, record each test purchase's result."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from shelfwatch import spotcheck
from shelfwatch.spotcheck import DrawError
from webapp.deps import ActorDep, StoreDep
from webapp.errors import BadRequest, not_found
from webapp.forms import first, read_form
from webapp.render import render

router = APIRouter(include_in_schema=False)


@router.get("/spotchecks")
def draws_page(request: Request, store: StoreDep) -> Response:
    return render(request, "spotchecks.html", {"title": "双随机抽检 Spot checks", "draws": spotcheck.list_draws(store)})


@router.post("/spotchecks")
async def new_draw(request: Request, store: StoreDep, actor: ActorDep) -> Response:
    form = await read_form(request)
    seed = first(form, "seed").strip()[:64] or secrets.token_hex(8)  # no seed given: a fresh random one, recorded
    try:
        per_stratum = int(first(form, "per_stratum") or "1")
    except ValueError:
        raise BadRequest(422, "每层抽取数须为整数 per_stratum must be a whole number") from None
    if not 1 <= per_stratum <= 100:
        raise BadRequest(422, "每层抽取数须在 1-100 之间 per_stratum must be 1-100")
    try:
        did = spotcheck.record_draw(store, seed=seed, per_stratum=per_stratum, actor=actor)
    except DrawError as exc:
        raise BadRequest(422, str(exc)) from None
    return RedirectResponse(f"/spotchecks/{did}", status_code=303)


@router.get("/spotchecks/{draw_id:id}")
def draw_page(request: Request, store: StoreDep, draw_id: int) -> Response:
    got = spotcheck.get_draw(store, draw_id)
    if got is None:
        raise not_found("抽检")
    head, items = got
    return render(request, "spotcheck.html", {"title": f"抽检 Spot check {draw_id}", "draw": head, "items": items,
                                              "reproduced": spotcheck.is_reproduced(store, draw_id)})


@router.post("/spotchecks/items/{item_id:id}")
async def item_outcome(request: Request, store: StoreDep, actor: ActorDep, item_id: int) -> Response:
    form = await read_form(request)
    try:
        ok = spotcheck.set_outcome(store, item_id, first(form, "outcome"), actor=actor)
    except DrawError as exc:
        raise BadRequest(422, str(exc)) from None
    if not ok:
        raise not_found("抽检")
    back = first(form, "draw")
    return RedirectResponse(f"/spotchecks/{int(back)}" if back.isdigit() and len(back) < 18 else "/spotchecks",
                            status_code=303)
