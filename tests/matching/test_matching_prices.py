"""price_anomaly: robust per-category baselines, only with enough listings, only on the low side."""

from __future__ import annotations

from datetime import date

import pytest
from matching_factories import listing

from matching import MatchContext, load_bundled_registry
from matching.prices import MIN_LISTINGS, price_anomaly, price_baselines
from shelfwatch.models import FindingCode

PRICES = [("power_banks", p) for p in (49, 59, 69, 79, 89, 99, 109, 119, 129, 139, 149, 159, 169, 179, 189, 199,
                                        59, 69, 79, 89, 99, 109)]


def _ctx(prices: list[tuple[str, float]] = PRICES) -> MatchContext:
    return MatchContext(registry=load_bundled_registry(), as_of=date(2026, 12, 1),
                        price_baselines=price_baselines(prices))


@pytest.mark.parametrize(
    ("price", "category", "confidence", "currency", "flagged"),
    [
        (3.5, "power_banks", 1.0, "CNY", True),
        (39.0, "power_banks", 1.0, "CNY", False),  # cheap, but within the spread
        (9999.0, "power_banks", 1.0, "CNY", False),  # the high side is no finding
        (3.5, "power_banks", 0.3, "CNY", False),  # uncertain category: cannot verify
        (3.5, "toys", 1.0, "CNY", False),  # no baseline for the category
        (3.5, "power_banks", 1.0, "USD", False),
        (None, "power_banks", 1.0, "CNY", False),
    ],
)
def test_price_anomaly(price: float | None, category: str, confidence: float, currency: str, flagged: bool) -> None:
    item = listing(title="充电宝")
    item.price, item.currency = price, currency
    item.category_key, item.category_confidence = category, confidence
    found = price_anomaly(item, [], _ctx())
    assert [f.code for f in found] == ([FindingCode.PRICE_ANOMALY] if flagged else [])
    for f in found:
        assert "中位价" in f.explanation and f"n={len(PRICES)}" in f.source


def test_too_few_listings_no_baseline_finding() -> None:
    few = PRICES[: MIN_LISTINGS - 1]
    item = listing(title="充电宝")
    item.price, item.category_key, item.category_confidence = 1.0, "power_banks", 1.0
    assert price_anomaly(item, [], _ctx(few)) == []


def test_baseline_is_robust_to_the_outliers_themselves() -> None:
    base = price_baselines([*PRICES, ("power_banks", 1.0), ("power_banks", 2.0)])["power_banks"]
    assert 99 <= base.median <= 119 and base.z(1.0) is not None and base.z(1.0) < -3.5  # type: ignore[operator]
