"""A watch's allowed sites, keywords and categories through the real worker: the crawl task's child process gets
the watch's scope and start URLs, and its run record counts the watched categories (as `watch run` does)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from celery import Celery

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from crawl_shop import Shop, three_site_shop  # noqa: E402

from shelfwatch.store import Store  # noqa: E402

pytestmark = pytest.mark.redis


@pytest.fixture
def three_sites() -> Iterator[tuple[Shop, Shop, Shop]]:
    with three_site_shop() as sites:
        yield sites


def test_the_crawl_task_follows_links_to_the_watchs_allowed_sites_only(
    worker: Celery, write_watches: Callable[[str], Path], three_sites: tuple[Shop, Shop, Shop], tmp_path: Path
) -> None:
    shop, partner, stranger = three_sites
    write_watches(f'[watches.scoped]\nstart_urls = ["{shop.url("/list")}"]\nevery_minutes = 60\n'
                  f'allowed_sites = ["127.0.0.2"]\ndb = "{tmp_path / "scoped.db"}"\n')
    result = worker.send_task("shelfwatch.crawl_watch", args=["scoped"]).get(timeout=180)
    assert partner.hits["/item/2.html"] == 1 and stranger.total_hits == 0
    assert result["stats"]["items_stored"] == 2 and result["stats"]["refused"] == {"offsite_link": 1}


def test_the_crawl_task_starts_from_keyword_searches_and_counts_categories(  # type: ignore[no-untyped-def]
    worker: Celery, write_watches: Callable[[str], Path], demo_site, small_market, tmp_path: Path
) -> None:
    db = tmp_path / "kids.db"
    write_watches(f'[watches.kids]\nplatform = "jd-demo"\nkeywords = ["儿童玩具"]\nsearch_site = "{demo_site.base_url}"\n'
                  f'categories = ["toys"]\nevery_minutes = 60\ndb = "{db}"\n')
    result = worker.send_task("shelfwatch.crawl_watch", args=["kids"]).get(timeout=180)
    toys = {t["url"] for t in small_market.truth if t["platform"] == "jd-demo" and t["category"] == "toys"}
    store = Store(str(db))
    try:
        stored = {r["url"].removeprefix(demo_site.base_url) for r in store.iter_listings()}
        (run,) = store.recent_runs()
    finally:
        store.close()
    assert toys and stored == toys
    assert result["stats"]["categories"] == run["stats"]["categories"]
    assert run["stats"]["categories"]["watched"]["toys"] + run["stats"]["categories"]["outside"] == len(toys)
