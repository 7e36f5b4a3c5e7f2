"""What a route needs from the app, as FastAPI dependencies (built once in :func:`webapp.app.create_app`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from index import SearchIndex
from shelfwatch.accounts import Principal
from shelfwatch.audit import Actor
from shelfwatch.store import Review, Store
from webapp.auth import principal_of
from webapp.errors import BadRequest


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def _search(request: Request) -> SearchIndex:
    index: SearchIndex = request.app.state.search
    return index


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""


def _actor(request: Request) -> Actor:
    user = principal_of(request).user
    return Actor(name=user.name, id=user.id, ip=client_ip(request))


StoreDep = Annotated[Store, Depends(_store)]
SearchDep = Annotated[SearchIndex, Depends(_search)]
PrincipalDep = Annotated[Principal, Depends(principal_of)]
ActorDep = Annotated[Actor, Depends(_actor)]


def parse_review(value: str | None, *, required: bool) -> Review | None:
    """A review state from user input; an empty filter means "any", anything else unknown is refused."""
    if not value:
        if required:
            raise BadRequest(422, "缺少审核结果 missing review value: expected open, confirmed, dismissed or test_purchase")
        return None
    try:
        return Review(value)
    except ValueError:
        raise BadRequest(
            422, f"审核结果无效 invalid review value {value[:40]!r}: expected open, confirmed, dismissed or test_purchase"
        ) from None
