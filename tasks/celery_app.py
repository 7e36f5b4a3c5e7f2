"""The Celery application: Redis broker and result backend, JSON only, one long crawl per worker slot.

Start a worker and the scheduler with ``celery -A tasks.celery_app worker -B`` (or run ``beat`` apart on one host
and workers on many). The beat schedule is read from the watches file when this module is imported: restart beat
after editing the file. Workers re-read the file for every crawl, so their view is always current.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from celery import Celery, shared_task

from shelfwatch.settings import load_settings
from tasks.watches import Watch, load_watches

log = logging.getLogger(__name__)

CRAWL_TIMEOUT_S = 4 * 3600
"""A crawl child process still running after this is killed (the task then fails)."""


def beat_schedule(watches: list[Watch]) -> dict[str, dict[str, Any]]:
    """One periodic ``crawl_watch`` entry per watch; a run not started before the next is due is dropped."""
    return {
        f"watch:{w.name}": {
            "task": "shelfwatch.crawl_watch",
            "schedule": timedelta(minutes=w.every_minutes),
            "args": [w.name],
            "options": {"expires": w.every_minutes * 60},  # no pile-up of stale crawls behind a busy worker
        }
        for w in watches
    }


def _schedule_from(path: Path, default_db: str) -> dict[str, dict[str, Any]]:
    if not path.exists():  # workers that only take ad-hoc crawls need no watches file
        log.info("no watches file at %s: beat has nothing to schedule", path)
        return {}
    return beat_schedule(load_watches(path, default_db=default_db))


def make_celery(broker_url: str | None = None, *, watches: str | Path | None = None) -> Celery:
    """A configured app; broker and watches file default to SHELFWATCH_BROKER_URL and SHELFWATCH_WATCHES."""
    settings = load_settings()
    url = broker_url or settings.broker_url
    app = Celery("shelfwatch", broker=url, backend=url, include=["tasks.crawl"])
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
        timezone="Asia/Shanghai",
    )
    return app


app = make_celery()


@shared_task(name="shelfwatch.ping")
def ping() -> str:
    """Health check: a worker is consuming from the broker."""
    return "pong"
