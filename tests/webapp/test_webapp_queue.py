"""The review queue's filters and sorts, and the dashboard's figures, all computed in SQL."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from webapp_seed import Seeded

from shelfwatch import queue
from shelfwatch.audit import Actor
from shelfwatch.decisions import Decision, decide
from shelfwatch.models import Finding, FindingCode, Listing, Severity
from shelfwatch.queue import QueueFilters, Sort
from shelfwatch.schema import findings
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
    rows, total, exact, _ = queue.review_queue(fresh_store, filters)
    assert [r["code"] for r in rows] == codes and total == len(codes) and exact


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


def _market(store: Store, make_listing: Callable[..., Listing]) -> None:
    """40 listings on two platforms, risks with ties, 0 to 3 findings each of mixed severity and review."""
    rng = random.Random(5)
    crawl = store.start_crawl([])
    for i in range(40):
        raised = [Finding(code=code, severity=rng.choice(list(Severity)), evidence="e", explanation="x",
                          subject=f"s{i}")
                  for code in rng.sample([FindingCode.STANDARD_UNKNOWN, FindingCode.STANDARD_WITHDRAWN,
                                          FindingCode.CERTIFICATE_INVALID], rng.randrange(0, 4))]
        store.save_listing(make_listing(url=f"http://127.0.0.1:8800/item/{i}.html", item_id=str(i),
                                        platform=("jd-demo", "tmall-demo")[i % 2], seller=f"店{i % 3}"),
                           [], raised, risk=float(rng.choice((10, 20, 20, 30, 55, 80))), crawl_id=crawl)
    with store.engine.connect() as conn:
        ids = [int(i) for i in conn.execute(select(findings.c.id).order_by(findings.c.id)).scalars()]
    decide(store, ids[::4], Decision(review=Review.CONFIRMED), actor=Actor(name="insp"))


_RANKS = {"high": 0, "medium": 1, "low": 2}


def _expected(store: Store, f: QueueFilters, sort: Sort) -> list[int]:
    """The queue's order computed in Python from every current finding (the oracle)."""
    rows = [r for r in store.iter_findings()
            if (not f.platform or r["platform"] == f.platform) and (not f.severity or r["severity"] == f.severity)
            and (f.review is None or r["review"] == f.review) and (not f.seller or f.seller in r["seller"])]
    key = {Sort.RISK: lambda r: (-r["risk"], -r["listing_id"], r["id"]),
           Sort.SEVERITY: lambda r: (_RANKS[r["severity"]], -r["risk"], -r["listing_id"], r["id"]),
           Sort.NEWEST: lambda r: (r["created_at"], r["id"])}[sort]
    ordered = sorted(rows, key=key, reverse=sort is Sort.NEWEST)
    return [r["id"] for r in ordered]


@pytest.mark.parametrize("small", [0, 10_000], ids=["risk-index-walk", "sorted-whole"])
@pytest.mark.parametrize("filters", [QueueFilters(), QueueFilters(platform="tmall-demo", severity="high"),
                                     QueueFilters(review=Review.OPEN), QueueFilters(seller="店1")],
                         ids=["all", "platform-severity", "open", "seller"])
def test_queue_pages_by_offset_and_by_cursor_give_the_whole_order_once(
    fresh_store: Store, make_listing: Callable[..., Listing], monkeypatch: pytest.MonkeyPatch, small: int,
    filters: QueueFilters,
) -> None:
    """Both ways of reading the queue page by page (the risk index walk and the whole sort) agree with an order
    computed in Python, with every finding once; the total is exact, or counted up to the cap and said so."""
    _market(fresh_store, make_listing)
    monkeypatch.setattr(queue, "SMALL_SELECTION", small)
    monkeypatch.setattr(queue, "TOTAL_CAP", 5)
    for sort in Sort:
        expected = _expected(fresh_store, filters, sort)
        assert len(expected) > 7, "the market gives each filter several pages"
        by_offset = [r["id"] for page in range(0, len(expected) + 7, 7)
                     for r in queue.review_queue(fresh_store, filters, sort=sort, limit=7, offset=page).rows]
        assert by_offset == expected, sort
        first = queue.review_queue(fresh_store, filters, sort=sort, limit=7)
        if filters.seller:
            assert (first.total, first.exact) == (6, False)  # "more than 5"
        else:
            assert (first.total, first.exact) == (len(expected), True)
    cursor, by_cursor = None, []
    while True:
        page = queue.review_queue(fresh_store, filters, limit=7, after=cursor)
        by_cursor += [r["id"] for r in page.rows]
        if page.next_after is None:
            break
        cursor = page.next_after
    assert by_cursor == _expected(fresh_store, filters, Sort.RISK)


def test_queue_next_link_carries_a_cursor_and_bad_cursors_are_refused(
    fresh_store: Store, make_listing: Callable[..., Listing], client: TestClient
) -> None:
    _market(fresh_store, make_listing)
    expected = _expected(fresh_store, QueueFilters(), Sort.RISK)
    first = client.get("/findings").text
    assert f"共 {len(expected)} 条" in first
    link = re.search(r'href="(/findings\?[^"]*after=[^"]+)"', first)
    assert link is not None
    second = client.get(html.unescape(link.group(1))).text
    shown = [int(i) for i in re.findall(r'<tr id="finding-(\d+)"', second)]
    assert shown == expected[50:100]
    for bad in ("x", "1_2", "nan_1_1", "1_1_" + "9" * 40):
        assert client.get("/findings", params={"after": bad}).status_code == 422


def test_first_seen_is_a_day_in_the_office_time_zone(fresh_store: Store, make_listing: Callable[..., Listing]) -> None:
    """20:00 UTC on 27 November is 04:00 on the 28th in Shanghai: "first seen from the 28th" includes it there."""
    late = make_listing(fetched_at=datetime(2026, 11, 27, 20, 0))
    fresh_store.save_listing(late, [], [Finding(code=FindingCode.STANDARD_UNKNOWN, severity=Severity.HIGH,
                                                evidence="e", explanation="x", subject="s")], risk=5)
    day = date(2026, 11, 28)
    assert queue.review_queue(fresh_store, QueueFilters(first_seen_from=day, tz="Asia/Shanghai")).total == 1
    assert queue.review_queue(fresh_store, QueueFilters(first_seen_from=day, tz="UTC")).total == 0
    assert "tz" not in QueueFilters(first_seen_from=day, tz="Asia/Shanghai").as_params()
