"""Scrapy settings built in one place from shelfwatch settings."""

from __future__ import annotations

from typing import Any

from shelfwatch.settings import Settings

# Flags verified on Debian's Chromium (shared/machine.md): without the background-networking ones Chromium floods a
# closed network with refused connections.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def scrapy_settings(s: Settings, **extra: Any) -> dict[str, Any]:
    """Everything the crawler process needs; ``extra`` adds SHELFWATCH_* keys the pipeline reads."""
    return {
        "BOT_NAME": "shelfwatch",
        "SPIDER_MODULES": ["crawlers.spiders"],
        "USER_AGENT": s.user_agent,
        "ROBOTSTXT_OBEY": s.obey_robots,
        "DOWNLOAD_DELAY": s.download_delay,
        # Politeness that adapts to a slow shop instead of hammering it.
        "AUTOTHROTTLE_ENABLED": s.download_delay > 0,
        "AUTOTHROTTLE_START_DELAY": max(s.download_delay, 0.5),
        "CONCURRENT_REQUESTS": 16,
        # Per site (registrable domain), delay 0 and Chromium's own requests included: crawlers/politeness.py holds
        # it, since Scrapy 2.19's asyncio downloader alone lets a site get up to CONCURRENT_REQUESTS at once.
        "CONCURRENT_REQUESTS_PER_DOMAIN": s.concurrency_per_domain,
        # Outputs of one response handled at once. Scrapy starts this many asyncio tasks for every response, and
        # an item page yields one item: at the default 100 that task churn took more of the reactor than the
        # store's per-request look-ups (cProfile of the demo crawl: 26,600 tasks for 266 responses).
        "CONCURRENT_ITEMS": 8,
        "DOWNLOAD_TIMEOUT": 30,
        "RETRY_TIMES": 2,
        "HTTPCACHE_ENABLED": s.http_cache,
        "LOG_LEVEL": s.log_level,
        # Scrapy 2.19 opens a token-protected local HTTP server that runs Python, and a telnet console: neither
        # belongs on an inspector's machine.
        "REMOTE_CONTROL_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        # Only requests with meta["playwright"] go through the browser; the rest use Scrapy's own downloader.
        "DOWNLOAD_HANDLERS": {
            "http": "crawlers.browser.GuardedPlaywrightHandler",
            "https": "crawlers.browser.GuardedPlaywrightHandler",
        },
        # Closest to the downloader: it sees every request last (redirect hops included, Scrapy schedules them as
        # new requests) and every response first (to hand a browser's held redirect to RedirectMiddleware).
        # Backoff sees 429 / 503 before RetryMiddleware (550), which no longer retries them at once.
        # PageSizeMiddleware holds rendered DOMs to DOWNLOAD_MAXSIZE too (Scrapy checks only what it downloads).
        "DOWNLOADER_MIDDLEWARES": {
            "crawlers.guard.GuardMiddleware": 950,
            # Last of all: only a request the guard let through and that is about to be sent counts as a page.
            "crawlers.pagecap.PageCapMiddleware": 990,
            # Scrapy's download slot (delay, AutoThrottle, a 429's pause) is the request's site, not its host.
            "crawlers.politeness.SiteSlotMiddleware": 980,
            "crawlers.guard.PageSizeMiddleware": 940,
            "crawlers.backoff.BackoffMiddleware": 555,
            "crawlers.resume.ResumeMiddleware": 60,  # first: a stored item is not even checked or queued
            # Next: stored listings are asked with If-None-Match / If-Modified-Since; it sees answers after
            # redirects, retries and decompression, so the hash it compares is of the body the store keeps.
            "crawlers.revisit.RevisitMiddleware": 70,
        },
        "RETRY_HTTP_CODES": [500, 502, 504, 522, 524, 408],
        "SHELFWATCH_BACKOFF_MAX": s.backoff_max,
        "SHELFWATCH_BROWSER_CONTEXT_PAGES": s.browser_context_pages,
        "SHELFWATCH_MAX_LIST_PAGES": s.max_list_pages,
        "SHELFWATCH_MAX_LIST_ITEMS": s.max_list_items,
        # Caps: no shop, hostile or broken, can keep a crawl busy or fill its memory for ever.
        "DOWNLOAD_MAXSIZE": s.max_page_bytes,
        "DOWNLOAD_WARNSIZE": s.max_page_bytes // 2,
        "DEPTH_LIMIT": s.max_depth,
        "SHELFWATCH_MAX_PAGES": s.max_pages,  # crawlers/pagecap.py: precise, where CLOSESPIDER_PAGECOUNT is not
        "CLOSESPIDER_TIMEOUT": s.max_seconds,
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": s.chromium, "headless": True, "args": CHROMIUM_ARGS},
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 8,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
        "ITEM_PIPELINES": {"crawlers.pipelines.StorePipeline": 300},
        "EXTENSIONS": {"crawlers.progress.ProgressLine": 500, "crawlers.progress.CrawlCpu": 510},
        "SHELFWATCH_PROGRESS_SECONDS": s.progress_seconds,
        "SHELFWATCH_EXTRACT_WORKERS": s.extract_workers,
        "SHELFWATCH_EVIDENCE_SCREENSHOTS": s.evidence_screenshots,
        "SHELFWATCH_DB": s.db,
        "SHELFWATCH_RENDER_JS": s.render_js,
        "SHELFWATCH_INDEX_BACKEND": s.index_backend,
        "SHELFWATCH_ES_URL": s.es_url,
        "SHELFWATCH_ALLOWED_SITES": s.allowed_sites,
        "SHELFWATCH_ALLOW_HOSTS": s.allow_hosts,
        **extra,
    }
