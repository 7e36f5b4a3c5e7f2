"""Reference data (standards registry, announcements, blacklists, rulebook, self-declarations) and ``rejudge``: every import re-judges the stored listings and brings the search index up to date."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand, UserError, parse_date
from shelfwatch.settings import Settings


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


def add_commands(sub: Any, add: AddCommand) -> None:
    reg = sub.add_parser("registry", help="standards registry").add_subparsers(dest="action", required=True)
    sp = reg.add_parser("import", help="import a standards CSV (all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--covers", help="families the file holds completely: GB,GB/T,QB*,DB*,* or listed "
                    "(default: nothing, so absence from it is never a finding; the bundled file: listed)")
    sp.add_argument("--data-as-of", type=parse_date, help="date the exported data was current (YYYY-MM-DD)")
    sp.add_argument("--label", help="name of this import cited by findings (default: the file name)")
    sp.add_argument("--source", help="where the data comes from, cited by findings (default: the file name)")
    sp.add_argument("--as-of", type=parse_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_registry_import)
    sp = reg.add_parser("announcement", help="import a standards announcement table (标准公告: 序号,标准编号,标准名称,"
                        "代替标准号,实施日期; all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--announced", type=parse_date, required=True, help="date of the announcement (YYYY-MM-DD)")
    sp.add_argument("--announcement", help="name of the announcement, cited by findings (default: the file name)")
    sp.add_argument("--withdrawn-on", type=parse_date, help="a 废止公告: every listed standard is withdrawn on this date")
    sp.add_argument("--as-of", type=parse_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_registry_announcement)

    bl = sub.add_parser("blacklist", help="blacklists, recalls, spot-check failures").add_subparsers(
        dest="action", required=True
    )
    sp = bl.add_parser("import", help="import a blacklist CSV/XLSX, a spot-check failure table (Chinese headers) or "
                       "a recall notice's text (all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--recall-notice", action="store_true", help="the file is the text of one recall notice")
    sp.add_argument("--announced", type=parse_date, help="date of the announcement or notice (its entries' listed_on)")
    sp.add_argument("--announcement", help="name of the announcement, cited by findings (default: the file name)")
    sp.add_argument("--as-of", type=parse_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_blacklist_import)
    sp = bl.add_parser("safety-gate", help="import an EU Safety Gate export (XLSX/CSV) as recalls matched by brand "
                       "and model (all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--announced", type=parse_date, help="date the alerts were published (when the file has no Year/Week)")
    sp.add_argument("--announcement", help="name of the export, cited by findings (default: the file name)")
    sp.add_argument("--as-of", type=parse_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_blacklist_safety_gate)

    rb = sub.add_parser("rulebook", help="what each product category must claim and show").add_subparsers(
        dest="action", required=True
    )
    sp = rb.add_parser("import", help="replace the rulebook with a CSV (category,requirement,value,applies_when,"
                       "source; all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--as-of", type=parse_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_rulebook_import)

    dc = sub.add_parser("declarations", help="enterprise-standard self-declarations").add_subparsers(
        dest="action", required=True
    )
    sp = dc.add_parser("import", help="import self-declarations (uscc,maker,standard,title,declared_on,source; "
                       "all rows or none), then re-judge stored listings")
    sp.add_argument("file")
    sp.add_argument("--db")
    sp.add_argument("--as-of", type=parse_date, help="re-judge stored listings as of this date (default: today)")
    sp.set_defaults(handler=cmd_declarations_import)

    sp = add("rejudge", cmd_rejudge, "judge stored listings and claims again with the reference data now loaded "
             "(no re-crawl); reviews of findings raised again are kept")
    sp.add_argument("--as-of", type=parse_date, help="judge as of this date (default: today)")

