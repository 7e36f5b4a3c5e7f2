"""The Celery application: Redis broker and result backend, JSON only, one long crawl per worker slot.

Start workers with ``shelfwatch worker`` on any number of hosts and one scheduler with ``shelfwatch beat``. Beat
re-reads the watches file whenever it changes (tasks/beat.py), and workers re-read it for every crawl, so editing
the file needs no restart.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

from celery import Celery, shared_task
from celery.schedules import crontab

from shelfwatch.settings import load_settings
from tasks.watches import MAX_MINUTES, Upkeep, Watch, cron_fields, load_watch_file

log = logging.getLogger(__name__)

CRAWL_TIMEOUT_S = MAX_MINUTES * 60
"""The longest a watch's crawl child may run (its ``max_minutes``, at most MAX_MINUTES); the task limits and the
visibility timeout below sit above it, so Celery never kills a crawl that is still inside its watch's limit."""


UPKEEP_CRON_EXPIRES_S = 6 * 3600
"""A cron-scheduled upkeep task still queued this long after it was due is dropped (the next one will come)."""


def beat_schedule(watches: Iterable[Watch], upkeep: Iterable[Upkeep] = ()) -> dict[str, dict[str, Any]]:
    """One periodic ``crawl_watch`` entry per watch (``watch:NAME``) and one entry per upkeep task
    (``upkeep:NAME``); a run not started before the next is due is dropped."""
    entries: dict[str, dict[str, Any]] = {}
    for w in watches:
        if w.cron:
            schedule: Any = crontab(**cron_fields(w.cron))
            expires = w.max_minutes * 60  # a cron run still queued when its crawl would have ended is stale
        else:
            assert w.every_minutes is not None  # load_watches requires one of the two
            schedule, expires = timedelta(minutes=w.every_minutes), w.every_minutes * 60
        entries[f"watch:{w.name}"] = {
            "task": "shelfwatch.crawl_watch",
            "schedule": schedule,
            "args": [w.name],
            "options": {"expires": expires},  # no pile-up of stale crawls behind a busy worker
        }
    for u in upkeep:
        if u.cron:
            schedule, expires = crontab(**cron_fields(u.cron)), UPKEEP_CRON_EXPIRES_S
        else:
            assert u.every_minutes is not None
            schedule, expires = timedelta(minutes=u.every_minutes), u.every_minutes * 60
        entries[f"upkeep:{u.name}"] = {
            "task": f"shelfwatch.{u.task}",
            "schedule": schedule,
            "kwargs": dict(u.kwargs),
            "options": {"expires": expires},
        }
    return entries


def _schedule_from(path: Path, default_db: str) -> dict[str, dict[str, Any]]:
    if not path.exists():  # workers that only take ad-hoc crawls need no watches file
        log.info("no watches file at %s: beat has nothing to schedule", path)
        return {}
    found = load_watch_file(path, default_db=default_db)
    return beat_schedule(found.watches, found.upkeep)


def make_celery(broker_url: str | None = None, *, watches: str | Path | None = None) -> Celery:
    """A configured app; broker and watches file default to SHELFWATCH_BROKER_URL and SHELFWATCH_WATCHES."""
    settings = load_settings()
    url = broker_url or settings.broker_url
    app = Celery("shelfwatch", broker=url, backend=url, include=["tasks.crawl", "tasks.upkeep"])
    app.conf.update(
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        # Crawls take minutes to hours: ack only when done (a crash re-queues the crawl), and never let one
        # worker reserve a second crawl while another worker sits idle.
        task_acks_late=True,
        worker_prefetch_multiplier=1,
        task_track_started=True,
        task_soft_time_limit=CRAWL_TIMEOUT_S + 300,
        task_time_limit=CRAWL_TIMEOUT_S + 600,
        # Redis re-delivers an unacked task after visibility_timeout; it must outlast the longest crawl or a
        # second worker would start the same crawl while the first is still running.
        broker_transport_options={"visibility_timeout": CRAWL_TIMEOUT_S + 3600},
        result_backend_transport_options={"visibility_timeout": CRAWL_TIMEOUT_S + 3600},
        result_expires=timedelta(days=7),
        broker_connection_retry_on_startup=True,
        beat_schedule=_schedule_from(Path(watches or settings.watches), settings.db),
        # tasks/beat.py re-reads the watches file whenever it changes: editing it needs no restart of beat.
        beat_scheduler="tasks.beat:WatchScheduler",
        shelfwatch_watches=str(Path(watches or settings.watches).resolve()),
        shelfwatch_default_db=settings.db,
        timezone="Asia/Shanghai",
    )
    return app


app = make_celery()


@shared_task(name="shelfwatch.ping")
def ping() -> str:
    """Health check: a worker is consuming from the broker."""
    return "pong"
