"""Crawl alarms: what in a crawl's figures an inspector must look at before trusting its results. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

BLOCK_STATES = ("captcha", "login", "blocked")
REQUIRED_FIELDS = ("title", "price")
"""Listing fields a product page should always give; a crawl counts the listings stored without each."""
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
    # A listing seen unchanged (304, or the same body) was found as surely as one stored again.
    stored = int(stats.get("shelfwatch/listings_stored", 0)) + int(stats.get("shelfwatch/listings_unchanged", 0))
    if stored == 0 and int(stats.get("response_received_count", 0)) > 0:
        alarms.append("无商品 no listings: 抓到了页面但没有一个商品 pages were fetched but none was a listing")
    if previous is not None:
        before = int(previous.get("shelfwatch/listings_stored", previous.get("item_scraped_count", 0)) or 0) + int(
            previous.get("shelfwatch/listings_unchanged", 0) or 0)
        if before and stored < FEWER_THAN_LAST * before:
            alarms.append(f"商品骤减 far fewer listings: {stored}, 上次 last crawl {before}")
    if stats.get("shelfwatch/backoff/gave_up"):
        alarms.append(f"限流 rate limited: {stats['shelfwatch/backoff/gave_up']} 个请求多次 429/503 后放弃 "
                      "requests given up after repeated 429 / 503")
    return alarms


def cap_warnings(stats: Mapping[str, Any]) -> list[str]:
    """What a cap cut short in this crawl (each a warning: the crawl is complete only up to the cap)."""
    out = []
    reason = str(stats.get("finish_reason", ""))
    if reason == "closespider_pagecount":
        out.append("已达页数上限 SHELFWATCH_MAX_PAGES reached: the crawl stopped before the end")
    if reason == "closespider_timeout":
        out.append("已达时间上限 SHELFWATCH_MAX_SECONDS reached: the crawl stopped before the end")
    counts = {
        "depth/request_ignored_count": "链接深度上限 SHELFWATCH_MAX_DEPTH: {n} links deeper were not followed",
        "shelfwatch/capped/list_pages": "列表页上限 SHELFWATCH_MAX_LIST_PAGES: {n} list chains were cut short",
        "shelfwatch/capped/list_items": "列表商品上限 SHELFWATCH_MAX_LIST_ITEMS: {n} items on capped chains were "
        "not crawled",
        "shelfwatch/capped/page_size": "页面大小上限 SHELFWATCH_MAX_PAGE_BYTES: {n} pages were too large and dropped",
    }
    for key, text in counts.items():
        if stats.get(key):
            out.append(text.format(n=stats[key]))
    return out


def _prefixed(stats: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    return {k[len(prefix):]: v for k, v in stats.items() if k.startswith(prefix)}


def crawl_summary(crawl: Mapping[str, Any]) -> dict[str, Any]:
    """One stored crawl (a row of Store.iter_crawls) as the figures ``shelfwatch crawls`` shows."""
    stats: Mapping[str, Any] = crawl.get("stats") or {}
    items = int(stats.get("shelfwatch/listings_stored", stats.get("item_scraped_count", 0)) or 0)
    rendered = int(stats.get("shelfwatch/rendered_pages", 0) or 0)
    # Failed requests by kind (http_404, http_500, DNSLookupError, TimeoutError...), as the spider counted them:
    # a 410 read as a gone listing, a 429 waited out or a refused request is not among them.
    errors = dict(_prefixed(stats, "shelfwatch/failed/"))
    if stats.get("shelfwatch/extraction_errors"):
        errors["extraction"] = stats["shelfwatch/extraction_errors"]
    return {
        "id": crawl.get("id"),
        "started_at": crawl.get("started_at"),
        "finished_at": crawl.get("finished_at"),
        "start_urls": list(crawl.get("start_urls") or []),
        "finish_reason": stats.get("finish_reason", "" if crawl.get("finished_at") else "running or killed"),
        "pages": stats.get("response_received_count", 0),
        "items": items,
        "unchanged": int(stats.get("shelfwatch/listings_unchanged", 0) or 0),
        "gone": stats.get("shelfwatch/page_state/gone", 0),
        "blocked": {k: v for k, v in _prefixed(stats, "shelfwatch/page_state/").items() if k != "gone"},
        "errors": errors,
        "refused": _prefixed(stats, "shelfwatch/refused/"),
        "rendered_share": round(rendered / items, 3) if items else 0.0,
        "missing_fields": _prefixed(stats, "shelfwatch/missing/"),
        "capped": _prefixed(stats, "shelfwatch/capped/"),
        "alarms": list(stats.get("shelfwatch/alarms", [])),
    }
