"""Whether a listing falls within what a recall notice or a spot-check failure concerns.

A failed spot check names one sample (商标, 规格型号, 生产日期/批号) and a recall names models and batches; the
maker's other products are not concerned. Where the entry gives a brand, the listing must carry it; where it
gives models, the listing must show one of them; where it gives only a product name, the listing's title must
name that product; where it gives a batch or production period and the page shows a production date or batch,
they must agree (a page that shows none cannot be ruled out, and the explanation says so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from matching.entities import bigrams, squash
from shelfwatch.models import Listing

PRODUCT_OVERLAP = 0.6
"""Share of the entry's product-name bigrams the title must contain (``电热水壶`` in ``佳厨电热水壶 1.7L``)."""

_BATCH_KEYS = ("批号", "批次", "生产日期", "production date", "batch")
_MODEL_SPLIT = re.compile(r"[、,，;；/]|\s+")


@dataclass(frozen=True, kw_only=True)
class ScopeCheck:
    """The outcome of checking one entry's scope against one listing."""

    within: bool
    """Whether the listing is concerned."""
    matched: tuple[str, ...] = ()
    """Scope fields that agreed: ``商标``, ``型号``, ``产品``, ``批次``."""
    unchecked: tuple[str, ...] = ()
    """Scope fields the page gives nothing to compare with (``批次``)."""
    failed: str = ""
    """The field that put the listing out of scope."""


def _listing_text(listing: Listing) -> str:
    return squash(" ".join([listing.title, listing.model, listing.brand, *listing.params.values()]))


def _models(text: str) -> list[str]:
    return [m for m in (squash(p) for p in _MODEL_SPLIT.split(text)) if len(m) >= 2]


def _batch_shown(listing: Listing) -> str:
    for key, value in listing.params.items():
        if any(k in key.lower() for k in _BATCH_KEYS):
            return value
    return ""


_DAY = re.compile(r"(\d{4})\D{0,2}(\d{1,2})(?:\D{0,2}(\d{1,2}))?")


def _dates(text: str) -> list[date]:
    out = []
    for m in _DAY.finditer(unicodedata_digits(text)):
        try:
            out.append(date(int(m[1]), int(m[2]), int(m[3] or 1)))
        except ValueError:
            continue
    return out


def unicodedata_digits(text: str) -> str:
    """Full-width digits to ASCII, so ``２０２４年３月`` reads as a date."""
    return text.translate({0xFF10 + i: 0x30 + i for i in range(10)})


def batch_agrees(entry_batch: str, shown: str) -> bool | None:
    """Whether a shown production date or batch falls within the entry's; None when either cannot be read.

    ``20240301-20240630`` is a period, ``2025-03`` a month; a shown batch that contains the entry's, or the
    reverse, agrees as text.
    """
    a, b = squash(entry_batch), squash(shown)
    if a and b and (a in b or b in a):
        return True
    period, day = _dates(entry_batch), _dates(shown)
    if not period or not day:
        return None
    start, end = min(period), max(period)
    if len(period) == 1:  # a month: the whole month
        end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start <= day[0] < end
    return start <= day[0] <= end


def check_scope(entry_brand: str, entry_model: str, entry_product: str, entry_batch: str, listing: Listing) -> ScopeCheck:
    """Whether ``listing`` is within the scope the entry's brand, models, product and batch draw."""
    text = _listing_text(listing)
    matched: list[str] = []
    if entry_brand:
        brand = squash(entry_brand)
        if not (brand == squash(listing.brand) or brand in squash(listing.title)):
            return ScopeCheck(within=False, failed="商标")
        matched.append("商标")
    models = _models(entry_model)
    if models:
        if not any(m in text for m in models):
            return ScopeCheck(within=False, failed="型号")
        matched.append("型号")
    elif entry_product:
        grams = bigrams(squash(entry_product))
        title = squash(listing.title)
        if not grams or sum(g in title for g in grams) / len(grams) < PRODUCT_OVERLAP:
            return ScopeCheck(within=False, failed="产品")
        matched.append("产品")
    unchecked: list[str] = []
    if entry_batch:
        agrees = batch_agrees(entry_batch, shown) if (shown := _batch_shown(listing)) else None
        if agrees is False:
            return ScopeCheck(within=False, failed="批次")
        (matched if agrees else unchecked).append("批次")
    return ScopeCheck(within=True, matched=tuple(matched), unchecked=tuple(unchecked))
