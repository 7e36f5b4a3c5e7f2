"""Where the crawl reads its pages: in worker processes beside the reactor, or on the reactor thread itself.

Extraction is the largest piece of Python work per page in the crawl's own process (about a fifth of the reactor's
samples, py-spy of the demo crawl), and the reactor thread is what every fetch waits on. With spare cores, a pool of
worker processes reads the pages while the reactor goes on fetching; each worker is spawned once and reads many
pages. The reactor and the writer process (crawlers/pipelines.py) each want a core of their own, so on a machine
with two cores or fewer a pool only competes with them: there, by default, pages are read on the reactor thread as
before. ``SHELFWATCH_EXTRACT_WORKERS`` says how many workers (0: none; -1, the default: one per core beyond two).

Both ways run the same function, :func:`extractors.extract_page`, with the same arguments: there is no second
reading path. A worker that dies on a page (lxml crashing on hostile markup, the memory killer) costs that page its
facts, never the crawl: the page is kept without facts and counted, as a page the extractors raised on is, and a new
pool takes over.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from extractors import PageExtraction, extract_page
from extractors.page import ProductPage

logger = logging.getLogger(__name__)

RESERVED_CORES = 2
"""The reactor's core and the writer's."""


def worker_count(setting: int, cores: int | None = None) -> int:
    """Workers for ``SHELFWATCH_EXTRACT_WORKERS``: the setting itself when 0 or more, else one per core beyond
    :data:`RESERVED_CORES` (none on two cores)."""
    if setting >= 0:
        return setting
    cores = cores if cores is not None else len(os.sched_getaffinity(0))
    return max(0, cores - RESERVED_CORES)


class ReadFailed(Exception):
    """The worker reading a page died; the page is kept without facts."""


def _warm() -> None:
    """Run first in each worker, so that its imports (lxml, the grammars) happen while the crawl fetches lists."""


class PageReader:
    """``await reader.read(...)`` is :func:`extract_page` run in the pool, or in place when there is none."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def start(self) -> None:
        if self.workers and self._pool is None:
            # Spawned, not forked: the crawl process has threads (the reactor's resolver, Playwright's).
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"))
            for _ in range(self.workers):
                self._pool.submit(_warm)

    async def read(
        self, body: bytes, url: str, *, content_type: str, encoding: str | None,
        page_object: str | type[ProductPage],
    ) -> PageExtraction:
        if not self.workers:
            return extract_page(body, url, content_type=content_type, encoding=encoding, page_object=page_object)
        self.start()
        pool = self._pool
        assert pool is not None
        try:
            future = pool.submit(extract_page, body, url, content_type=content_type, encoding=encoding,
                                 page_object=page_object)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            # Every page in flight in the dead pool fails alike; the next page starts a new one.
            if self._pool is pool:
                self._pool = None
                pool.shutdown(wait=False, cancel_futures=True)
            raise ReadFailed(f"the worker reading {url} died: {exc}") from exc

    def close(self) -> None:
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.shutdown(wait=False, cancel_futures=True)
