"""Run one crawl in this process (Scrapy's reactor runs once per process: one crawl per `shelfwatch crawl`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from scrapy.crawler import CrawlerProcess

from crawlers.config import scrapy_settings
from crawlers.frontier import frontier_settings
from crawlers.resume import read_job
from crawlers.spiders.listings import ListingSpider
from shelfwatch.settings import Settings


def run_crawl(
    start_urls: list[str],
    settings: Settings,
    *,
    as_of: date | None = None,
    max_items: int = 0,
    job_dir: str | None = None,
    frontier_key: str | None = None,
) -> dict[str, Any]:
    """Crawl from the start URLs through extract, match, store and index; return the crawl's figures.

    With ``frontier_key`` the crawl shares its request queue and duplicate filter in Redis with every other process
    given the same key (crawlers/frontier.py), and ends when all of them are idle with the queue empty.
    """
    extra: dict[str, Any] = {"SHELFWATCH_START_URLS": list(start_urls)}
    if frontier_key:
        if job_dir:
            raise ValueError("--job-dir and --frontier exclude each other: a shared frontier keeps its queue in Redis")
        extra.update(frontier_settings(settings, frontier_key))
    if job_dir:  # see crawlers/resume.py: the store says what the job did already, even after a SIGKILL
        extra.update(_resume_settings(job_dir, settings))
    if max_items:  # Scrapy's CloseSpider stops scheduling once this many items went through the pipeline
        extra["CLOSESPIDER_ITEMCOUNT"] = max_items
    if as_of is not None:
        extra["SHELFWATCH_AS_OF"] = as_of.isoformat()
    process = CrawlerProcess(scrapy_settings(settings, **extra))
    crawler = process.create_crawler(ListingSpider)
    process.crawl(crawler, start_urls=list(start_urls), render=settings.render_js)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return {
        **_crawl_figures(stats, frontier_key),
        # After the crawl, out of its elapsed time, and said apart: the index's vectors (see crawlers/pipelines.py).
        **catch_up_vectors(settings, pending=int(stats.get("shelfwatch/vectors_pending", 0))),
    }


def catch_up_vectors(settings: Settings, *, pending: int) -> dict[str, Any]:
    """Give the index documents the crawl wrote without vectors their vectors (a sync with the embedder, which
    also catches up any an earlier crawl left). ``vectors_pending``: listings that awaited them when the crawl
    ended; ``vectors_written``, ``vector_seconds``: what the sync did and how long it took."""
    figures: dict[str, Any] = {"vectors_pending": pending, "vectors_written": 0, "vector_seconds": 0.0}
    if not pending:
        return figures
    from shelfwatch.indexing import print_progress, sync
    from shelfwatch.wiring import open_embedder, open_search, open_store

    embed = open_embedder(settings)
    if embed is None:  # the model cannot be loaded here (the reason is printed): text search works alone
        return figures
    store = open_store(settings)
    index = open_search(settings, store)
    try:
        report = sync(store, index, embed, print_progress("向量 index vectors"))
    finally:
        index.close()
        store.close()
    return {**figures, "vectors_written": report.written, "vector_seconds": round(report.seconds, 2)}


def _crawl_figures(stats: dict[str, Any], frontier_key: str | None) -> dict[str, Any]:
    return {
        "pages_fetched": stats.get("response_received_count", 0),
        "items_stored": stats.get("shelfwatch/listings_stored", 0),
        "unchanged": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/unchanged/")},
        "gone": stats.get("shelfwatch/page_state/gone", 0),
        "listings_gone": stats.get("shelfwatch/listings_gone", 0),
        "blocked_pages": {
            k.rsplit("/", 1)[1]: v for k, v in stats.items()
            if k.startswith("shelfwatch/page_state/") and not k.endswith("/gone")
        },
        "backoff": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/backoff/")},
        "alarms": stats.get("shelfwatch/alarms", []),
        "json_list_pages": stats.get("shelfwatch/json_list/pages", 0),
        "rendered_lists": stats.get("shelfwatch/rendered_lists", 0),
        "capped": _caps(stats),
        "cap_warnings": stats.get("shelfwatch/cap_warnings", []),
        "rendered_pages": stats.get("shelfwatch/rendered_pages", 0),
        "failed_requests": stats.get("shelfwatch/failed_requests", 0),
        "failed_urls": stats.get("shelfwatch/failed_urls", []),
        "registry_imported": stats.get("shelfwatch/registry_imported", 0),
        "extraction_errors": stats.get("shelfwatch/extraction_errors", 0),
        "item_errors": stats.get("log_count/ERROR", 0),
        "refused": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/refused/")},
        "browser_blocked": {
            k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/browser_blocked/")
        },
        "elapsed_seconds": round(stats.get("elapsed_time_seconds", 0.0), 2),
        "cpu_seconds": stats.get("shelfwatch/cpu_seconds", 0.0),
        "writer_cpu_seconds": stats.get("shelfwatch/writer_cpu_seconds", 0.0),
        "finish_reason": stats.get("finish_reason", ""),
        **({"frontier": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/frontier/")}}
           if frontier_key else {}),
    }


def _caps(stats: dict[str, Any]) -> dict[str, Any]:
    caps: dict[str, Any] = {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/capped/")}
    if stats.get("depth/request_ignored_count"):
        caps["max_depth"] = stats["depth/request_ignored_count"]
    reason = str(stats.get("finish_reason", ""))
    if reason in ("closespider_pagecount", "closespider_timeout"):
        caps["max_pages" if reason.endswith("pagecount") else "max_seconds"] = 1
    return caps


def _resume_settings(job_dir: str, settings: Settings) -> dict[str, Any]:
    job = read_job(job_dir)
    done: list[str] = []
    if job["crawl_ids"]:
        from shelfwatch.wiring import open_store

        store = open_store(settings)
        try:
            done = sorted(store.urls_saved_in(job["crawl_ids"]))
        finally:
            store.close()
    return {"SHELFWATCH_JOB_DIR": job_dir, "SHELFWATCH_JOB_CRAWL_IDS": job["crawl_ids"], "SHELFWATCH_RESUME_DONE": done}
