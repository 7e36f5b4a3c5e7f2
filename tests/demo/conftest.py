"""Fixtures for the demo marketplace tests: one generated market and one running server per session."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from demo import DemoServer, Marketplace, generate_marketplace

AS_OF = date(2026, 11, 27)
"""Fixed crawl date, so the truth does not move with the calendar."""


@pytest.fixture(scope="session")
def market() -> Marketplace:
    return generate_marketplace(as_of=AS_OF)


@pytest.fixture(scope="session")
def server(market: Marketplace) -> Iterator[DemoServer]:
    with DemoServer(market) as srv:
        yield srv
