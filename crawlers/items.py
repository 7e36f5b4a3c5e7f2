"""What the spider hands to the item pipeline: one fetched item page and what was read from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from extractors import PageExtraction


@dataclass(kw_only=True)
class PageItem:
    """One item page, fetched (and rendered if it needed JavaScript) and read."""

    url: str
    """Canonical URL of the item page."""
    platform: str
    """Platform name from the profile, or the host."""
    status: int
    """HTTP status."""
    content_type: str
    """Content-Type header as received."""
    body: bytes
    """Page bytes as received, or the DOM after JavaScript ran: the evidence kept with the listing."""
    fetched_at: datetime
    """UTC time of the fetch."""
    rendered: bool
    """Whether Chromium rendered it."""
    extraction: PageExtraction
    """What the extractors read from it."""
    final_url: str = ""
    """The URL that answered, as fetched (after redirects; ``url`` is its canonical form)."""
    request_headers: dict[str, str] = field(default_factory=dict)
    """Headers of the request that fetched it (repeated values on separate lines)."""
    response_headers: dict[str, str] = field(default_factory=dict)
    """Headers of the response (for a rendered page: of the browser's navigation)."""
    screenshot: bytes | None = None
    """Full-page PNG where Chromium rendered it (kept only for listings with a finding)."""


@dataclass(kw_only=True)
class GoneItem:
    """An item page that says the listing is gone (404 / 410 or the platform's 已下架 page)."""

    url: str
    """Canonical URL of the item page."""
    platform: str
    """Platform name from the profile, or the host."""
    status: int
    """HTTP status."""
    seen_at: datetime
    """UTC time this crawl saw it gone."""
