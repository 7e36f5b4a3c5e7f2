"""Long-running servers: the web app (``serve``), the demo job and the demo marketplace."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from shelfwatch.cli.common import AddCommand, parse_date
from shelfwatch.settings import Settings


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


def add_commands(sub: Any, add: AddCommand) -> None:
    sp = add("demo", cmd_demo, "the main job on the bundled demo marketplace: serve, crawl, judge, report, score")
    sp.add_argument("--seed", type=int, default=20261127)
    sp.add_argument("--listings", type=int, default=360)
    sp.add_argument("--out", help="output folder (default: out)")
    sp.add_argument("--as-of", type=parse_date, help="judge as of this date (default: today)")

    sp = add("demo-server", cmd_demo_server, "serve the demo marketplace for browsing or crawling", db=False)
    sp.add_argument("--port", type=int, default=8800)
    sp.add_argument("--seed", type=int, default=20261127)
    sp.add_argument("--listings", type=int, default=360)

    sp = add("serve", cmd_serve, "web app for inspectors, platform operators and analysts over the store")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    sp.add_argument("--port", type=int, default=8000)

