"""Crawling and reading back what a crawl stored: ``crawl``, ``crawls``, ``extract``, ``listings``, ``history``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand, UserError, parse_date, print_json
from shelfwatch.settings import Settings


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
        print_json(stats)
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
            print_json(d)
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
        print_json(out)
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
            print_json(d)
        else:
            print(f"{d['platform']}\t{d['item_id']}\t{d['risk']:.0f}\t{d['title']}\t{' '.join(d['standards'])}")
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
            print_json({"recorded_at": v["recorded_at"], "crawl_id": v["crawl_id"], "title": v["title"],
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


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add("crawl", cmd_crawl, "crawl start URLs (list or item pages) through extract, match and index")
    sp.add_argument("urls", nargs="+", metavar="URL")
    sp.add_argument("--render", choices=["auto", "always", "never"], help="when to render pages in Chromium")
    sp.add_argument("--delay", type=float, help="seconds between requests to one site (politeness)")
    sp.add_argument("--as-of", type=parse_date, help="judge standards as of this date (default: today)")
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

    sp = add("history", cmd_history, "a listing's title, price and claims across crawls (each change kept)")
    sp.add_argument("url", metavar="URL")
    sp.add_argument("--json", action="store_true", help="one JSON object a version, oldest first")

