"""What was found and what may leave the office: ``findings`` and ``report`` (takedown lists hold confirmed findings only)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand, print_json
from shelfwatch.settings import Settings


def cmd_findings(args: argparse.Namespace, s: Settings) -> int:
    from shelfwatch.records import finding_json
    from shelfwatch.wiring import open_store

    store = open_store(s, must_exist=True)
    for row in store.iter_findings(code=args.code, platform=args.platform):
        d = finding_json(row)
        if args.json:
            print_json(d)
        else:
            print(f"[{d['severity']}] {d['code']}\t{d['url']}\t{d['explanation']}\t证据: {d['evidence']}")
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


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add("findings", cmd_findings, "list current findings, riskiest listings first")
    sp.add_argument("--code", help="only this finding code")
    sp.add_argument("--platform")
    sp.add_argument("--json", action="store_true", help="one JSON object a line")

    sp = add("report", cmd_report, "write the HTML report and one takedown CSV per platform")
    sp.add_argument("--out", help="output folder (default: $SHELFWATCH_OUT_DIR or out)")

