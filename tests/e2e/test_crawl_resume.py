"""Kill -9 in the middle of a crawl, start it again with the same job directory: nothing stored is fetched again,
nothing is lost or stored twice, and the search index has every listing. The shop counts fetches per URL.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from crawl_shop import Answer, Shop, html, item_page

N = 40


def _slow(path: str) -> Answer:
    time.sleep(0.15)  # slow enough that the kill lands mid-crawl
    return item_page("商品" + path.rsplit("/", 1)[1].split(".")[0])


@pytest.fixture
def shop() -> Iterator[Shop]:
    with Shop() as s:
        s.routes["/list"] = html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(1, N + 1)))
        s.routes.update({f"/item/{n}.html": _slow for n in range(1, N + 1)})
        yield s


def _stored(db: Path) -> set[str]:
    try:
        with sqlite3.connect(db) as conn:
            return {u.rsplit("/", 1)[1] for (u,) in conn.execute("SELECT url FROM listings")}
    except sqlite3.OperationalError:  # not created yet, or busy
        return set()


def _children(pid: int) -> set[int]:
    out: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        out.update(int(c) for c in (task / "children").read_text().split())
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie is dead, only not yet reaped


def test_sigkill_mid_crawl_then_resume(cli, shop: Shop, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, job = tmp_path / "r.db", tmp_path / "job"
    env = {**os.environ, "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "2"}
    args = [sys.executable, "-m", "shelfwatch", "crawl", shop.url("/list"), "--db", str(db), "--job-dir", str(job),
            "--render", "never", "--json"]
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while len(_stored(db)) < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    writers = _children(proc.pid)  # the crawl's writer process (crawlers/pipelines.py)
    assert writers
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the writer dies with the crawl: no orphan may commit while the resumed job reads what is done
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in writers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in writers)
    before = _stored(db)
    assert 10 <= len(before) < N, len(before)  # really killed in the middle
    hits_before = dict(shop.hits)

    res = cli("crawl", shop.url("/list"), "--db", str(db), "--job-dir", str(job), "--render", "never", "--json",
              env={"SHELFWATCH_CONCURRENCY_PER_DOMAIN": "2"})
    assert res.returncode == 0, res.stderr[-3000:]
    stats = json.loads(res.stdout.strip().splitlines()[-1])

    assert _stored(db) == {f"{n}.html" for n in range(1, N + 1)}  # nothing lost
    with sqlite3.connect(db) as conn:  # nothing twice: one listing and one page version per item
        assert conn.execute("SELECT COUNT(*) FROM listings").fetchone()[0] == N
        assert conn.execute("SELECT COUNT(*) FROM pages").fetchone()[0] == N
    for name in before:  # nothing stored was fetched again
        assert shop.hits[f"/item/{name}"] == hits_before[f"/item/{name}"] == 1, name
    assert stats["items_stored"] == N - len(before) and stats["failed_requests"] == 0
    # every listing is searchable, the ones whose index batch the kill lost included
    found = cli("search", "商品", "--db", str(db), "--json", "--limit", "100")
    assert len(found.stdout.splitlines()) == N, found.stderr[-2000:]

    # the job ran to its end: the same folder now starts a new job (all pages fetched again)
    # (fetched, and found unchanged since this job stored them: crawlers/revisit.py)
    res = cli("crawl", shop.url("/list"), "--db", str(db), "--job-dir", str(job), "--render", "never", "--json")
    again = json.loads(res.stdout.strip().splitlines()[-1])
    assert again["items_stored"] + again["unchanged"].get("same_hash", 0) == N
