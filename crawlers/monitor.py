"""Crawl alarms: what in a crawl's figures an inspector must look at before trusting its results. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

BLOCK_STATES = ("captcha", "login", "blocked")
FEWER_THAN_LAST = 0.5
"""A crawl storing less than this share of the previous crawl's listings (same start URLs) raises an alarm."""


def crawl_alarms(stats: Mapping[str, Any], previous: Mapping[str, Any] | None = None) -> list[str]:
    """Alarms, in Chinese with English, from a finished crawl's Scrapy stats (and the previous crawl's)."""
    alarms = []
    blocks = {k: int(stats.get(f"shelfwatch/page_state/{k}", 0)) for k in BLOCK_STATES}
    if sum(blocks.values()):
        detail = ", ".join(f"{k} {n}" for k, n in blocks.items() if n)
        alarms.append(f"被拦截 blocked: {sum(blocks.values())} 页是验证码/登录/拦截页 captcha, login or block pages "
                      f"({detail}); 这些页面未入库 none was stored")
    stored = int(stats.get("shelfwatch/listings_stored", 0))
    if stored == 0 and int(stats.get("response_received_count", 0)) > 0:
        alarms.append("无商品 no listings: 抓到了页面但没有一个商品 pages were fetched but none was a listing")
    if previous is not None:
        before = int(previous.get("shelfwatch/listings_stored", previous.get("item_scraped_count", 0)) or 0)
        if before and stored < FEWER_THAN_LAST * before:
            alarms.append(f"商品骤减 far fewer listings: {stored}, 上次 last crawl {before}")
    if stats.get("shelfwatch/backoff/gave_up"):
        alarms.append(f"限流 rate limited: {stats['shelfwatch/backoff/gave_up']} 个请求多次 429/503 后放弃 "
                      "requests given up after repeated 429 / 503")
    return alarms
