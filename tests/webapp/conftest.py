"""Fixtures of the web app tests: the seeded store (see webapp_seed.py) and the app over it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from webapp_seed import Seeded, seed

from shelfwatch.models import Listing
from shelfwatch.settings import Settings
from shelfwatch.store import Store
from webapp import create_app


@pytest.fixture
def seeded(fresh_store: Store, make_listing: Callable[..., Listing]) -> Seeded:
    return seed(fresh_store, make_listing)


@pytest.fixture
def app(fresh_store: Store, seeded: Seeded) -> FastAPI:
    """The app over the seeded store's file, opened the way `shelfwatch serve` opens it (from settings)."""
    return create_app(Settings(db=fresh_store.url))


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:  # `with` runs the lifespan, so the app's store and index are closed afterwards
        yield c
