"""`shelfwatch crawl` against the demo marketplace over HTTP on 127.0.0.1, with the real Chromium."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from crawlers.links import canonical_url

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def crawled(cli, demo_site, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("crawl") / "crawl.db"
    # Pages read by a worker process (crawlers/reading.py); the other crawl tests read them on the reactor thread,
    # the default on a machine of two cores, so both ways meet the whole demo marketplace.
    res = cli("crawl", *demo_site.start_urls, "--db", str(db), "--json", env={"SHELFWATCH_EXTRACT_WORKERS": "1"})
    assert res.returncode == 0, res.stderr[-3000:]
    stats = json.loads(res.stdout.strip().splitlines()[-1])
    assert stats["failed_requests"] == 0, stats
    return db


def _lines(res) -> list[dict]:  # type: ignore[no-untyped-def]
    assert res.returncode == 0, res.stderr[-3000:]
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


def test_every_listing_of_every_platform_is_stored(cli, crawled: Path, demo_site, small_market) -> None:  # type: ignore[no-untyped-def]
    rows = _lines(cli("listings", "--db", str(crawled), "--json"))
    want = {canonical_url(demo_site.base_url + p["url"]) for p in small_market.truth}
    assert {r["url"] for r in rows} == want
    assert {r["platform"] for r in rows} == {"jd-demo", "tmall-demo", "shop-demo"}
    for r in rows:
        assert {"url", "platform", "item_id", "title", "price", "brand", "maker", "standards", "certificates"} <= set(r)
        assert r["title"], r["url"]


def test_js_only_pages_were_rendered_and_read(cli, crawled: Path, demo_site, small_market) -> None:  # type: ignore[no-untyped-def]
    rows = {r["url"]: r for r in _lines(cli("listings", "--db", str(crawled), "--json"))}
    tmall = [r for r in rows.values() if r["platform"] == "tmall-demo"]
    assert tmall and all(r["rendered"] for r in tmall)
    assert not any(r["rendered"] for r in rows.values() if r["platform"] != "tmall-demo")
    truth = {canonical_url(demo_site.base_url + p["url"]): p for p in small_market.truth}
    for r in tmall:
        assert sorted(r["standards"]) == sorted(truth[r["url"]]["standards"]), r["url"]


def test_claims_match_the_ground_truth(cli, crawled: Path, demo_site, small_market) -> None:  # type: ignore[no-untyped-def]
    rows = {r["url"]: r for r in _lines(cli("listings", "--db", str(crawled), "--json"))}
    wrong = []
    for page in small_market.truth:
        r = rows[canonical_url(demo_site.base_url + page["url"])]
        got_certs = sorted((c["type"], c["number"]) for c in r["certificates"])
        want_certs = sorted((c["type"], c["number"]) for c in page["certificates"])
        if sorted(r["standards"]) != sorted(page["standards"]) or got_certs != want_certs:
            wrong.append((page["url"], r["standards"], page["standards"], got_certs, want_certs))
    assert not wrong, wrong[:5]


def test_findings_json_contract(cli, crawled: Path) -> None:
    rows = _lines(cli("findings", "--db", str(crawled), "--json"))
    assert rows
    for r in rows:
        assert {"url", "code", "severity", "evidence", "explanation"} <= set(r)
        assert r["explanation"]


def test_search_finds_chinese_terms(cli, crawled: Path) -> None:
    res = cli("search", "羽绒服", "--db", str(crawled), "--json")
    hits = _lines(res)
    assert hits and all("羽绒" in (h["title"] + h["snippet"]) for h in hits[:3])


def test_evidence_keeps_the_page(cli, crawled: Path, demo_site, small_market) -> None:  # type: ignore[no-untyped-def]
    url = canonical_url(demo_site.base_url + small_market.truth[0]["url"])
    res = cli("evidence", url, "--db", str(crawled))
    assert res.returncode == 0 and "<html" in res.stdout.lower()


def test_a_shop_that_is_down_is_a_clear_error(cli, tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens there
    res = cli("crawl", f"http://127.0.0.1:{port}/jd/list?page=1", "--db", str(tmp_path / "x.db"))
    assert res.returncode == 3
    assert "no page could be fetched" in res.stderr


def test_max_items_stops_and_job_dir_resumes_without_losing_pages(  # type: ignore[no-untyped-def]
    cli, demo_site, small_market, tmp_path: Path
) -> None:
    db, job = tmp_path / "few.db", tmp_path / "job"
    start = demo_site.start_urls[0]
    prefix = "/" + start.split("/")[3] + "/"  # the platform's path prefix: /jd/, /tmall/ or /shop/
    on_platform = sum(1 for p in small_market.truth if p["url"].startswith(prefix))
    # One request at a time, with a delay, so the limit lands well before the last page: an item counts once its
    # batch is stored and indexed (crawlers/pipelines.py), and pages keep coming while the writer works.
    one_at_a_time = {"SHELFWATCH_CONCURRENCY_PER_DOMAIN": "1", "SHELFWATCH_DOWNLOAD_DELAY": "0.5"}
    res = cli("crawl", start, "--db", str(db), "--max-items", "3", "--job-dir", str(job), "--json", env=one_at_a_time)
    assert res.returncode == 0, res.stderr[-2000:]
    first = json.loads(res.stdout.strip().splitlines()[-1])["items_stored"]
    assert 3 <= first < on_platform  # a soft limit: pages already in flight are stored, not dropped
    res = cli("crawl", start, "--db", str(db), "--job-dir", str(job), "--json")
    assert res.returncode == 0, res.stderr[-2000:]
    # The second run resumes the queue: every item page of the platform is stored exactly once in the end.
    assert len(_lines(cli("listings", "--db", str(db), "--json"))) == on_platform



def test_item_url_as_start_and_render_never(cli, demo_site, small_market, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A JS-only item page crawled with rendering off is stored with its title only; with auto it has its facts."""
    page = next(p for p in small_market.truth if p["platform"] == "tmall-demo" and p["standards"])
    url = demo_site.base_url + page["url"]
    for render, expect_standards in (("never", []), ("auto", sorted(page["standards"]))):
        db = tmp_path / f"{render}.db"
        assert cli("crawl", url, "--db", str(db), "--render", render).returncode == 0
        [row] = _lines(cli("listings", "--db", str(db), "--json"))
        assert sorted(row["standards"]) == expect_standards and row["rendered"] is (render == "auto")


def test_the_crawl_records_its_figures(crawled: Path, small_market) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    with sqlite3.connect(crawled) as conn:
        [(finished, stats)] = conn.execute("SELECT finished_at, stats FROM crawls").fetchall()
    assert finished is not None
    figures = json.loads(stats)
    assert figures["item_scraped_count"] == len(small_market.truth)
    assert figures["shelfwatch/registry_imported"] >= 60  # the empty store got the bundled registry
