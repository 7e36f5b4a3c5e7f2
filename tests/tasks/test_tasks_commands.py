"""The scheduling commands as an operator runs them: `shelfwatch watch run`, `runs`, `beat` (real processes)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_watch_run_needs_no_redis_and_records_its_runs(cli: Callable[..., subprocess.CompletedProcess[str]],
                                                       tiny_site: str, tmp_path: Path) -> None:
    db = tmp_path / "office.db"
    watches = tmp_path / "watches.toml"
    watches.write_text(f'[watches.tiny]\nstart_urls = ["{tiny_site}/list.html"]\ncron = "0 2 * * *"\n'
                       f'[watches.down]\nstart_urls = ["http://127.0.0.1:{_closed_port()}/list"]\nevery_minutes = 5\n',
                       encoding="utf-8")
    # No Redis anywhere: the broker URL points at a closed port and nothing may try it.
    env = {"SHELFWATCH_BROKER_URL": f"redis://127.0.0.1:{_closed_port()}/0", "SHELFWATCH_WATCHES": str(watches),
           "SHELFWATCH_DB": str(db), "SHELFWATCH_RENDER_JS": "never"}
    ok = cli("watch", "run", "tiny", env=env)
    assert ok.returncode == 0, ok.stderr[-2000:]
    assert "监测完成 watch tiny done: 1 listings stored" in ok.stdout
    down = cli("watch", "run", "down", env=env)
    assert down.returncode == 3 and "no page could be fetched" in down.stderr

    runs = cli("runs", env=env)
    assert runs.returncode == 0, runs.stderr
    lines = [line.split("\t") for line in runs.stdout.splitlines()]
    assert [(cols[2], cols[3]) for cols in lines] == [("down", "failed"), ("tiny", "succeeded")]
    assert "未存任何商品 no listing stored" in lines[0][7] and "CrawlFailed" in lines[0][8]
    assert lines[1][6] == "1 items/3 pages"  # robots.txt, the list, the item
    unknown = cli("watch", "run", "nope", env=env)
    assert unknown.returncode == 2 and "no watch named 'nope'" in unknown.stderr


@pytest.mark.redis
def test_beat_picks_up_an_edited_watches_file_without_a_restart(redis_url: str, tmp_path: Path) -> None:
    watches = tmp_path / "watches.toml"
    watches.write_text('[watches.a]\nstart_urls = ["http://127.0.0.1:9/list"]\nevery_minutes = 60\n',
                       encoding="utf-8")
    log = tmp_path / "beat.log"
    env = {**os.environ, "SHELFWATCH_BROKER_URL": redis_url, "SHELFWATCH_WATCHES": str(watches),
           "PYTHONPATH": str(REPO)}
    with log.open("wb") as out:
        beat = subprocess.Popen([sys.executable, "-m", "shelfwatch", "beat", "--schedule", str(tmp_path / "sched")],
                                cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)

    def wait_for(text: str) -> None:
        deadline = time.monotonic() + 60
        while text not in log.read_text(errors="replace"):
            assert beat.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, f"beat never logged {text!r}:\n{log.read_text(errors='replace')[-3000:]}"
            time.sleep(0.2)

    try:
        wait_for("1 watches scheduled (watch:a)")
        watches.write_text('[watches.a]\nstart_urls = ["http://127.0.0.1:9/list"]\ncron = "0 3 * * *"\n'
                           '[watches.b]\nstart_urls = ["http://127.0.0.1:9/b"]\nevery_minutes = 5\n', encoding="utf-8")
        os.utime(watches, ns=(time.time_ns(), time.time_ns() + 10**9))
        wait_for("2 watches scheduled (watch:a, watch:b)")
        assert beat.poll() is None  # the same process: no restart
    finally:
        beat.send_signal(signal.SIGTERM)
        beat.wait(20)


@pytest.mark.redis
def test_beat_sends_the_upkeep_tasks_of_the_watches_file_to_the_workers(worker, redis_url: str,  # type: ignore[no-untyped-def]
                                                                        tmp_path: Path) -> None:
    from shelfwatch.store import Store

    db, notices = tmp_path / "office.db", tmp_path / "notices"
    Store(str(db)).close()  # the upkeep tasks need an existing store
    watches = tmp_path / "watches.toml"
    watches.write_text(f'[upkeep.exports]\ntask = "export_notices"\ncron = "* * * * *"\ntarget = "{db}"\n'
                       f'out_dir = "{notices}"\n', encoding="utf-8")
    log = tmp_path / "beat.log"
    env = {**os.environ, "SHELFWATCH_BROKER_URL": redis_url, "SHELFWATCH_WATCHES": str(watches),
           "PYTHONPATH": str(REPO)}
    with log.open("wb") as out:
        beat = subprocess.Popen([sys.executable, "-m", "shelfwatch", "beat", "--schedule", str(tmp_path / "sched")],
                                cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 150  # due at the next minute boundary, then one worker slot away
        while True:
            store = Store(str(db))
            runs = store.recent_runs()
            store.close()
            if any(r["state"] == "succeeded" for r in runs):
                break
            assert beat.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, f"no upkeep run: {runs}\n{log.read_text(errors='replace')[-3000:]}"
            time.sleep(1)
        assert "1 upkeep tasks scheduled (upkeep:exports)" in log.read_text(errors="replace")
        assert runs[0]["kind"] == "export_notices" and runs[0]["stats"]["folder"] == str(notices)
        assert notices.is_dir()
    finally:
        beat.send_signal(signal.SIGTERM)
        beat.wait(20)
