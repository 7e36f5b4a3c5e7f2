"""The review queue's filters and sorts, and the dashboard's figures, all computed in SQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from webapp_seed import Seeded

from shelfwatch import queue
from shelfwatch.queue import QueueFilters, Sort
from shelfwatch.store import Review, Store


@pytest.mark.parametrize(
    ("filters", "codes"),
    [
        (QueueFilters(), ["standard_withdrawn", "certificate_invalid", "blacklisted_entity", "standard_unknown"]),
        (QueueFilters(severity="high"), ["certificate_invalid", "blacklisted_entity", "standard_unknown"]),
        (QueueFilters(severity="medium"), ["standard_withdrawn"]),
        (QueueFilters(platform="tmall-demo"), ["blacklisted_entity"]),
        (QueueFilters(seller="杯业"), ["blacklisted_entity"]),
        (QueueFilters(maker="服饰"), ["standard_withdrawn", "certificate_invalid"]),
        (QueueFilters(seller="%"), []),  # LIKE wildcards in the input are literal text
        (QueueFilters(code="standard_unknown", platform="jd-demo"), ["standard_unknown"]),
        (QueueFilters(first_seen_from=date(2026, 11, 27)), ["standard_withdrawn", "certificate_invalid",
                                                             "blacklisted_entity", "standard_unknown"]),
        (QueueFilters(first_seen_from=date(2026, 11, 28)), []),
        (QueueFilters(review=Review.CONFIRMED), []),
        (QueueFilters(new_since_last_crawl=True), ["standard_withdrawn", "certificate_invalid",
                                                   "blacklisted_entity", "standard_unknown"]),
        (QueueFilters(category="toys"), []),
    ],
)
def test_queue_filters(fresh_store: Store, seeded: Seeded, filters: QueueFilters, codes: list[str]) -> None:
    rows, total = queue.review_queue(fresh_store, filters)
    assert [r["code"] for r in rows] == codes and total == len(codes)


def test_queue_sorts_and_new_since_last_crawl(fresh_store: Store, seeded: Seeded) -> None:
    by = {s: [r["code"] for r in queue.review_queue(fresh_store, QueueFilters(), sort=s)[0]] for s in Sort}
    assert by[Sort.SEVERITY] == ["certificate_invalid", "blacklisted_entity", "standard_unknown", "standard_withdrawn"]
    assert by[Sort.NEWEST] == ["standard_unknown", "blacklisted_entity", "certificate_invalid", "standard_withdrawn"]
    fresh_store.start_crawl([])  # a new crawl that has raised nothing yet
    assert queue.review_queue(fresh_store, QueueFilters(new_since_last_crawl=True))[1] == 0


def test_queue_page_filters_and_refuses_unknown_values(client: TestClient) -> None:
    page = client.get("/findings", params={"severity": "medium", "sort": "newest"}).text
    assert page.count('<tr id="finding-') == 1 and "GB/T 14272-2011 已于2022年废止" in page
    for params in ({"severity": "huge"}, {"first_seen_from": "yesterday"}, {"sort": "random"},
                   {"review": "maybe"}):
        r = client.get("/findings", params=params)
        assert r.status_code == 422, params


def test_dashboard_figures(fresh_store: Store, seeded: Seeded) -> None:
    d = queue.dashboard(fresh_store, today=date(2026, 12, 1))
    assert d.per_platform == {"jd-demo": 3, "tmall-demo": 1} and d.total_listings == 4
    assert d.flagged_per_platform == {"jd-demo": 2, "tmall-demo": 1} and d.flagged == 3
    assert d.per_code == {"blacklisted_entity": 1, "certificate_invalid": 1, "standard_unknown": 1,
                          "standard_withdrawn": 1}
    assert d.per_review == {"open": 4}
    assert [(r["id"], r["codes"], r["severity"]) for r in d.riskiest] == [
        (seeded.down_jacket, ["standard_withdrawn", "certificate_invalid"], "high"),
        (seeded.cup, ["blacklisted_entity"], "high"), (seeded.hostile, ["standard_unknown"], "high")]
    assert [c.category for c in d.categories] == [""] and d.categories[0].pass_rate == 0.25
    today = datetime.now(UTC).date()
    assert queue.dashboard(fresh_store, today=today).per_day == [(today.isoformat(), 4)]  # all raised today


def test_dashboard_page_has_charts_and_pass_rates(client: TestClient) -> None:
    html = client.get("/").text
    assert "各类目合格率" in html and "25.0%" in html and 'class="bar' in html
    assert "2 / 3" in html and "1 / 1" in html  # flagged / listings per platform
