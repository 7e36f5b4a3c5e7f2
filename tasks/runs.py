"""Running one watch and recording the attempt in its store's ``task_runs``: shared by Celery and the CLI.

A run row is written when the attempt starts (``running``) and finished with its state, figures, error and alarms,
so ``shelfwatch runs`` shows what ran, what is running and what failed, whichever way it was started.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from shelfwatch.schema import crawls, listings
from shelfwatch.store import Store
from tasks.watches import Watch

log = logging.getLogger(__name__)


class CrawlFailed(RuntimeError):
    """The crawl ended in error (the child process exited non-zero, or fetched nothing); worth trying again."""

    def __init__(self, message: str, stats: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.stats = stats


class CrawlTimedOut(RuntimeError):
    """The crawl ran past its watch's ``max_minutes`` and was stopped; not retried (it would time out again)."""


def run_alarms(stats: dict[str, Any] | None) -> list[str]:
    """What an inspector should look at after a run (Chinese first): nothing stored, failures, unreadable pages."""
    if not stats:
        return ["没有统计 no figures: the crawl printed none"]
    alarms = []
    if not stats.get("items_stored") and not any((stats.get("unchanged") or {}).values()):
        alarms.append("未存任何商品 no listing stored")  # listings found unchanged since stored are not "none"
    if stats.get("failed_requests"):
        alarms.append(f"请求失败 {stats['failed_requests']} failed requests")
    if stats.get("extraction_errors"):
        alarms.append(f"解析出错 {stats['extraction_errors']} pages could not be read")
    if stats.get("finish_reason") not in (None, "", "finished"):
        alarms.append(f"提前结束 ended early: {stats['finish_reason']}")
    watched = (stats.get("categories") or {}).get("watched") or {}
    empty = [key for key, n in watched.items() if not n]
    if empty and stats.get("items_stored"):  # nothing stored at all is alarmed above already
        alarms.append(f"关注品类无商品 no listing in watched categories: {', '.join(empty)}")
    return alarms


def last_crawl_id(db: str) -> int:
    """The newest crawl's id in the store (0: none yet); a run's own crawls come after it."""
    store = Store(db)
    try:
        with store.engine.connect() as conn:
            return int(conn.execute(select(func.max(crawls.c.id))).scalar() or 0)
    finally:
        store.close()


def category_figures(watch: Watch, since_crawl_id: int) -> dict[str, Any]:
    """Listings the watch's crawls after ``since_crawl_id`` stored, counted per watched category and outside them.

    A run's crawls are those started with the watch's start URLs (one per process of a shared-frontier run).
    """
    store = Store(watch.db)
    try:
        with store.engine.connect() as conn:
            ids = [cid for cid, urls in conn.execute(
                select(crawls.c.id, crawls.c.start_urls).where(crawls.c.id > since_crawl_id))
                if json.loads(urls or "[]") == list(watch.crawl_urls)]
            found = Counter({key: n for key, n in conn.execute(
                select(listings.c.category_key, func.count()).where(listings.c.last_crawl_id.in_(ids))
                .group_by(listings.c.category_key))} if ids else {})
    finally:
        store.close()
    outside = {key or "unclassified": n for key, n in sorted(found.items()) if key not in watch.categories}
    return {"watched": {key: found.get(key, 0) for key in watch.categories},
            "outside": sum(outside.values()), "outside_by_category": outside}


def run_progress(db: str, run: dict[str, Any], watch: Watch | None = None) -> dict[str, int]:
    """How far a running crawl run has got: its crawls so far and the listings they stored (read from the store,
    which every crawl process writes as it goes). With the watch known, only crawls from its start URLs count."""
    store = Store(db)
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(select(crawls.c.id, crawls.c.start_urls)
                                .where(crawls.c.started_at >= run["started_at"])).all()
            ids = [cid for cid, urls in rows if watch is None or json.loads(urls or "[]") == list(watch.crawl_urls)]
            stored = conn.execute(select(func.count()).where(listings.c.last_crawl_id.in_(ids))).scalar() if ids else 0
    finally:
        store.close()
    return {"crawls": len(ids), "listings": int(stored or 0)}


def figures_line(run: dict[str, Any]) -> str:
    """A run's figures in one short cell: ``3 items/6 pages; down_garments 1, outside 2``."""
    st = run["stats"] or {}
    if not st:
        return ""
    if "items_stored" not in st and "pages_fetched" not in st:  # an upkeep task: its own figures
        return ", ".join(f"{k} {v}" for k, v in st.items() if isinstance(v, int | float) and not isinstance(v, bool))
    line = f"{st.get('items_stored', '-')} items/{st.get('pages_fetched', '-')} pages"
    if st.get("categories"):
        line += f"; {category_summary(st['categories'])}"
    return line


def category_summary(figures: dict[str, Any]) -> str:
    """``down_garments 3, toys 0, outside 2`` for a run's ``categories`` figures."""
    parts = [f"{key} {n}" for key, n in (figures.get("watched") or {}).items()]
    return ", ".join([*parts, f"outside {figures.get('outside', 0)}"])


def with_categories(watch: Watch, work: Callable[[], dict[str, Any]]) -> Callable[[], dict[str, Any]]:
    """``work`` whose figures gain ``categories`` (see :func:`category_figures`) when the watch names categories."""
    if not watch.categories:
        return work

    def counted() -> dict[str, Any]:
        since = last_crawl_id(watch.db)
        stats = work()
        return {**stats, "categories": category_figures(watch, since)}

    return counted


def recorded(watch: Watch, work: Callable[[], dict[str, Any]], *, task_id: str = "", attempt: int = 1,
             kind: str = "crawl_watch",
             alarms: Callable[[dict[str, Any] | None], list[str]] = run_alarms) -> dict[str, Any]:
    """Run ``work`` (which returns the crawl's figures) as one recorded attempt; its exceptions pass through."""
    store = Store(watch.db)
    run_id = store.start_run(kind, watch=watch.name, task_id=task_id, attempt=attempt)
    store.close()
    state, stats, error = "failed", None, ""
    try:
        stats = work()
        state = "succeeded"
        return stats
    except BaseException as exc:  # recorded, then re-raised: a Celery retry or time limit must still see it
        error = f"{type(exc).__name__}: {exc}"[-4000:]
        stats = getattr(exc, "stats", None)
        raise
    finally:
        store = Store(watch.db)
        try:
            store.finish_run(run_id, state, stats=stats, error=error, alarms=alarms(stats) if stats else [])
        finally:
            store.close()


LOST = "丢失 lost: still marked running when the next run took the watch's lock (its worker died mid-run)"


def close_lost_runs(watch: Watch) -> int:
    """Record as failed the watch's crawl runs still marked running; call only while holding the watch's lock.

    Holding the lock proves no other run of the watch is alive, so such a row belongs to a run whose worker was
    killed before it could write how it ended. Returns how many were closed.
    """
    store = Store(watch.db)
    try:
        lost = [r for r in store.recent_runs(limit=1000, watch=watch.name)
                if r["kind"] == "crawl_watch" and r["state"] == "running"]
        for r in lost:
            store.finish_run(r["id"], "failed", stats=r["stats"], error=LOST, alarms=[LOST])
    finally:
        store.close()
    return len(lost)


def record_skip(watch: Watch, reason: str, *, task_id: str = "") -> None:
    store = Store(watch.db)
    try:
        store.finish_run(store.start_run("crawl_watch", watch=watch.name, task_id=task_id), "skipped", error=reason)
    finally:
        store.close()
