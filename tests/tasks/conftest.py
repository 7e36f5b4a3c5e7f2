"""Real services for the task tests: a redis-server and a Celery worker, each a subprocess stopped by its PID."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from celery import Celery
from processes import free_port, stop

from tasks.celery_app import make_celery

REDIS_SERVER = Path("/usr/bin/redis-server")
REPO = Path(__file__).resolve().parents[2]
SITE = Path(__file__).resolve().parent / "site"


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    if not REDIS_SERVER.exists():
        pytest.skip(f"{REDIS_SERVER} is missing: install the redis-server package to run the Celery tests")
    port = free_port()
    proc = subprocess.Popen([str(REDIS_SERVER), "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                             "--appendonly", "no", "--daemonize", "no"], stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                stop(proc)
                pytest.fail(f"redis-server did not start on port {port}")
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    stop(proc)


@pytest.fixture(scope="session")
def watches_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The watches file the worker reads (SHELFWATCH_WATCHES); tests rewrite it, the task re-reads it."""
    path = tmp_path_factory.mktemp("watches") / "watches.toml"
    path.write_text("", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def worker(redis_url: str, watches_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Celery]:
    """A real `celery worker` subprocess on the test redis; yields a client app bound to the same broker."""
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    env = {**os.environ, "SHELFWATCH_BROKER_URL": redis_url, "SHELFWATCH_WATCHES": str(watches_path),
           "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_TASK_RETRIES": "1", "SHELFWATCH_TASK_RETRY_BACKOFF_S": "0.2",
           "SHELFWATCH_FRONTIER_IDLE_S": "1", "SHELFWATCH_JOBS_DIR": str(tmp_path_factory.mktemp("jobs")),
           # 127.0.0.2 and .3 stand in for other sites in the scope tests: reachable, so only a watch's sites decide.
           "SHELFWATCH_ALLOW_HOSTS": "127.0.0.2,127.0.0.3"}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "shelfwatch", "worker", "--concurrency", "1", "--loglevel", "warning",
             "--name", f"test-{os.getpid()}@%h"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    client = make_celery(redis_url, watches=watches_path)
    try:
        deadline = time.monotonic() + 60
        while not client.control.ping(timeout=0.5):
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"celery worker did not come up:\n{log.read_text(errors='replace')[-3000:]}")
        yield client
    finally:
        stop(proc)
        client.close()


@pytest.fixture
def write_watches(watches_path: Path) -> Callable[[str], Path]:
    """Replace the worker's watches file with the given TOML text."""

    def write(text: str) -> Path:
        watches_path.write_text(text, encoding="utf-8")
        return watches_path

    return write


@pytest.fixture
def tiny_site() -> Iterator[str]:
    """tests/tasks/site served on 127.0.0.1 (a list page linking one item page); yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(SITE)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep pytest output clean
        pass
