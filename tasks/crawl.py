"""The crawl task: one watch, one child process, one attempt recorded per try.

Scrapy runs on Twisted's reactor, which can be started only once per process; a long-lived Celery worker would
fail on its second crawl. Each crawl therefore runs ``python -m shelfwatch crawl`` in a child process, which also
keeps a crashing crawl (or Chromium) from taking the worker down.

The task takes the watch's name and reads the watch afresh from the file; storing is an upsert, so a repeated or
re-delivered run does no harm. A Redis lock keeps one watch from running twice at once: it expires
``LOCK_TTL_S`` after its holder stops renewing it (a worker killed with SIGKILL), not hours later.
"""

from __future__ import annotations

import json
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from celery import Task, shared_task
from redis import Redis
from redis.exceptions import LockError, RedisError

from shelfwatch.settings import load_settings
from tasks.runs import CrawlFailed, CrawlTimedOut, close_lost_runs, record_skip, recorded, with_categories
from tasks.watches import Watch, find_watch

log = logging.getLogger(__name__)
_TAIL_CHARS = 2000
LOCK_TTL_S = 120
"""A watch's lock lapses this long after its holder last renewed it (renewed every third of it)."""

__all__ = ["CrawlFailed", "CrawlTimedOut", "crawl_command", "crawl_env", "crawl_watch", "crawl_watch_part",
           "job_dir_for", "parse_stats", "watch_lock"]


def crawl_command(watch: Watch, frontier_key: str | None = None, job_dir: str | None = None) -> list[str]:
    """The child process command line for one watch (one part of it, with a shared frontier's key; or resumable,
    with its job directory)."""
    cmd = [sys.executable, "-m", "shelfwatch", "crawl", *watch.crawl_urls, "--db", watch.db, "--json"]
    if watch.max_items:
        cmd += ["--max-items", str(watch.max_items)]
    if frontier_key:
        cmd += ["--frontier", frontier_key]
    if job_dir:
        cmd += ["--job-dir", job_dir]
    return cmd


def job_dir_for(watch: Watch, jobs_dir: str) -> str:
    """The watch's own job directory, ``JOBS_DIR/<name>`` (the name made safe as a folder name).

    A crawl cut short (worker killed, machine restarted, max_minutes reached) leaves its job unfinished there; the
    next attempt, a retry, a re-delivery or the next scheduled run, resumes it instead of starting over
    (crawlers/resume.py). A run with ``workers > 1`` keeps its queue in Redis instead and uses none.
    """
    safe = re.sub(r"[^\w.-]", "_", watch.name).strip("._") or "watch"
    return str(Path(jobs_dir) / safe)


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


def crawl_env(watch: Watch, environ: dict[str, str] | None = None) -> dict[str, str]:
    """The child's environment: the worker's (its SHELFWATCH_* settings apply to the crawl too), with the watch's
    allowed sites added to SHELFWATCH_ALLOWED_SITES (the crawl's scope, crawlers/scope.py)."""
    env = dict(os.environ if environ is None else environ)
    env["SHELFWATCH_ALLOWED_SITES"] = watch.allowed_sites_setting(env.get("SHELFWATCH_ALLOWED_SITES", ""))
    return env


def die_with_parent() -> None:
    """In the crawl child, before it runs: be killed when the worker process that started it dies (Linux).

    A worker killed with SIGKILL would otherwise leave its crawl running as an orphan, unrecorded and, once the
    dead worker's lock lapsed, side by side with the next run of the same watch. Elsewhere this does nothing.
    """
    if sys.platform != "linux":
        return
    import ctypes

    pr_set_pdeathsig = 1  # <linux/prctl.h>
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _run_child(watch: Watch, frontier_key: str | None = None, jobs_dir: str | None = None) -> dict[str, Any]:
    job_dir = job_dir_for(watch, jobs_dir) if jobs_dir and not frontier_key else None
    try:
        done = subprocess.run(crawl_command(watch, frontier_key, job_dir), capture_output=True, text=True,
                              errors="replace", timeout=watch.max_minutes * 60, check=False, env=crawl_env(watch),
                              preexec_fn=die_with_parent)  # only a prctl call between fork and exec
    except subprocess.TimeoutExpired:
        raise CrawlTimedOut(f"crawl of watch {watch.name!r} ran past max_minutes={watch.max_minutes} and was stopped") from None
    stats = parse_stats(done.stdout)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout)[-_TAIL_CHARS:].strip()
        raise CrawlFailed(f"crawl of watch {watch.name!r} exited with {done.returncode}: {tail}", stats)
    return stats or {}


