"""The crawl task: one watch, one child process.

Scrapy runs on Twisted's reactor, which can be started only once per process; a long-lived Celery worker would
fail on its second crawl. Each crawl therefore runs ``python -m shelfwatch crawl`` in a child process, which also
keeps a crashing crawl (or Chromium) from taking the worker down.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from celery import Task, shared_task
from redis import Redis

from shelfwatch.settings import load_settings
from tasks.celery_app import CRAWL_TIMEOUT_S
from tasks.watches import Watch, find_watch

_TAIL_CHARS = 2000


class CrawlFailed(RuntimeError):
    """The crawl child process exited non-zero; the message carries the end of its stderr."""


def crawl_command(watch: Watch) -> list[str]:
    """The child process command line for one watch."""
    return [sys.executable, "-m", "shelfwatch", "crawl", *watch.start_urls, "--db", watch.db, "--json"]


def parse_stats(stdout: str) -> dict[str, Any] | None:
    """The last line of stdout that is a JSON object (the CLI's ``--json`` figures), if any."""
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            try:
                value = json.loads(line)
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
    return None


@shared_task(name="shelfwatch.crawl_watch", bind=True)
def crawl_watch(self: Task, watch_name: str) -> dict[str, Any]:
    """Crawl one watch by name, reading it afresh from the watches file; safe to repeat (the store upserts).

    A run that finds the same watch still crawling (beat fired again, or a re-delivery) returns at once with
    ``skipped`` set, so two crawls never write the same listings side by side.
    """
    settings = load_settings()
    watch = find_watch(settings.watches, watch_name, default_db=settings.db)
    lock = Redis.from_url(self.app.conf.broker_url).lock(
        f"shelfwatch:crawl:{watch_name}", timeout=CRAWL_TIMEOUT_S + 600, blocking=False)
    if not lock.acquire():
        return {"watch": watch_name, "returncode": None, "stats": None, "skipped": "already running"}
    try:
        # The child inherits the worker's environment, so SHELFWATCH_* settings apply to the crawl too.
        done = subprocess.run(crawl_command(watch), capture_output=True, text=True, errors="replace",
                              timeout=CRAWL_TIMEOUT_S, check=False)
    finally:
        lock.release()
    if done.returncode != 0:
        tail = (done.stderr or done.stdout)[-_TAIL_CHARS:].strip()
        raise CrawlFailed(f"crawl of watch {watch_name!r} exited with {done.returncode}: {tail}")
    return {"watch": watch_name, "returncode": done.returncode, "stats": parse_stats(done.stdout)}
