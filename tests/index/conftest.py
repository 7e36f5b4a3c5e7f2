"""A small Chinese corpus and an index factory that runs every contract test on each backend."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator

import pytest
from index_corpus import CORPUS

from index import IndexedListing, SearchIndex, open_index

ES_URL = os.environ.get("SHELFWATCH_ES_URL")


BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("elasticsearch", id="elasticsearch", marks=[
        pytest.mark.elasticsearch,
        pytest.mark.skipif(not ES_URL, reason="set SHELFWATCH_ES_URL=http://host:9200 to run the Elasticsearch "
                                              "backend tests (no ES server can be installed here)"),
    ]),
]

IndexFactory = Callable[[], SearchIndex]


@pytest.fixture(params=BACKENDS)
def make_index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[IndexFactory]:
    """Open a fresh empty index of the parametrized backend (call again to reopen the same one)."""
    opened: list[SearchIndex] = []
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("idx") / "shelfwatch.db"
        options: dict[str, object] = {"path": path}
    else:
        options = {"url": ES_URL, "name": f"shelfwatch-test-{uuid.uuid4().hex[:12]}", "refresh": True}

    def factory() -> SearchIndex:
        index = open_index(request.param, **options)
        opened.append(index)
        return index

    yield factory
    if request.param == "elasticsearch" and opened:
        opened[-1].drop()  # type: ignore[attr-defined]
    for index in opened:
        index.close()


@pytest.fixture
def corpus() -> list[IndexedListing]:
    """The test listings; listing n has id n and URL http://shop.test/item/n."""
    return list(CORPUS)


@pytest.fixture
def corpus_index(make_index: IndexFactory) -> SearchIndex:
    """An index holding CORPUS."""
    index = make_index()
    index.upsert(CORPUS)
    return index
