"""The `shelfwatch` command: one subcommand per job, each a thin shell over the packages."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from shelfwatch.evidence_cli import EvidenceUsageError, add_evidence_commands
from shelfwatch.settings import SettingError, Settings, load_settings

Handler = Callable[[argparse.Namespace, Settings], int]


class UserError(Exception):
    """A problem the user can fix (bad file, bad flag, server down): printed without a traceback."""


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


# -- commands --------------------------------------------------------------------------------------------------
def cmd_crawl(args: argparse.Namespace, s: Settings) -> int:
    from crawlers.run import run_crawl

    try:
        stats = run_crawl(args.urls, s, as_of=args.as_of, max_items=args.max_items, job_dir=args.job_dir,
                          frontier_key=args.frontier)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    if stats["registry_imported"]:
        print(f"已导入内置标准库 bundled standards registry imported: {stats['registry_imported']} rows", file=sys.stderr)
    if args.json:
        _print_json(stats)
    else:
        print(
            f"抓取完成 crawl done: {stats['items_stored']} listings stored, "
            f"{sum(stats['unchanged'].values())} unchanged, {stats['pages_fetched']} pages fetched, "
            f"{stats['rendered_pages']} rendered in Chromium, {stats['failed_requests']} failed requests, "
            f"{stats['elapsed_seconds']} s"
        )
        if stats["vectors_pending"]:
            print(f"索引向量 index vectors: {stats['vectors_written']} of {stats['vectors_pending']} listings awaiting "
                  f"them embedded after the crawl, {stats['vector_seconds']} s")
        for line in stats["failed_urls"][:10]:
            print(f"  失败 failed: {line}", file=sys.stderr)
    for alarm in stats["alarms"]:
        print(f"警报 alarm: {alarm}", file=sys.stderr)
    for cap in stats["cap_warnings"]:
        print(f"警告 warning: {cap}", file=sys.stderr)
    if stats["items_stored"] == 0 and not stats.get("unchanged") and stats["failed_requests"]:
        print("错误 error: no page could be fetched; is the shop reachable?", file=sys.stderr)
        return 3
    return 0


def cmd_crawls(args: argparse.Namespace, s: Settings) -> int:
    from crawlers.monitor import crawl_summary
    from shelfwatch.wiring import open_store

    for crawl in open_store(s, must_exist=True).iter_crawls(limit=args.limit):
        d = crawl_summary(crawl)
        if args.json:
            _print_json(d)
            continue
        errors = " ".join(f"{k}={v}" for k, v in d["errors"].items()) or "0"
        refused = " ".join(f"{k}={v}" for k, v in d["refused"].items()) or "0"
        missing = " ".join(f"{k}={v}" for k, v in d["missing_fields"].items()) or "0"
        print(f"#{d['id']} {d['started_at']} {d['finish_reason']}  页面 pages {d['pages']}  商品 items {d['items']}  "
              f"未变 unchanged {d['unchanged']}  下架 gone {d['gone']}  渲染 rendered {d['rendered_share']:.0%}  错误 errors {errors}  "
              f"拒绝 refused {refused}  缺字段 missing {missing}")
        print(f"    {' '.join(d['start_urls'])}")
        for alarm in d["alarms"]:
            print(f"    警报 alarm: {alarm}")
    return 0


def cmd_extract(args: argparse.Namespace, s: Settings) -> int:
    from extractors import extract_page
    from shelfwatch.records import certificates_of, claim_json, standards_of

    path = Path(args.file)
    try:
        body = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror}") from None
    ex = extract_page(body, args.url, encoding=args.encoding)
    claims = list(ex.claims)
    out = {
        "url": args.url,
        "item_id": ex.item_id,
        "title": ex.title,
        "price": ex.price,
        "list_price": ex.list_price,
        "currency": ex.currency,
        "brand": ex.brand,
        "model": ex.model,
        "seller": ex.seller,
        "maker": ex.maker,
        "maker_address": ex.maker_address,
        "category": ex.category,
        "gtin": ex.gtin,
        "standards": standards_of(claims),
        "certificates": certificates_of(claims),
        "claims": [claim_json(c) for c in claims],
        "params": ex.params,
        "has_product_facts": ex.has_product_facts,
    }
    if args.json:
        _print_json(out)
    else:
        for key in ("title", "price", "brand", "model", "maker", "seller"):
            print(f"{key}: {out[key]}")
        print("standards:", ", ".join(out["standards"]) or "-")
        for c in out["certificates"]:
            verdict = {True: "有效格式 valid", False: "无效 INVALID", None: "-"}[c["valid"]]
            print(f"certificate: {c['type']} {c['number']} {verdict} {c['note']}")
    return 0


def cmd_listings(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.records import listing_json
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    for row in store.iter_listings(platform=args.platform):
        d = listing_json(row)
        if args.json:
            _print_json(d)
        else:
            print(f"{d['platform']}\t{d['item_id']}\t{d['risk']:.0f}\t{d['title']}\t{' '.join(d['standards'])}")
    return 0


def cmd_findings(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.records import finding_json
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    for row in store.iter_findings(code=args.code, platform=args.platform):
        d = finding_json(row)
        if args.json:
            _print_json(d)
        else:
            print(f"[{d['severity']}] {d['code']}\t{d['url']}\t{d['explanation']}\t证据: {d['evidence']}")
    return 0


def _after_rejudge(result: Any, store: Any, s: Settings) -> None:
    """Say what a re-judgment changed, and bring the search index's copy (risk, finding facets) up to date."""
    if result is None:
        return
    print(f"重新判定 re-judged {result.listings} stored listings as of {result.as_of}: "
          f"{result.raised} findings raised, {result.cleared} cleared, {result.unverified} claims not verifiable, "
          f"{result.embedded} texts embedded")
    if not result.listings:
        return
    from shelfwatch.indexing import sync
    from shelfwatch.wiring import open_embedder, open_search

    index = open_search(s, store)
    try:
        report = sync(store, index, open_embedder(s))
    finally:
        index.close()
    print(f"索引 search index: {report.written} listings updated, {report.deleted} removed", file=sys.stderr)


