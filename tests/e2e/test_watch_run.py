"""`shelfwatch watch run` end to end on 127.0.0.x: a watch's allowed sites are its crawl's scope, its keywords start
the crawl from the platform's search (the demo marketplace's), and its categories are counted in the run record.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from crawl_shop import Shop, html, item_page, three_site_shop

from shelfwatch.store import Store

CLI = Callable[..., Any]


@pytest.fixture
def three_sites() -> Iterator[tuple[Shop, Shop, Shop]]:
    with three_site_shop() as sites:
        yield sites


def _watch_run(cli: CLI, tmp_path: Path, name: str, toml: str, **env: str) -> dict[str, Any]:
    watches = tmp_path / "watches.toml"
    watches.write_text(toml, encoding="utf-8")
    res = cli("watch", "run", name, "--json", env={"SHELFWATCH_WATCHES": str(watches), "SHELFWATCH_RENDER_JS": "never",
                                                   "SHELFWATCH_DB": str(tmp_path / "default.db"), **env})
    assert res.returncode == 0, res.stderr[-3000:]
    return dict(json.loads(res.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("allowed", [[], ["127.0.0.2"]], ids=["own-site-only", "partner-allowed"])
def test_a_watch_follows_links_only_to_its_own_and_its_allowed_sites(  # type: ignore[no-untyped-def]
    cli, three_sites: tuple[Shop, Shop, Shop], tmp_path: Path, allowed: list[str]
) -> None:
    shop, partner, stranger = three_sites
    # Both other hosts may be reached on their private address, so only the site scope decides what is followed.
    stats = _watch_run(cli, tmp_path, "w",
                       f'[watches.w]\nstart_urls = ["{shop.url("/list")}"]\nevery_minutes = 60\n'
                       f'allowed_sites = {json.dumps(allowed)}\ndb = "w.db"\n',
                       SHELFWATCH_ALLOW_HOSTS="127.0.0.2,127.0.0.3")
    assert stranger.total_hits == 0  # never named: refused before any request
    if allowed:
        assert partner.hits["/item/2.html"] == 1
        assert stats["items_stored"] == 2 and stats["refused"] == {"offsite_link": 1}
    else:
        assert partner.total_hits == 0
        assert stats["items_stored"] == 1 and stats["refused"] == {"offsite_link": 2}
    store = Store(str(tmp_path / "w.db"))  # the watch's own db, next to the watches file
    try:
        assert [(r["watch"], r["state"]) for r in store.recent_runs()] == [("w", "succeeded")]
        urls = {row["url"] for row in store.iter_listings()}
    finally:
        store.close()
    assert (partner.url("/item/2.html") in urls) == bool(allowed)


def test_a_watch_searches_its_platform_for_each_keyword_and_counts_its_categories(  # type: ignore[no-untyped-def]
    cli, demo_site, small_market, tmp_path: Path
) -> None:
    # A watch about down garments and (as a category nobody sells here) helmets, searching for down and toys.
    stats = _watch_run(cli, tmp_path, "winter",
                       '[watches.winter]\nplatform = "jd-demo"\nkeywords = ["羽绒服", "儿童玩具"]\n'
                       f'search_site = "{demo_site.base_url}"\ncategories = ["down_garments", "helmets"]\n'
                       'cron = "0 1 * * *"\ndb = "winter.db"\n')
    wanted = {t["url"] for t in small_market.truth
              if t["platform"] == "jd-demo" and t["category"] in ("down_garments", "toys")}
    assert wanted  # the seed has both on the JD-style platform
    store = Store(str(tmp_path / "winter.db"))
    try:
        stored = {row["url"].removeprefix(demo_site.base_url): row["category_key"] for row in store.iter_listings()}
        crawls = store.iter_crawls()
        runs = store.recent_runs()
    finally:
        store.close()
    # The searches found every JD down garment and toy and nothing else (the list pages behind them are not crawled).
    assert set(stored) == wanted
    # Keywords went out as UTF-8 percent-encoding, through the profile's search_url.
    assert crawls[0]["start_urls"] == [
        f"{demo_site.base_url}/jd/list?keyword=%E7%BE%BD%E7%BB%92%E6%9C%8D&page=1",
        f"{demo_site.base_url}/jd/list?keyword=%E5%84%BF%E7%AB%A5%E7%8E%A9%E5%85%B7&page=1",
    ]
    figures = stats["categories"]
    assert figures["watched"] == {"down_garments": sum(1 for k in stored.values() if k == "down_garments"),
                                  "helmets": 0}
    assert figures["watched"]["down_garments"] > 0
    assert figures["outside"] == len(stored) - figures["watched"]["down_garments"] > 0  # the toys, kept
    assert figures["outside_by_category"].get("toys", 0) > 0
    run = runs[0]
    assert run["state"] == "succeeded" and run["stats"]["categories"] == figures
    assert any("关注品类无商品" in a and "helmets" in a for a in run["alarms"]), run["alarms"]
    watches = cli("watch", "list", env={"SHELFWATCH_WATCHES": str(tmp_path / "watches.toml")})
    assert watches.stdout.split("\t")[2] == " ".join(crawls[0]["start_urls"])  # where it starts, keywords resolved
    listed = cli("runs", "--db", str(tmp_path / "winter.db"))
    assert f"down_garments {figures['watched']['down_garments']}, helmets 0, outside {figures['outside']}" \
        in listed.stdout, listed.stdout


def test_the_demo_search_pages_keep_the_keyword_and_find_nothing_for_nonsense(demo_site) -> None:  # type: ignore[no-untyped-def]
    from urllib.request import urlopen

    # The JD-style list holds 20 listings a page; a keyword found on more pages links its next page with itself.
    def page(target: str) -> str:
        with urlopen(demo_site.base_url + target, timeout=10) as res:  # noqa: S310 (127.0.0.1 only)
            return str(res.read().decode("utf-8"))

    nothing = page("/shop/products?s=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84%E4%B8%9C%E8%A5%BF&page=1")
    assert "/shop/p/" not in nothing  # 不存在的东西: an empty result page
    found = page("/tmall/list?q=%E7%BE%BD%E7%BB%92&page=1")  # 羽绒
    assert "/tmall/item.htm?id=" in found
    assert page("/jd/list?page=1") != page("/jd/list?keyword=%E7%BE%BD%E7%BB%92%E6%9C%8D&page=1")


def test_runs_shows_a_running_watchs_progress(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import itertools
    import os
    import subprocess
    import sys
    import threading
    import time

    # The first three items are served at once; the rest wait until the test has seen the run in progress, so the
    # crawl is still running (with listings stored) whenever `runs` gets to look, however loaded the machine is.
    seen_running = threading.Event()
    served = itertools.count()

    def slow_item(path: str) -> tuple[int, dict[str, str], bytes]:
        if next(served) >= 3:
            seen_running.wait(90)
        return item_page(f"慢速玩具{path}")

    with Shop() as shop:
        shop.routes["/list"] = html("".join(f'<a href="/item/{n}.html">{n}</a>' for n in range(8)))
        shop.routes.update({f"/item/{n}.html": slow_item for n in range(8)})
        watches = tmp_path / "watches.toml"
        watches.write_text(f'[watches.slow]\nstart_urls = ["{shop.url("/list")}"]\nevery_minutes = 60\n',
                           encoding="utf-8")
        env = {**os.environ, "SHELFWATCH_WATCHES": str(watches), "SHELFWATCH_DB": str(tmp_path / "slow.db"),
               "SHELFWATCH_RENDER_JS": "never", "SHELFWATCH_CONCURRENCY_PER_DOMAIN": "1"}
        crawl = subprocess.Popen([sys.executable, "-m", "shelfwatch", "watch", "run", "slow"], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen: list[str] = []
        try:
            deadline = time.monotonic() + 120
            while crawl.poll() is None and time.monotonic() < deadline:
                res = cli("runs", env={"SHELFWATCH_WATCHES": str(watches), "SHELFWATCH_DB": str(tmp_path / "slow.db")})
                seen += [line for line in res.stdout.splitlines() if "进行中 running:" in line]
                if any(int(line.split("running: ")[1].split()[0]) > 0 for line in seen):
                    seen_running.set()
                    break
                time.sleep(0.3)
            seen_running.set()
            assert crawl.wait(120) == 0
        finally:
            seen_running.set()
            if crawl.poll() is None:
                crawl.kill()
    # While running: state, an elapsed time still counting (…), and the listings stored so far.
    assert seen, "the run was never seen running"
    cols = seen[-1].split("\t")
    assert cols[2:4] == ["slow", "running"] and cols[5].endswith("s…")
    assert 0 < int(cols[6].split("running: ")[1].split()[0]) <= 8  # the store's count, read while it ran
    done = cli("runs", env={"SHELFWATCH_WATCHES": str(watches), "SHELFWATCH_DB": str(tmp_path / "slow.db")})
    assert done.stdout.split("\t")[3] == "succeeded" and "8 items/" in done.stdout
