"""Running one watch and recording the attempt in its store's ``task_runs``: shared by Celery and the CLI.

A run row is written when the attempt starts (``running``) and finished with its state, figures, error and alarms,
so ``shelfwatch runs`` shows what ran, what is running and what failed, whichever way it was started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

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
    return alarms


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


def record_skip(watch: Watch, reason: str, *, task_id: str = "") -> None:
    store = Store(watch.db)
    try:
        store.finish_run(store.start_run("crawl_watch", watch=watch.name, task_id=task_id), "skipped", error=reason)
    finally:
        store.close()