def cmd_registry_import(args: argparse.Namespace, s: Settings) -> int:
    from matching import Coverage, CoverageError, parse_families
    from shelfwatch.registry_io import import_standards
    from shelfwatch.wiring import open_store

    coverage = None
    if args.covers is not None:
        try:
            families = parse_families(args.covers)
        except CoverageError as exc:
            raise UserError(f"--covers: {exc}") from None
        coverage = Coverage(families=families, as_of=args.data_as_of, version=args.label or "",
                            source=args.source or "")
    elif args.data_as_of or args.label:
        raise UserError("--data-as-of and --label describe a coverage: give --covers as well")
    store = open_store(s)
    res = import_standards(store, Path(args.file), coverage=coverage, as_of=args.as_of)
    assert res.coverage is not None
    print(f"已导入标准 imported {res.rows} standards from {args.file} as {res.coverage.label}")
    if not res.coverage.families:
        print("注意 note: no --covers given, so absence from this file is never a finding "
              "(claims it lacks are marked not verifiable); e.g. --covers GB,GB/T --data-as-of 2026-10-01",
              file=sys.stderr)
    _after_rejudge(res.rejudged, store, s)
    return 0


def cmd_registry_announcement(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.registry_io import import_announcement
    from shelfwatch.wiring import open_store

    store = open_store(s)
    res = import_announcement(store, Path(args.file), announced=args.announced, announcement=args.announcement or "",
                              withdrawn_on=args.withdrawn_on, as_of=args.as_of)
    print(f"已导入标准公告 imported {res.rows} standards from announcement {args.file} "
          "(an announcement covers no family: absence from it is never a finding)")
    _after_rejudge(res.rejudged, store, s)
    return 0


def cmd_blacklist_safety_gate(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.registry_io import import_safety_gate
    from shelfwatch.wiring import open_store

    store = open_store(s)
    res = import_safety_gate(store, Path(args.file), announced=args.announced, announcement=args.announcement or "",
                             as_of=args.as_of)
    print(f"已导入欧盟 Safety Gate 通报 imported {res.rows} alerts from {args.file} (matched by brand and model)")
    for line, why in res.skipped:
        print(f"  跳过 skipped line {line}: {why}", file=sys.stderr)
    _after_rejudge(res.rejudged, store, s)
    return 0


def cmd_blacklist_import(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.registry_io import import_blacklist
    from shelfwatch.wiring import open_store

    store = open_store(s)
    res = import_blacklist(store, Path(args.file), as_of=args.as_of, announced=args.announced,
                           announcement=args.announcement or "", recall_notice=args.recall_notice)
    print(f"已导入黑名单 imported {res.rows} blacklist entries from {args.file}")
    _after_rejudge(res.rejudged, store, s)
    return 0


def cmd_rulebook_import(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.registry_io import import_rulebook
    from shelfwatch.wiring import open_store

    store = open_store(s)
    res = import_rulebook(store, Path(args.file), as_of=args.as_of)
    print(f"已导入规则库 imported {res.rows} requirements from {args.file} (replacing the previous rulebook)")
    _after_rejudge(res.rejudged, store, s)
    return 0


def cmd_declarations_import(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.registry_io import import_declarations
    from shelfwatch.wiring import open_store

    store = open_store(s)
    res = import_declarations(store, Path(args.file), as_of=args.as_of)
    print(f"已导入企业标准自我声明 imported {res.rows} self-declarations from {args.file}")
    _after_rejudge(res.rejudged, store, s)
    return 0


def cmd_rejudge(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.pipeline import rejudge
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    _after_rejudge(rejudge(store, args.as_of or date.today()), store, s)
    return 0


def _search_request(args: argparse.Namespace, s: Settings) -> Any:
    from index import Filters, SearchRequest, Sort
    from shelfwatch.wiring import open_embedder

    vector = None
    if args.semantic or args.hybrid:
        embed = open_embedder(s)
        if embed is None:
            raise UserError("semantic search needs an embedding model (SHELFWATCH_SEARCH_SEMANTIC, "
                            "SHELFWATCH_EMBEDDING_MODEL)")
        if not args.query.strip():
            raise UserError("--semantic and --hybrid need a query text to embed")
        vector = embed.query(args.query)
    filters = Filters(
        platforms=tuple(args.platform or ()), categories=tuple(args.category or ()),
        finding_codes=tuple(args.code or ()), severities=tuple(args.severity or ()),
        reviews=tuple(args.review or ()), price_min=args.price_min, price_max=args.price_max,
        crawled_from=args.since, crawled_to=args.until, gone=args.gone, flagged=True if args.flagged else None,
    )
    return SearchRequest(query="" if args.semantic else args.query, vector=vector, filters=filters,
                         sort=Sort(args.sort), limit=args.limit, after=args.after, facets=args.facets)


def cmd_search(args: argparse.Namespace, s: Settings) -> int:
    from index import BadCursor
    from shelfwatch.wiring import open_search, open_store

    index = open_search(s, open_store(s, must_exist=True))
    try:
        result = index.search(_search_request(args, s))
    except BadCursor as exc:
        raise UserError(str(exc)) from None
    finally:
        index.close()
    for h in result.hits:
        if args.json:
            _print_json(
                {"listing_id": h.listing_id, "url": h.url, "title": h.title, "platform": h.platform, "score": h.score,
                 "snippet": h.snippet, "highlights": [list(span) for span in h.highlights], "risk": h.risk,
                 "finding_codes": list(h.finding_codes), "price": h.price, "crawled_at": h.crawled_at,
                 "gone": h.gone}
            )
        else:
            codes = ",".join(h.finding_codes)
            print(f"{h.score:8.3f}  {h.platform}  {h.title}  {h.url}  {codes}\n          {h.marked_snippet()}")
    if args.json and args.facets:
        _print_json({"total": result.total, "facets": result.facets, "next_after": result.next_after})
    elif not args.json:
        for name, counts in result.facets.items():
            print(f"{name}: " + "  ".join(f"{v} {n}" for v, n in list(counts.items())[:12]))
        print(f"共 {result.total} 条 total matches" if result.hits else "没有结果 no results", file=sys.stderr)
        if result.next_after:
            print(f"下一页 next page: --after {result.next_after}", file=sys.stderr)
    return 0


def cmd_reindex(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.indexing import print_progress, reindex, sync
    from shelfwatch.wiring import open_embedder, open_search, open_store

    store = open_store(s, must_exist=True)
    index = open_search(s, store)
    embed = open_embedder(s)
    try:
        if args.catch_up:
            report = sync(store, index, embed, print_progress("同步 catching up"))
        else:
            report = reindex(store, index, embed, print_progress("重建索引 reindexing"))
    finally:
        index.close()
        store.close()
    print(f"索引 index {index.name}: {report.written} written, {report.deleted} deleted, {report.total} listings in "
          f"the store, {report.seconds:.1f} s" + ("" if embed else " (no vectors: semantic search off)"))
    return 0


def cmd_report(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.report import takedown_listings, takedown_summary, write_report, write_takedown_csvs
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    out = Path(args.out or s.out_dir)
    path = write_report(store, out)
    confirmed = takedown_listings(store)
    csvs = write_takedown_csvs(confirmed, out, platforms=store.listings_per_platform())
    print(f"报告 report: {path}")
    print(takedown_summary(confirmed, csvs))
    return 0


def cmd_demo(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.demo_run import run_demo

    return run_demo(s, seed=args.seed, n_listings=args.listings, out_dir=Path(args.out or s.out_dir), as_of=args.as_of)


def cmd_demo_server(args: argparse.Namespace, s: Settings) -> int:
    import time

    from demo import DemoServer, generate_marketplace

    server = DemoServer(generate_marketplace(seed=args.seed, n_listings=args.listings), port=args.port)
    server.start()
    print(f"演示商城 demo marketplace at {server.base_url}/  (Ctrl-C stops)")
    for url in server.start_urls:
        print("  ", url)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


def cmd_history(args: argparse.Namespace, s: Settings) -> int:
    """A listing's title, price and claims each time a crawl saw them change, oldest first."""
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    found = store.listing_ids([args.url])
    if args.url not in found:
        raise UserError(f"no stored listing has the URL {args.url}")
    versions = store.listing_history(found[args.url])
    for v in versions:
        claims = [" ".join(part for part in c if part) for c in v["claims"]]
        if args.json:
            _print_json({"recorded_at": v["recorded_at"], "crawl_id": v["crawl_id"], "title": v["title"],
                         "price": v["price"], "currency": v["currency"], "claims": [list(c) for c in v["claims"]],
                         "changed": v["changed"], "added": [list(c) for c in v["added"]],
                         "removed": [list(c) for c in v["removed"]]})
            continue
        price = "—" if v["price"] is None else f"{v['price']:.2f} {v['currency']}"
        what = "首次记录 first seen" if v is versions[0] else "变化 changed: " + ", ".join(v["changed"])
        print(f"{v['recorded_at']}  crawl {v['crawl_id'] or '—'}  {what}")
        print(f"  标题 title: {v['title']}\n  价格 price: {price}\n  声明 claims: {'; '.join(claims) or '—'}")
        for label, items in (("+ 新增 added", v["added"]), ("- 消失 removed", v["removed"])):
            if items:
                print(f"  {label}: " + "; ".join(" ".join(p for p in c if p) for c in items))
    return 0


def cmd_serve(args: argparse.Namespace, s: Settings) -> int:
    import uvicorn

    from shelfwatch.accounts import count_users
    from shelfwatch.wiring import open_store
    from webapp import create_app

    store = open_store(s, must_exist=True)  # fail now, not on the first page view
    if not count_users(store):
        print("提示 note: no account yet; add one with `shelfwatch users add NAME --role admin`", file=sys.stderr)
    store.close()
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"警告 warning: serving plain HTTP on {args.host}; put it behind a TLS reverse proxy "
              "(SHELFWATCH_ALLOWED_HOSTS, SHELFWATCH_TRUSTED_ORIGINS)", file=sys.stderr)
    print(f"网页 web app at http://{args.host}:{args.port}/  (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(create_app(s, bound_host=args.host), host=args.host, port=args.port, log_level=s.log_level.lower())
    return 0


# -- scheduled work (Celery + Redis), and the same watches run in-process ------------------------------------
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
            _print_json(r)
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
        _print_json(stats)
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


def _add_scheduling(sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
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


# -- accounts, tokens, audit, notices (web app administration) ---------------------------------------------------
def _cli_actor() -> Any:
    import getpass

    from shelfwatch.audit import Actor

    return Actor(name=f"cli:{getpass.getuser()}"[:64])


def _read_password() -> str:
    """The new password: prompted without echo on a terminal, else the first line of stdin (for scripts)."""
    import getpass

    if sys.stdin.isatty():
        first, again = getpass.getpass("密码 password: "), getpass.getpass("再输一次 again: ")
        if first != again:
            raise UserError("两次输入的密码不一致 the two passwords differ")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_users_add(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import AccountError, Role, add_user
    from shelfwatch.wiring import open_store

    store = open_store(s)
    try:
        user = add_user(store, args.name, Role(args.role), _read_password(), platform=args.platform or "",
                        actor=_cli_actor())
    except AccountError as exc:
        raise UserError(str(exc)) from None
    print(f"已创建账号 account created: {user.name} ({user.role}{', ' + user.platform if user.platform else ''})")
    return 0


def cmd_users_list(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import list_users
    from shelfwatch.wiring import open_store

    for u in list_users(open_store(s, must_exist=True)):
        print(f"{u.name}\t{u.role}\t{u.platform or '-'}\t{'active' if u.active else 'disabled'}")
    return 0


def cmd_tokens_create(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import AccountError, create_token
    from shelfwatch.wiring import open_store

    try:
        tid, token = create_token(open_store(s, must_exist=True), args.name, actor=_cli_actor())
    except AccountError as exc:
        raise UserError(str(exc)) from None
    print(f"令牌 {tid} 已创建，只显示这一次 token {tid} created; it is shown this once:", file=sys.stderr)
    print(token)
    return 0


def cmd_tokens_revoke(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import AccountError, revoke_token
    from shelfwatch.wiring import open_store

    try:
        info = revoke_token(open_store(s, must_exist=True), args.id, actor=_cli_actor())
    except AccountError as exc:
        raise UserError(str(exc)) from None
    print(f"已吊销令牌 token revoked: {info.id} ({info.user}, {info.prefix}…)")
    return 0


def cmd_tokens_list(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.accounts import list_tokens
    from shelfwatch.wiring import open_store

    for t in list_tokens(open_store(s, must_exist=True)):
        state = f"revoked {t.revoked_at:%Y-%m-%d %H:%M}" if t.revoked_at else "live"
        print(f"{t.id}\t{t.user}\t{t.prefix}…\t{t.created_at:%Y-%m-%d %H:%M}\t{state}")
    return 0


def cmd_audit_export(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch import audit
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    audit.append(store, _cli_actor(), "export", "audit_log", "all")
    data = audit.to_csv(audit.iter_all(store))
    if args.out:
        Path(args.out).write_bytes(data)
        print(f"审计日志 audit log: {args.out}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_notices_relisted(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.notices import reconcile_with_crawls
    from shelfwatch.wiring import open_store

    done = reconcile_with_crawls(open_store(s, must_exist=True), actor=_cli_actor())
    gone, reopened = done["verified_gone"], done["relisted"]
    print(f"复抓确认已下架的通知条目 notice items verified removed by a re-crawl: {len(gone)} {gone or ''}".rstrip())
    print(f"重新上架而重开的通知条目 notice items reopened as relisted: {len(reopened)} {reopened or ''}".rstrip())
    return 0


def _add_account_commands(sub: Any) -> None:
    """`users`, `tokens` and `audit` subcommands (kept together, apart from the crawl commands)."""

    def group(name: str, help_text: str) -> Any:
        return sub.add_parser(name, help=help_text, description=help_text).add_subparsers(dest="action", required=True)

    def leaf(parent: Any, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sp: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
        sp.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: $SHELFWATCH_DB or shelfwatch.db)")
        sp.set_defaults(handler=handler)
        return sp

    users = group("users", "web-app accounts: admin, inspector, operator (bound to one platform)")
    sp = leaf(users, "add", cmd_users_add, "add an account; the password is read from stdin (prompted on a terminal)")
    sp.add_argument("name")
    sp.add_argument("--role", required=True, choices=["inspector", "operator", "admin"])
    sp.add_argument("--platform", help="the platform an operator account is bound to (operators only)")
    leaf(users, "list", cmd_users_list, "list accounts")

    tokens = group("tokens", "platform operators' API tokens (stored hashed, shown once)")
    sp = leaf(tokens, "create", cmd_tokens_create, "create an API token for an operator account; prints it once")
    sp.add_argument("name", help="the operator account")
    sp = leaf(tokens, "revoke", cmd_tokens_revoke, "revoke an API token by its id")
    sp.add_argument("id", type=int)
    leaf(tokens, "list", cmd_tokens_list, "list tokens (ids, owners, prefixes; never the tokens)")

    notices = group("notices", "takedown notices")
    leaf(notices, "relisted", cmd_notices_relisted,
         "verify removals that a crawl found gone, reopen items whose listing came back (every crawl and the notices page do it too)")

    aud = group("audit", "the append-only audit log")
    sp = leaf(aud, "export", cmd_audit_export, "write the whole audit log as CSV (the export is logged too)")
    sp.add_argument("--out", help="file to write (default: stdout)")


# -- parser ----------------------------------------------------------------------------------------------------
def add_search_commands(add: Callable[..., argparse.ArgumentParser]) -> None:
    """``search`` and ``reindex``."""
    sp = add("search", cmd_search, "search listings: Chinese full text, filters, facets, semantic (see README)")
    sp.add_argument("query", nargs="?", default="",
                    help='e.g. 羽绒服, "儿童 羽绒服", -童装, brand:乐高, maker:森马, code:"GB/T 14272", platform:jd')
    sp.add_argument("--platform", action="append", help="only this platform (repeat for any of several)")
    sp.add_argument("--category", action="append", help="only this category key (repeatable)")
    sp.add_argument("--code", action="append", help="only listings with this finding code (repeatable)")
    sp.add_argument("--severity", action="append", choices=["low", "medium", "high"])
    sp.add_argument("--review", action="append", choices=["open", "confirmed", "dismissed"])
    sp.add_argument("--price-min", type=float)
    sp.add_argument("--price-max", type=float)
    sp.add_argument("--since", type=_date, help="crawled on or after this date")
    sp.add_argument("--until", type=_date, help="crawled on or before this date")
    gone = sp.add_mutually_exclusive_group()
    gone.add_argument("--gone", action="store_const", const=True, help="only listings no longer on sale")
    gone.add_argument("--live", dest="gone", action="store_const", const=False, help="only listings still on sale")
    sp.add_argument("--flagged", action="store_true", help="only listings with findings")
    sp.add_argument("--sort", choices=["relevance", "risk", "date"], default="relevance")
    sp.add_argument("--limit", type=int, default=20)
    sp.add_argument("--after", help="cursor printed by the previous page (next page)")
    sp.add_argument("--facets", action="store_true", help="count matches per platform, category, code...")
    mode = sp.add_mutually_exclusive_group()
    mode.add_argument("--semantic", action="store_true", help="rank by meaning (embedding of the query) only")
    mode.add_argument("--hybrid", action="store_true", help="fuse text and semantic rankings (reciprocal rank)")
    sp.add_argument("--json", action="store_true",
                    help="one JSON object a hit; with --facets a last line with total, facets and next_after")

    add("reindex", cmd_reindex, "rebuild the search index from the store (any backend), with progress") \
        .add_argument("--catch-up", action="store_true", help="only write what differs from the store (fast)")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="shelfwatch", description="网售产品质量监测 e-commerce product-quality monitoring")
    p.add_argument("--version", action="version", version="shelfwatch 0.1.0")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, handler: Handler, help_text: str, *, db: bool = True) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_text, description=help_text)
        if db:
            sp.add_argument("--db", help="SQLite file or SQLAlchemy URL (default: $SHELFWATCH_DB or shelfwatch.db)")
        sp.set_defaults(handler=handler)
        return sp

    sp = add("crawl", cmd_crawl, "crawl start URLs (list or item pages) through extract, match and index")
    sp.add_argument("urls", nargs="+", metavar="URL")
    sp.add_argument("--render", choices=["auto", "always", "never"], help="when to render pages in Chromium")
    sp.add_argument("--delay", type=float, help="seconds between requests to one site (politeness)")
    sp.add_argument("--as-of", type=_date, help="judge standards as of this date (default: today)")
    sp.add_argument("--max-items", type=int, default=0, help="stop scheduling after this many item pages; pages already in flight are stored too (0: no limit)")
    sp.add_argument("--job-dir", help="keep the crawl's queue here; rerun with the same folder to resume after a stop")
    sp.add_argument("--frontier", metavar="KEY", help="share this crawl's queue and duplicate filter in Redis "
                    "($SHELFWATCH_FRONTIER_URL) with every process started with the same KEY")
    sp.add_argument("--json", action="store_true", help="print the crawl's figures as one JSON object")

    sp = add("crawls", cmd_crawls, "list recent crawls: pages, items, errors by kind, refusals, rendered share, alarms")
    sp.add_argument("--limit", type=int, default=20, help="how many, newest first")
    sp.add_argument("--json", action="store_true", help="one JSON object a line")

    sp = add("extract", cmd_extract, "print what one saved page claims", db=False)
    sp.add_argument("file")
    sp.add_argument("--url", required=True, help="the URL the page was fetched from")
    sp.add_argument("--encoding", help="override the page's declared encoding (e.g. gbk)")
    sp.add_argument("--json", action="store_true")

    sp = add("listings", cmd_listings, "list stored listings")
    sp.add_argument("--platform")
    sp.add_argument("--json", action="store_true", help="one JSON object a line")

    sp = add("findings", cmd_findings, "list current findings, riskiest listings first")
    sp.add_argument("--code", help="only this finding code")
    sp.add_argument("--platform")
    sp.add_argument("--json", action="store_true", help="one JSON object a line")

    reg = sub.add_parser("registry", help="standards registry").add_subparsers(dest="action", required=True)
    sp = reg.add_parser("import", help="import a standards CSV (all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--covers", help="families the file holds completely: GB,GB/T,QB*,DB*,* or listed "
                    "(default: nothing, so absence from it is never a finding; the bundled file: listed)")
    sp.add_argument("--data-as-of", type=_date, help="date the exported data was current (YYYY-MM-DD)")
    sp.add_argument("--label", help="name of this import cited by findings (default: the file name)")
    sp.add_argument("--source", help="where the data comes from, cited by findings (default: the file name)")
    sp.add_argument("--as-of", type=_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_registry_import)
    sp = reg.add_parser("announcement", help="import a standards announcement table (标准公告: 序号,标准编号,标准名称,"
                        "代替标准号,实施日期; all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--announced", type=_date, required=True, help="date of the announcement (YYYY-MM-DD)")
    sp.add_argument("--announcement", help="name of the announcement, cited by findings (default: the file name)")
    sp.add_argument("--withdrawn-on", type=_date, help="a 废止公告: every listed standard is withdrawn on this date")
    sp.add_argument("--as-of", type=_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_registry_announcement)

    bl = sub.add_parser("blacklist", help="blacklists, recalls, spot-check failures").add_subparsers(
        dest="action", required=True
    )
    sp = bl.add_parser("import", help="import a blacklist CSV/XLSX, a spot-check failure table (Chinese headers) or "
                       "a recall notice's text (all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--recall-notice", action="store_true", help="the file is the text of one recall notice")
    sp.add_argument("--announced", type=_date, help="date of the announcement or notice (its entries' listed_on)")
    sp.add_argument("--announcement", help="name of the announcement, cited by findings (default: the file name)")
    sp.add_argument("--as-of", type=_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_blacklist_import)
    sp = bl.add_parser("safety-gate", help="import an EU Safety Gate export (XLSX/CSV) as recalls matched by brand "
                       "and model (all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--announced", type=_date, help="date the alerts were published (when the file has no Year/Week)")
    sp.add_argument("--announcement", help="name of the export, cited by findings (default: the file name)")
    sp.add_argument("--as-of", type=_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_blacklist_safety_gate)

    rb = sub.add_parser("rulebook", help="what each product category must claim and show").add_subparsers(
        dest="action", required=True
    )
    sp = rb.add_parser("import", help="replace the rulebook with a CSV (category,requirement,value,applies_when,"
                       "source; all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--as-of", type=_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_rulebook_import)

    dc = sub.add_parser("declarations", help="enterprise-standard self-declarations").add_subparsers(
        dest="action", required=True
    )
    sp = dc.add_parser("import", help="import self-declarations (uscc,maker,standard,title,declared_on,source; "
                       "all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--as-of", type=_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_declarations_import)

    sp = add("rejudge", cmd_rejudge, "judge stored listings and claims again with the reference data now loaded "
             "(no re-crawl); reviews of findings raised again are kept")
    sp.add_argument("--as-of", type=_date, help="judge as of this date (default: today)")

    add_search_commands(add)

    sp = add("report", cmd_report, "write the HTML report and one takedown CSV per platform")
    sp.add_argument("--out", help="output folder (default: $SHELFWATCH_OUT_DIR or out)")

    sp = add("demo", cmd_demo, "the main job on the bundled demo marketplace: serve, crawl, judge, report, score")
    sp.add_argument("--seed", type=int, default=20261127)
    sp.add_argument("--listings", type=int, default=360)
    sp.add_argument("--out", help="output folder (default: out)")
    sp.add_argument("--as-of", type=_date, help="judge as of this date (default: today)")

    sp = add("demo-server", cmd_demo_server, "serve the demo marketplace for browsing or crawling", db=False)
    sp.add_argument("--port", type=int, default=8800)
    sp.add_argument("--seed", type=int, default=20261127)
    sp.add_argument("--listings", type=int, default=360)

    add_evidence_commands(add)

    sp = add("history", cmd_history, "a listing's title, price and claims across crawls (each change kept)")
    sp.add_argument("url", metavar="URL")
    sp.add_argument("--json", action="store_true", help="one JSON object a version, oldest first")

    sp = add("serve", cmd_serve, "web app for inspectors, platform operators and analysts over the store")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    sp.add_argument("--port", type=int, default=8000)

    _add_scheduling(sub, add)
    _add_account_commands(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from matching import BlacklistFileError, RegistryFileError
    from matching.declarations import DeclarationFileError
    from matching.rulebook import RulebookFileError
    from shelfwatch.wiring import NoDatabase

    args = build_parser().parse_args(argv)
    try:
        overrides: dict[str, Any] = {"db": getattr(args, "db", None)}
        if getattr(args, "render", None):
            overrides["render_js"] = args.render
        if getattr(args, "delay", None) is not None:
            overrides["download_delay"] = args.delay
        settings = load_settings(**overrides)
        return int(args.handler(args, settings))
    except (UserError, SettingError, RegistryFileError, BlacklistFileError, RulebookFileError, DeclarationFileError,
            NoDatabase, EvidenceUsageError) as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"错误 error: no such file: {exc.filename}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `shelfwatch listings --json | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
