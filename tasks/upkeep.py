"""Upkeep tasks beside the crawl: re-judge after an import, re-crawl issued takedowns, export notices, daily report,
evidence retention.

Each takes a store (a database URL / SQLite path, or a watch's name whose ``db`` is used; empty: SHELFWATCH_DB),
re-reads everything it needs from the store when it runs, is safe to run twice (re-judging upserts, a re-crawl
upserts listings, exports and reports overwrite the same file names), retries with growing waits, has a time limit,
and is recorded in the store's ``task_runs`` (``shelfwatch runs``) like ``crawl_watch``.
"""

from __future__ import annotations

import dataclasses
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from celery import Task, shared_task

from shelfwatch.settings import Settings, load_settings
from tasks.crawl import die_with_parent, parse_stats
from tasks.runs import CrawlFailed, CrawlTimedOut, recorded
from tasks.watches import Watch, find_watch

__all__ = ["daily_report", "export_notices", "needs_recrawl", "notice_file_stem", "prune_evidence", "recrawl_takedowns",
           "recrawl_urls", "rejudge", "report_folder", "resolve_db"]

TASK_TIME_LIMIT_S = 3600
"""An upkeep task still running after this is stopped (a re-crawl chunk gets the same limit as its child)."""
RECRAWL_CHUNK = 200
"""URLs per re-crawl child process: keeps the command line short and one bad batch from losing the rest."""
_TAIL_CHARS = 2000


# -- pure parts ---------------------------------------------------------------------------------------------------
def needs_recrawl(status: str, verified_gone_at: object) -> bool:
    """Whether a notice item still needs a crawl to prove its listing gone: waiting, relisted, or removed only on the
    platform's word (no ``verified_gone_at`` yet). Disputed and withdrawn items are not the crawl's business."""
    if status in ("issued", "acknowledged", "relisted"):
        return True
    return status == "removed" and verified_gone_at is None


def recrawl_urls(items: Iterable[dict[str, Any]]) -> list[str]:
    """The distinct http(s) URLs of the items that need a re-crawl, sorted (a stable command line)."""
    return sorted({str(i["url"]) for i in items
                   if i.get("url") and str(i["url"]).startswith(("http://", "https://"))
                   and needs_recrawl(str(i["status"]), i.get("verified_gone_at"))})


def notice_file_stem(number: str) -> str:
    """A notice number as a safe file name (its own characters kept where they are safe)."""
    stem = re.sub(r"[^\w.-]", "_", number).strip("._")
    return stem or "notice"


def report_folder(out_dir: str | Path, day: date) -> Path:
    """Where one day's report goes: ``OUT_DIR/daily/YYYY-MM-DD``."""
    return Path(out_dir) / "daily" / day.isoformat()


def resolve_db(target: str, settings: Settings) -> tuple[str, str]:
    """(db, label) for a task's target: a watch name from the watches file, else a database URL / path, else the
    default store."""
    if not target:
        return settings.db, ""
    if "://" not in target and "/" not in target and Path(settings.watches).exists():
        try:
            return find_watch(settings.watches, target, default_db=settings.db).db, target
        except LookupError:
            pass
    return target, ""


# -- running one recorded attempt ---------------------------------------------------------------------------------
def _no_alarms(stats: dict[str, Any] | None) -> list[str]:
    return []


def _run(task: Task, kind: str, target: str, work: Callable[[Settings, str], dict[str, Any]], *,
         alarms: Callable[[dict[str, Any] | None], list[str]] = _no_alarms) -> dict[str, Any]:
    settings = load_settings()
    db, label = resolve_db(target, settings)
    watch = Watch(name=label, start_urls=(), db=db)
    _store(dataclasses.replace(settings, db=db)).close()  # no such store: fail now, before a run row creates it
    try:
        return recorded(watch, lambda: work(dataclasses.replace(settings, db=db), db),
                        task_id=str(task.request.id or ""), attempt=task.request.retries + 1, kind=kind, alarms=alarms)
    except (CrawlTimedOut, LookupError, ValueError):
        raise  # would fail the same way again
    except Exception as exc:
        if task.request.retries >= settings.task_retries:
            raise
        wait = min(3600.0, settings.task_retry_backoff_s * 2 ** task.request.retries)
        raise task.retry(exc=exc, countdown=wait, max_retries=settings.task_retries) from None


def _store(settings: Settings) -> Any:
    from shelfwatch.wiring import open_store

    return open_store(settings, must_exist=True)


# -- the tasks ----------------------------------------------------------------------------------------------------
@shared_task(name="shelfwatch.rejudge", bind=True, soft_time_limit=TASK_TIME_LIMIT_S, time_limit=TASK_TIME_LIMIT_S + 60)
def rejudge(self: Task, target: str = "", as_of: str = "") -> dict[str, Any]:
    """Judge every stored listing again against the reference data now in the store (run after an import)."""
    from shelfwatch.pipeline import rejudge as rejudge_store

    def work(settings: Settings, db: str) -> dict[str, Any]:
        store = _store(settings)
        try:
            result = rejudge_store(store, date.fromisoformat(as_of) if as_of else date.today())
        finally:
            store.close()
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in dataclasses.asdict(result).items()}

    return _run(self, "rejudge", target, work)