def watch_lock(redis: Redis, watch_name: str, ttl: float = LOCK_TTL_S) -> Any:
    """The lock that keeps one watch from running twice at once (not yet acquired; non-blocking).

    Not thread-local: redis-py keeps a lock's token per thread by default, and the renewer thread could then never
    renew it, so a crawl longer than the TTL would lose its lock and beat could start the watch a second time.
    """
    return redis.lock(f"shelfwatch:crawl:{watch_name}", timeout=ttl, blocking=False, thread_local=False)


class _Renewer(threading.Thread):
    """Renews a lock every third of its TTL while the crawl runs; a dead worker stops renewing, the lock lapses."""

    def __init__(self, lock: Any) -> None:
        super().__init__(daemon=True)
        self.lock, self.done = lock, threading.Event()

    def run(self) -> None:
        while not self.done.wait(float(self.lock.timeout or LOCK_TTL_S) / 3):
            try:
                self.lock.reacquire()
            except LockError:  # lost it (Redis restarted empty, or it lapsed): the crawl goes on, unguarded
                log.warning("lock %s was lost while crawling", self.lock.name)
                return
            except RedisError as exc:  # Redis briefly unreachable: try again next time, the lock may still hold
                log.warning("lock %s not renewed: %s", self.lock.name, exc)


@shared_task(name="shelfwatch.crawl_watch", bind=True)
def crawl_watch(self: Task, watch_name: str) -> dict[str, Any]:
    """Crawl one watch by name; retried with growing waits when the crawl fails, recorded as failed at the end.

    A run that finds the same watch still crawling (beat fired again, or a re-delivery) returns at once with
    ``skipped`` set, so two crawls never write the same listings side by side.
    """
    settings = load_settings()
    watch = find_watch(settings.watches, watch_name, default_db=settings.db)
    task_id = str(self.request.id or "")
    lock = watch_lock(Redis.from_url(self.app.conf.broker_url), watch_name)
    if not lock.acquire():
        record_skip(watch, "already running", task_id=task_id)
        return {"watch": watch_name, "returncode": None, "stats": None, "skipped": "already running"}
    renewer = _Renewer(lock)
    renewer.start()
    try:
        if close_lost_runs(watch):
            log.warning("watch %s: runs left running by a dead worker recorded as failed", watch_name)
        key = None
        if watch.workers > 1:
            # One run, several processes: the helpers join this run's frontier wherever a worker slot is free.
            key = f"{watch_name}:{task_id or time.time_ns()}:{self.request.retries}"
            for _ in range(watch.workers - 1):
                crawl_watch_part.apply_async(args=[watch_name, key], expires=watch.max_minutes * 60)
        stats = recorded(watch, with_categories(watch, lambda: _run_child(watch, key, settings.jobs_dir)),
                         task_id=task_id,
                         attempt=self.request.retries + 1)
        return {"watch": watch_name, "returncode": 0, "stats": stats}
    except CrawlFailed as exc:
        if self.request.retries >= settings.task_retries:
            raise
        wait = min(3600.0, settings.task_retry_backoff_s * 2 ** self.request.retries)
        raise self.retry(exc=exc, countdown=wait, max_retries=settings.task_retries) from None
    finally:
        renewer.done.set()
        try:
            lock.release()
        except LockError:  # it lapsed or another run holds it now: nothing of ours to release
            pass


@shared_task(name="shelfwatch.crawl_watch_part", bind=True)
def crawl_watch_part(self: Task, watch_name: str, frontier_key: str) -> dict[str, Any]:
    """A helper process of a watch run with ``workers > 1``: crawls from the run's shared frontier until it is done.

    It holds no lock (the run's own task does); one that starts after the run ended finds every URL seen and ends.
    """
    settings = load_settings()
    watch = find_watch(settings.watches, watch_name, default_db=settings.db)
    stats = recorded(watch, lambda: _run_child(watch, frontier_key), task_id=str(self.request.id or ""),
                     kind="crawl_watch_part")
    return {"watch": watch_name, "returncode": 0, "stats": stats}
