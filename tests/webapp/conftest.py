"""Fixtures of the web app tests: the seeded store (see webapp_seed.py), its accounts, and the app over it.

``client`` is an inspector's signed-in browser (session cookie and CSRF token), so page tests read as before;
``login(user)`` gives any account's browser, ``anon`` a browser that has not signed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from live_server import serving
from webapp_seed import PASSWORD, People, Seeded, add_people, seed

from shelfwatch import accounts
from shelfwatch.accounts import User
from shelfwatch.models import Listing
from shelfwatch.settings import Settings
from shelfwatch.store import Store
from webapp import create_app
from webapp.auth import CSRF_HEADER, SESSION_COOKIE

Login = Callable[[User], TestClient]


@pytest.fixture(scope="session")
def password_hash() -> str:
    """One argon2 hash of PASSWORD for every fixture account (hashing is slow on purpose)."""
    return PasswordHasher().hash(PASSWORD)


@pytest.fixture
def seeded(fresh_store: Store, make_listing: Callable[..., Listing]) -> Seeded:
    return seed(fresh_store, make_listing)


@pytest.fixture
def people(fresh_store: Store, password_hash: str) -> People:
    return add_people(fresh_store, password_hash)


@pytest.fixture
def settings(fresh_store: Store) -> Settings:
    return Settings(db=fresh_store.url, allowed_hosts="testserver,127.0.0.1")


@pytest.fixture
def app(settings: Settings, seeded: Seeded, people: People) -> Iterator[FastAPI]:
    """The app over the seeded store's file, opened the way `shelfwatch serve` opens it (from settings)."""
    application = create_app(settings)
    yield application
    application.state.search.close()
    application.state.store.close()


@pytest.fixture
def login(app: FastAPI, fresh_store: Store) -> Login:
    """A browser signed in as ``user``: the session cookie, and the CSRF token its pages' forms carry."""

    def make(user: User) -> TestClient:
        secret, csrf = accounts.start_session(fresh_store, user, hours=1)
        c = TestClient(app)
        c.cookies.set(SESSION_COOKIE, secret)
        c.headers[CSRF_HEADER] = csrf
        return c

    return make


@pytest.fixture
def client(login: Login, people: People) -> TestClient:
    return login(people.inspector)


@pytest.fixture
def anon(app: FastAPI) -> TestClient:
    return TestClient(app)


@pytest.fixture
def served(app: FastAPI) -> Iterator[str]:
    """The app over real HTTP on 127.0.0.1 (uvicorn in a thread)."""
    with serving(app) as url:
        yield url
