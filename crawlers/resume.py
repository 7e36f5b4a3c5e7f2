"""Resumable crawls that survive SIGKILL: the store, not Scrapy's queue, says what is done.

Scrapy's JOBDIR keeps its request queue and seen-set on disk, but a killed process leaves them inconsistent: the
requests it had in flight are in the seen-set and no longer in the queue, so a resumed crawl never fetches them
(lost listings), and the queue's own bookkeeping is only written on a clean stop. So a job directory here holds
one small file, ``shelfwatch-job.json``: the ids of the crawls that worked on the job. Every listing is committed
to the store with its crawl id as it is saved, so on a restart:

- list pages are fetched again (they are not stored; new item links on them are found again, nothing is lost);
- item pages already stored by the job's earlier crawls are not requested again (ResumeMiddleware);
- their index documents are caught up when the store opens (the pipeline syncs the index with the store: a kill
  can lose the index's last unwritten batch, never the listings).

A job whose crawl ran to its end is finished: the next run with the same folder starts a new job.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured

logger = logging.getLogger(__name__)

JOB_FILE = "shelfwatch-job.json"


def read_job(job_dir: str | Path) -> dict[str, Any]:
    """The job's state; a fresh one when the folder has none or its last crawl finished."""
    path = Path(job_dir) / JOB_FILE
    try:
        job = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"crawl_ids": [], "finished": False}
    if job.get("finished") or not isinstance(job.get("crawl_ids"), list):
        return {"crawl_ids": [], "finished": False}
    return {"crawl_ids": [int(i) for i in job["crawl_ids"]], "finished": False}


def write_job(job_dir: str | Path, job: dict[str, Any]) -> None:
    """Replace the job file atomically (a kill leaves the old one or the new one, never half of one)."""
    folder = Path(job_dir)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (JOB_FILE + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(job, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, folder / JOB_FILE)


class AlreadyStored(IgnoreRequest):
    """An item page the resumed job stored before its stop; counted, not a failure."""


class ResumeMiddleware:
    """Downloader middleware: item pages the job stored already are not requested again."""

    def __init__(self, crawler: Crawler, done: set[str]) -> None:
        self.crawler = crawler
        self.done = done

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ResumeMiddleware:
        done = crawler.settings.get("SHELFWATCH_RESUME_DONE")
        if not done:
            raise NotConfigured("not resuming a job")
        return cls(crawler, set(done))

    def process_request(self, request: Request) -> None:
        if request.meta.get("item") and request.url in self.done:
            stats = self.crawler.stats
            assert stats is not None
            stats.inc_value("shelfwatch/resume/skipped_stored")
            raise AlreadyStored(f"stored by this job already: {request.url}")
