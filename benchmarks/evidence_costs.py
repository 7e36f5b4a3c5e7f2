"""What evidence and incremental re-crawls cost, each against a baseline measured in the same run.

- screenshots: the same rendered item pages crawled with SHELFWATCH_EVIDENCE_SCREENSHOTS=false and =true,
  alternated (false, true, false, true), crawl seconds as `crawl --json` reports them;
- re-crawl: static item pages crawled into an empty store (the baseline), then again with nothing changed (found
  unchanged by their equal hash: nothing extracted, judged, stored or indexed), elapsed seconds of each.

Run: `PYTHONPATH=. python -m benchmarks.evidence_costs` (pages served on 127.0.0.1 by tests/e2e/crawl_shop.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))
from crawl_shop import Answer, Shop, html  # noqa: E402

RENDERED, STATIC = 30, 300


def _page(n: int) -> str:
    return (f"<html><head><title>积木{n}</title></head><body><h1>积木{n}</h1><ul class='p-parameter-list'>"
            f"<li>品牌：乐玩</li><li>执行标准：GB 16410-2022</li></ul><div style='height:2000px'>详情</div></body></html>")


def _crawl(url: str, db: str, render: str, **env: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "shelfwatch", "crawl", url, "--db", db, "--render", render,
                           "--json"], capture_output=True, text=True, check=True,
                          env={**os.environ, "SHELFWATCH_SEARCH_SEMANTIC": "false", **env})
    return dict(json.loads(done.stdout.splitlines()[-1]))


def main() -> None:
    out: dict[str, Any] = {}
    with Shop() as shop:
        shop.routes["/list"] = html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(RENDERED)))
        for n in range(RENDERED):
            shop.routes[f"/item/{n}.html"] = html(_page(n))
        runs: dict[str, list[float]] = {"false": [], "true": []}
        for flag in ("false", "true", "false", "true"):
            with tempfile.TemporaryDirectory() as d:
                stats = _crawl(shop.url("/list"), f"{d}/b.db", "always", SHELFWATCH_EVIDENCE_SCREENSHOTS=flag)
                assert stats["rendered_pages"] == RENDERED, stats
                runs[flag].append(stats["elapsed_seconds"])
        out["screenshots"] = runs
    with Shop() as shop:  # this server sends no validators: the second crawl finds every page by its equal hash
        shop.routes["/list"] = html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(STATIC)))
        for n in range(STATIC):
            answer: Answer = html(_page(n))
            shop.routes[f"/item/{n}.html"] = answer
        with tempfile.TemporaryDirectory() as d:
            first = _crawl(shop.url("/list"), f"{d}/r.db", "never")
            second = _crawl(shop.url("/list"), f"{d}/r.db", "never")
        out["recrawl"] = {"first": first["elapsed_seconds"], "first_stored": first["items_stored"],
                          "second": second["elapsed_seconds"], "second_unchanged": second["unchanged"],
                          "second_stored": second["items_stored"]}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
