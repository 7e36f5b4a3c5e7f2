"""Scheduled work (Celery + Redis: ``worker``, ``beat``, ``runs``) and the same watches run in this process (``watch``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand, UserError, print_json
from shelfwatch.settings import Settings


def cmd_worker(args: argparse.Namespace, s: Settings) -> int:
    from tasks.celery_app import app

    argv = ["worker", f"--concurrency={args.concurrency}", f"--loglevel={args.loglevel}"]
    if args.name:
        argv.append(f"--hostname={args.name}")
    app.worker_main(argv=argv)
    return 0


def cmd_beat(args: argparse.Namespace, s: Settings) -> int:
    from tasks.celery_app import app

    print(f"定时 beat: watches from {app.conf.shelfwatch_watches} (re-read when the file changes)", file=sys.stderr)
    app.start(argv=["beat", f"--loglevel={args.loglevel}", f"--schedule={args.schedule}"])
    return 0


def cmd_runs(args: argparse.Namespace, s: Settings) -> int:
    from datetime import UTC, datetime

    from shelfwatch.wiring import open_store
    from tasks.runs import figures_line, run_progress
    from tasks.watches import WatchFileError, load_watches

    store = open_store(s, must_exist=True)
    runs = store.recent_runs(limit=args.limit, watch=args.watch)
    store.close()
    try:  # to tell a running watch's crawls from others in the same store; without the file, all crawls count
        watches = {w.name: w for w in load_watches(s.watches, default_db=s.db)} if Path(s.watches).exists() else {}
    except WatchFileError:
        watches = {}
    for r in runs:
        if r["state"] == "running" and r["kind"] in ("crawl_watch", "crawl_watch_part"):
            # Long work shows progress: what its crawls stored so far, read from the store they write to.
            r["progress"] = run_progress(s.db, r, watches.get(r["watch"]))
        if args.json:
            print_json(r)
            continue
        end = r["finished_at"] or datetime.now(UTC).replace(tzinfo=None)
        took = f"{(end - r['started_at']).total_seconds():.0f}s" + ("" if r["finished_at"] else "…")
        figures = figures_line(r)
        if "progress" in r:
            figures = f"进行中 running: {r['progress']['listings']} listings so far"
        print(f"{r['id']}\t{r['started_at']:%Y-%m-%d %H:%M:%S}\t{r['watch'] or r['kind']}\t{r['state']}\t"
              f"#{r['attempt']}\t{took}\t{figures}\t{'; '.join(r['alarms'])}\t{r['error'][:200]}")
    return 0


def cmd_watch_list(args: argparse.Namespace, s: Settings) -> int:
    from tasks.watches import WatchFileError, load_watch_file

    try:
        found = load_watch_file(args.file or s.watches, default_db=s.db)
    except WatchFileError as exc:
        raise UserError(str(exc)) from None
    for w in found.watches:  # where each crawl starts: its start URLs and its keyword searches
        when = w.cron or f"every {w.every_minutes} min"
        print(f"{w.name}\t{when}\t{' '.join(w.crawl_urls)}\t{w.db}")
    for u in found.upkeep:
        when = u.cron or f"every {u.every_minutes} min"
        print(f"upkeep:{u.name}\t{when}\tshelfwatch.{u.task}\t{' '.join(f'{k}={v}' for k, v in u.kwargs)}")
    return 0


def cmd_watch_run(args: argparse.Namespace, s: Settings) -> int:
    """One watch now, in this process: no Redis, no Celery (the office's embedded setup), recorded in its runs."""
    from dataclasses import replace

    from crawlers.run import run_crawl
    from tasks.runs import CrawlFailed, category_summary, recorded, run_alarms, with_categories
    from tasks.watches import WatchFileError, find_watch

    try:
        watch = find_watch(args.file or s.watches, args.name, default_db=s.db)
    except (WatchFileError, LookupError) as exc:
        raise UserError(str(exc).strip("\"'")) from None

    def work() -> dict[str, Any]:
        # The watch's own store and allowed sites; the crawl's scope is its start URLs' sites plus these.
        crawl_settings = replace(s, db=watch.db, allowed_sites=watch.allowed_sites_setting(s.allowed_sites))
        stats = run_crawl(list(watch.crawl_urls), crawl_settings, max_items=watch.max_items)
        if stats["items_stored"] == 0 and not stats.get("unchanged") and stats["failed_requests"]:
            raise CrawlFailed("no page could be fetched; is the shop reachable?", stats)
        return stats

    try:
        stats = recorded(watch, with_categories(watch, work))
    except CrawlFailed as exc:
        print(f"错误 error: watch {watch.name}: {exc}", file=sys.stderr)
        return 3
    if args.json:
        print_json(stats)
    else:
        print(f"监测完成 watch {watch.name} done: {stats['items_stored']} listings stored, "
              f"{stats['pages_fetched']} pages fetched, {stats['elapsed_seconds']} s")
        if "categories" in stats:
            print(f"  品类 categories: {category_summary(stats['categories'])}")
        if stats.get("refused"):
            print(f"  拒绝 refused: {', '.join(f'{k} {v}' for k, v in sorted(stats['refused'].items()))}")
    for alarm in run_alarms(stats):
        print(f"警报 alarm: {alarm}", file=sys.stderr)
    return 0



def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add("worker", cmd_worker, "start a Celery worker that runs crawls (SHELFWATCH_BROKER_URL)", db=False)
    sp.add_argument("--concurrency", type=int, default=2, help="crawls this worker runs at once (default 2)")
    sp.add_argument("--name", help="worker name, e.g. crawl1@%%h (default: celery@HOST)")
    sp.add_argument("--loglevel", default="info")

    sp = add("beat", cmd_beat, "start the scheduler that starts each watch's crawl (one per deployment)", db=False)
    sp.add_argument("--schedule", default="celerybeat-schedule", help="file where beat keeps its last run times")
    sp.add_argument("--loglevel", default="info")

    sp = add("runs", cmd_runs, "recent task runs, newest first: state, timings, figures, alarms, errors")
    sp.add_argument("--limit", type=int, default=20)
    sp.add_argument("--watch", help="only this watch's runs")
    sp.add_argument("--json", action="store_true", help="one JSON object a line")

    watch = sub.add_parser("watch", help="watches (SHELFWATCH_WATCHES)").add_subparsers(dest="action", required=True)
    sp = watch.add_parser("list", help="the watches in the file and their schedules")
    sp.add_argument("--file", help="watches file (default: $SHELFWATCH_WATCHES or watches.toml)")
    sp.add_argument("--db")
    sp.set_defaults(handler=cmd_watch_list)
    sp = watch.add_parser("run", help="crawl one watch now, in this process (no Redis or Celery needed)")
    sp.add_argument("name")
    sp.add_argument("--file", help="watches file (default: $SHELFWATCH_WATCHES or watches.toml)")
    sp.add_argument("--db", help="default store for watches that name none")
    sp.add_argument("--json", action="store_true")
    sp.set_defaults(handler=cmd_watch_run)

