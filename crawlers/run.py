"""Run one crawl in this process (Scrapy's reactor runs once per process: one crawl per `shelfwatch crawl`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from scrapy.crawler import CrawlerProcess

from crawlers.config import scrapy_settings
from crawlers.frontier import frontier_settings
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
    if job_dir:  # Scrapy keeps the request queue and the seen-URL set there: an interrupted crawl resumes
        extra["JOBDIR"] = job_dir
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
        "pages_fetched": stats.get("response_received_count", 0),
        "items_stored": stats.get("item_scraped_count", 0),
        "rendered_pages": stats.get("shelfwatch/rendered_pages", 0),
        "failed_requests": stats.get("shelfwatch/failed_requests", 0),
        "failed_urls": stats.get("shelfwatch/failed_urls", []),
        "registry_imported": stats.get("shelfwatch/registry_imported", 0),
        "extraction_errors": stats.get("shelfwatch/extraction_errors", 0),
        "item_errors": stats.get("log_count/ERROR", 0),
        "elapsed_seconds": round(stats.get("elapsed_time_seconds", 0.0), 2),
        "finish_reason": stats.get("finish_reason", ""),
        **({"frontier": {k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("shelfwatch/frontier/")}}
           if frontier_key else {}),
    }
