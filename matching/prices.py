"""``price_anomaly``: a price far below what the same category sells for in the crawled data.

The baseline is robust, on log prices (prices spread multiplicatively: a 39-189 yuan category and a
199-2999 yuan one): the median and the median absolute deviation (MAD) of the category's listings, and a
listing's modified z-score ``0.6745 * (log p - median) / MAD`` (Iglewicz and Hoaglin, 1993, who suggest 3.5
as the outlier cut-off). Only the low side is a finding (a counterfeit signal, shared/domain.md §6), only for
a category with enough listings, and only for a listing placed in its category with confidence.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from matching.context import MatchContext
from shelfwatch.models import Claim, Finding, FindingCode, Listing, Severity

MIN_LISTINGS = 20
"""Fewer priced listings than this in a category: no baseline, no finding."""
Z_CUTOFF = 3.5
"""Modified z-score at or below ``-Z_CUTOFF`` is an anomaly (Iglewicz and Hoaglin's 3.5)."""
_CONSISTENCY = 0.6745
"""Makes the MAD comparable to a standard deviation for normal data."""


@dataclass(frozen=True, kw_only=True)
class PriceBaseline:
    """Robust price statistics of one category."""

    category: str
    n: int
    """Priced listings it rests on."""
    median: float
    """Median price (yuan)."""
    log_median: float
    log_mad: float
    """Median absolute deviation of log prices."""

    def z(self, price: float) -> float | None:
        """Modified z-score of a price; None where the baseline cannot say (no spread, no price)."""
        if price <= 0 or self.log_mad <= 0:
            return None
        return _CONSISTENCY * (math.log(price) - self.log_median) / self.log_mad


def price_baselines(prices: Iterable[tuple[str, float]]) -> dict[str, PriceBaseline]:
    """Category -> baseline over ``(category, price)`` pairs (prices <= 0 ignored)."""
    by_category: dict[str, list[float]] = {}
    for category, price in prices:
        if category and price and price > 0:
            by_category.setdefault(category, []).append(price)
    out = {}
    for category, values in by_category.items():
        logs = [math.log(v) for v in values]
        centre = statistics.median(logs)
        out[category] = PriceBaseline(
            category=category, n=len(values), median=statistics.median(values), log_median=centre,
            log_mad=statistics.median(abs(x - centre) for x in logs),
        )
    return out


def price_anomaly(listing: Listing, claims: Sequence[Claim], ctx: MatchContext) -> list[Finding]:
    """A price far below the category's baseline (see the module docstring)."""
    baselines: Mapping[str, PriceBaseline] = ctx.price_baselines
    base = baselines.get(listing.category_key)
    if (base is None or base.n < MIN_LISTINGS or listing.price is None or listing.currency != "CNY"
            or listing.category_confidence < ctx.category_min_confidence):
        return []
    z = base.z(listing.price)
    if z is None or z > -Z_CUTOFF:
        return []
    return [
        Finding(
            code=FindingCode.PRICE_ANOMALY,
            severity=Severity.LOW,
            evidence=f"价格 ¥{listing.price:.2f}",
            explanation=(
                f"商品售价 ¥{listing.price:.2f}，远低于同类（{listing.category_key}，{base.n} 个在售商品）中位价 "
                f"¥{base.median:.2f}（对数价格稳健 z 值 {z:.1f}，阈值 -{Z_CUTOFF}）。价格异常低可能是假冒或劣质商品，"
                "也可能只是促销，请结合其他线索核查。"
            ),
            subject=listing.category_key,
            source=f"本次抓取数据中同类商品价格（中位数与 MAD，n={base.n}）",
            reference="price baseline",
        )
    ]
