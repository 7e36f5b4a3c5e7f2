"""A watch's max_minutes for real: the crawl child still running past it is killed, and the attempt is recorded as
failed with CrawlTimedOut, which the crawl task does not retry (it would time out again)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
from crawl_shop import Shop, html  # noqa: E402

from shelfwatch.store import Store  # noqa: E402
from tasks.crawl import _run_child  # noqa: E402
from tasks.runs import CrawlTimedOut, recorded  # noqa: E402
from tasks.watches import Watch  # noqa: E402


def test_a_crawl_past_its_watchs_max_minutes_is_stopped_and_recorded_failed(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def stuck(path: str) -> tuple[int, dict[str, str], bytes]:
        time.sleep(30)  # a shop that hangs: only the time limit ends this crawl
        return html("<html><body>late</body></html>")

    monkeypatch.setenv("SHELFWATCH_RENDER_JS", "never")
    with Shop() as shop:
        shop.routes["/list"] = stuck
        # A twentieth of a minute (3 s): the file only takes whole minutes, the limit itself is the same code.
        watch = Watch(name="stuck", start_urls=(shop.url("/list"),), every_minutes=5, db=str(tmp_path / "s.db"),
                      max_minutes=0.05)  # type: ignore[arg-type]
        started = time.monotonic()
        with pytest.raises(CrawlTimedOut, match=r"ran past max_minutes=0.05 and was stopped"):
            recorded(watch, lambda: _run_child(watch))
        took = time.monotonic() - started
        assert 2.9 <= took < 25, took  # stopped at the limit, not before, and not when the shop answered
    store = Store(watch.db)
    try:
        (run,) = store.recent_runs()
    finally:
        store.close()
    assert run["state"] == "failed" and run["error"].startswith("CrawlTimedOut: ") and run["finished_at"]