def _crawl_chunk(urls: list[str], db: str) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "shelfwatch", "crawl", *urls, "--db", db, "--json"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=TASK_TIME_LIMIT_S,
                              check=False, preexec_fn=die_with_parent)  # dies with a killed worker
    except subprocess.TimeoutExpired:
        raise CrawlTimedOut(f"re-crawl of {len(urls)} takedown URLs ran past {TASK_TIME_LIMIT_S} s") from None
    stats = parse_stats(done.stdout)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout)[-_TAIL_CHARS:].strip()
        raise CrawlFailed(f"re-crawl exited with {done.returncode}: {tail}", stats)
    return stats or {}


@shared_task(name="shelfwatch.recrawl_takedowns", bind=True, soft_time_limit=4 * TASK_TIME_LIMIT_S,
             time_limit=4 * TASK_TIME_LIMIT_S + 60)
def recrawl_takedowns(self: Task, target: str = "", platform: str = "") -> dict[str, Any]:
    """Re-crawl (in child processes) the listings on open notice items of one platform or all; the crawl's end
    reconciles notices with what it found, so a listing found gone verifies its item's removal."""
    from shelfwatch.notices import list_notices

    def work(settings: Settings, db: str) -> dict[str, Any]:
        store = _store(settings)
        try:
            items = [i for n in list_notices(store, platform=platform or None) for i in n.items]
        finally:
            store.close()
        urls = recrawl_urls(items)
        figures: dict[str, Any] = {"urls": len(urls), "gone": 0, "items_stored": 0, "pages_fetched": 0}
        for start in range(0, len(urls), RECRAWL_CHUNK):
            stats = _crawl_chunk(urls[start:start + RECRAWL_CHUNK], db)
            for key in ("gone", "items_stored", "pages_fetched"):
                figures[key] += int(stats.get(key) or 0)
        return figures

    return _run(self, "recrawl_takedowns", target, work)


def _write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically under the same name; False when the file already holds exactly these bytes."""
    if path.exists() and path.read_bytes() == data:
        return False
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)  # a reader never sees half a file
    return True


@shared_task(name="shelfwatch.export_notices", bind=True, soft_time_limit=TASK_TIME_LIMIT_S,
             time_limit=TASK_TIME_LIMIT_S + 60)
def export_notices(self: Task, target: str = "", out_dir: str = "", platform: str = "") -> dict[str, Any]:
    """Write each notice as NUMBER.csv / .json / .xlsx into ``out_dir`` (default OUT_DIR/notices); a rerun rewrites
    the same names, so a folder never holds two copies of one notice."""
    import json

    from shelfwatch.notices import list_notices, to_csv, to_json, to_xlsx

    def work(settings: Settings, db: str) -> dict[str, Any]:
        folder = Path(out_dir or Path(settings.out_dir) / "notices")
        folder.mkdir(parents=True, exist_ok=True)
        store = _store(settings)
        try:
            found = list_notices(store, platform=platform or None)
        finally:
            store.close()
        written = unchanged = 0
        for n in found:
            stem = notice_file_stem(n.number)
            for suffix, data in ((".csv", to_csv(n)), (".xlsx", to_xlsx(n)),
                                 (".json", json.dumps(to_json(n), ensure_ascii=False, indent=2).encode())):
                if _write_if_changed(folder / f"{stem}{suffix}", data):
                    written += 1
                else:
                    unchanged += 1
        return {"folder": str(folder), "notices": len(found), "written": written, "unchanged": unchanged}

    return _run(self, "export_notices", target, work)


@shared_task(name="shelfwatch.daily_report", bind=True, soft_time_limit=TASK_TIME_LIMIT_S,
             time_limit=TASK_TIME_LIMIT_S + 60)
def daily_report(self: Task, target: str = "", day: str = "") -> dict[str, Any]:
    """The HTML report and the confirmed-only takedown CSVs in OUT_DIR/daily/YYYY-MM-DD (the office's date)."""
    from shelfwatch.report import takedown_listings, write_report, write_takedown_csvs

    def work(settings: Settings, db: str) -> dict[str, Any]:
        when = date.fromisoformat(day) if day else datetime.now(ZoneInfo(settings.timezone)).date()
        folder = report_folder(settings.out_dir, when)
        store = _store(settings)
        try:
            path = write_report(store, folder)
            confirmed = takedown_listings(store)
            csvs = write_takedown_csvs(confirmed, folder, platforms=store.listings_per_platform())
        finally:
            store.close()
        return {"folder": str(folder), "report": str(path), "takedown_rows": len(confirmed),
                "takedown_csvs": {p: str(c) for p, c in csvs.items()}}

    return _run(self, "daily_report", target, work)


@shared_task(name="shelfwatch.prune_evidence", bind=True, soft_time_limit=TASK_TIME_LIMIT_S,
             time_limit=TASK_TIME_LIMIT_S + 60)
def prune_evidence(self: Task, target: str = "", days: int = 0) -> dict[str, Any]:
    """Apply the evidence retention (``days``, default SHELFWATCH_EVIDENCE_DAYS): page versions and screenshots
    older than that go, except a case's (confirmed or test-purchase findings, takedown notices) and each listing's
    newest version. A second run deletes nothing more."""
    from shelfwatch.evidence import prune

    def work(settings: Settings, db: str) -> dict[str, Any]:
        store = _store(settings)
        try:
            result = prune(store, days=days or settings.evidence_days)
        finally:
            store.close()
        return {**dataclasses.asdict(result), "cutoff": result.cutoff.isoformat()}

    return _run(self, "prune_evidence", target, work)
