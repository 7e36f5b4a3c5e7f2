"""Faults a province's deployment meets, with the real servers: the database restarting under a running crawl."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from counting_shop import CountingShop

from shelfwatch.store import Store

REPO = Path(__file__).resolve().parents[2]


def test_postgresql_restarted_mid_crawl_and_the_crawl_carries_on(pg_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = pg_server.create_database("restart")
    env = {**os.environ, "SHELFWATCH_DB": db, "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_OBEY_ROBOTS": "false",
           "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "2", "SHELFWATCH_INDEX_PATH": str(tmp_path / "ix.db"),
           "SHELFWATCH_LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO)}
    log = tmp_path / "crawl.log"
    with CountingShop(pages=4, per_page=10, delay=0.1) as shop, log.open("wb") as err:
        crawl = subprocess.Popen([sys.executable, "-m", "shelfwatch", "crawl", shop.start_url, "--json"],
                                 cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=err)
        deadline = time.monotonic() + 60
        while sum(shop.hits.values()) < 12:  # listings are being stored
            assert time.monotonic() < deadline and crawl.poll() is None, log.read_text()[-2000:]
            time.sleep(0.02)
        pg_server.stop("fast")  # every connection dropped; nothing listens for two seconds
        time.sleep(2)
        pg_server.start()
        out = crawl.communicate(timeout=180)[0]
    text = log.read_text(errors="replace")
    assert crawl.returncode == 0, text[-3000:]
    assert "database unreachable" in text  # it did meet the outage
    stats = json.loads(out.decode().strip().splitlines()[-1])
    assert (stats["items_stored"], stats["item_errors"]) == (40, 0)
    store = Store(db)
    assert store.counts()["listings"] == 40  # no page fetched during the outage was lost
    store.close()
