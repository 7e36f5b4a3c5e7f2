"""429 Too Many Requests and 503 Service Unavailable: wait as long as the shop asks, then slow the whole site down.

Scrapy's RetryMiddleware retries these at once, ignoring Retry-After; a shop that asked for a pause gets hit
again within milliseconds. This middleware takes them over (config.py drops them from RETRY_HTTP_CODES): the
site's download slot waits Retry-After seconds (or an exponential backoff when the header is missing), capped,
before the request is sent again; after a normal answer the site's usual delay comes back.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

logger = logging.getLogger(__name__)

BACKOFF_STATUSES = frozenset({429, 503})
TRIES = 3
"""Pauses before a 429 / 503 is given up as a failed request."""
BASE_SECONDS = 1.0
"""First pause when the shop sent no Retry-After; it doubles with each try."""


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds: delta-seconds or an HTTP date (RFC 9110 10.2.3); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_delay(attempt: int, retry_after: float | None, *, base: float, cap: float) -> float:
    """Seconds to wait before try ``attempt + 1``: what the shop asked for, else base * 2**attempt; never over cap."""
    wanted = retry_after if retry_after is not None else base * (2**attempt)
    return min(cap, max(wanted, base))


class BackoffMiddleware:
    """Downloader middleware: honour Retry-After on 429 / 503 with a per-site pause."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        self.max_tries = TRIES
        self.base = BASE_SECONDS
        self.cap = s.getfloat("SHELFWATCH_BACKOFF_MAX", 300.0)
        self._usual: dict[str, tuple[float, float]] = {}  # slot key -> (its delay before we raised it, pause end)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffMiddleware:
        return cls(crawler)

    def _slot(self, request: Request) -> tuple[str, Any] | None:
        engine = self.crawler.engine
        downloader = getattr(engine, "downloader", None)
        if downloader is None:
            return None
        key = downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        return (key, slot) if slot is not None else None

    def process_response(self, request: Request, response: Response) -> Request | Response:
        slot = self._slot(request)
        if response.status not in BACKOFF_STATUSES:
            if slot is not None and slot[0] in self._usual and response.status < 400:
                usual, until = self._usual[slot[0]]
                # Answers to requests sent before the pause arrive during it: only one after it counts.
                if time.monotonic() >= until:
                    slot[1].delay = usual
                    del self._usual[slot[0]]
            return response
        stats = self.crawler.stats
        assert stats is not None
        tries = int(request.meta.get("shelfwatch_backoff", 0))
        if tries >= self.max_tries:
            stats.inc_value("shelfwatch/backoff/gave_up")
            logger.warning("gave up after %d pauses (HTTP %d): %s", tries, response.status, request.url)
            return response
        header = response.headers.get(b"Retry-After")
        wait = backoff_delay(tries, retry_after_seconds(header.decode("latin-1") if header else None),
                             base=self.base, cap=self.cap)
        if slot is not None:
            key, s = slot
            usual = self._usual[key][0] if key in self._usual else s.delay
            self._usual[key] = (usual, time.monotonic() + wait)
            s.delay = max(s.delay, wait)
        stats.inc_value(f"shelfwatch/backoff/{response.status}")
        stats.max_value("shelfwatch/backoff/longest_wait", wait)
        logger.info("HTTP %d, pausing the site %.1f s before try %d: %s", response.status, wait, tries + 2,
                    request.url)
        retry = request.replace(dont_filter=True)
        retry.meta["shelfwatch_backoff"] = tries + 1
        retry.priority = request.priority - 1
        return retry
