"""The EU Safety Gate (formerly RAPEX) alert export, read as product recalls matched by brand and model.

Safety Gate publishes its alerts as weekly Excel files (and CSV) from ec.europa.eu/safety-gate-alerts. Column names
below as two independent third-party consumers of those files spell them [C, third-party; the official site was
not reachable from here]: a Java mapping of the weekly export (``Alert number``, ``Alert submitted by``,
``Category``, ``Product``, ``Brand``, ``Name``, ``Type or number of model``, ``Batch number / Barcode``,
``Country of origin``, ``Counterfeit``, ``Risk type``, ``Risk``, ``Measures adopted by notifying country``,
``URL of Case``, ``Barcode``, ``Batch number``, ``Production dates (**)``...) and a data set's column inventory
built from the same files (``Type of alert``, ``Type / number of model``, ``Compulsory measures``, ``Voluntary
measures``...). The XML feed's tag names (shared/domain.md §4: ``caseNumber``, ``reference``, ``brand``,
``type_numberOfModel``, ``batchNumber``, ``riskType``, ``danger``, ``measures``, ``URLrecall``...) are accepted
too. ``Year`` and ``Week`` were seen in one source only [I]: when both are present they date the alert (the
Monday of that ISO week), otherwise the import's ``announced`` date does.

An alert names a product, not a company: no maker, no credit code. So an alert becomes a recall entry with an
empty company name that matches a listing only by brand *and* model (``matching.scope``), batch where it gives
one. An alert whose brand is unknown (``Unknown``, ``No brand``...) or that gives no model cannot single out a
listing without accusing every product of a brand: it is skipped, and the import says which rows and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from matching.blacklist import BlacklistEntry, BlacklistFileError, ListKind
from matching.csvfile import Dialect, Row, read_rows

_COLUMNS: dict[str, str] = {
    # weekly Excel / CSV export [C, third-party]
    "Alert number": "alert", "Type of alert": "alert_type", "Alert submitted by": "notifier",
    "Category": "category", "Product": "product", "Name": "name", "Brand": "brand",
    "Type or number of model": "model", "Type / number of model": "model", "Type/number of model": "model",
    "Batch number / Barcode": "batch", "Batch number": "batch", "Barcode": "barcode",
    "Production dates (**)": "production", "Production dates": "production",
    "Country of origin": "origin", "Counterfeit": "counterfeit", "Risk type": "risk_type", "Risk": "risk",
    "Technical defect": "defect", "Measures adopted by notifying country": "measures",
    "Compulsory measures": "measures", "URL of Case": "url", "Company recall page": "recall_page",
    "Year": "year", "Week": "week",  # [I] one source only
    # weekly XML feed tag names (shared/domain.md §4) [C]
    "caseNumber": "alert", "reference": "alert", "product": "product", "brand": "brand", "name": "name",
    "type_numberOfModel": "model", "batchNumber": "batch", "barcode": "barcode", "riskType": "risk_type",
    "danger": "risk", "measures": "measures", "URLrecall": "recall_page", "countryOfOrigin": "origin",
    "productionDates": "production", "category": "category",
}

_DIALECT = Dialect(headers=_COLUMNS, required=frozenset({"alert", "brand"}), strict=False)

UNKNOWN_BRANDS = frozenset({"unknown", "no brand", "none", "n/a", "na", "-", "--", "not known", "unbranded",
                            "without brand", "generic", "无", "无品牌", "未知"})
"""Brand cells that name no brand (the export writes ``Unknown`` for most counterfeit and unbranded goods)."""

_ALERT_NUMBER = re.compile(r"^[A-Z]\d{2}/\d{4,5}/\d{2}$|^SR/\d{5}/\d{2}$")
"""``A12/00328/22`` (shared/domain.md §4) and the newer ``SR/01234/24`` form [I]."""


@dataclass(frozen=True, kw_only=True)
class SafetyGateImport:
    """What an export held: the alerts that can be matched, and the rows that could not, with why."""

    entries: list[BlacklistEntry]
    """Recall entries keyed by brand and model (empty company name)."""
    skipped: list[tuple[int, str]]
    """(line, reason) for every alert left out."""


def _listed_on(row: Row, announced: date | None) -> date | None:
    year, week = row.text("year"), row.text("week")
    if year and week:
        try:
            return date.fromisocalendar(int(year), int(week), 1)
        except ValueError:
            raise row.fail("week", f"is not a week of {year}", value=week) from None
    return announced


def _entry(row: Row, announced: date | None, announcement: str) -> BlacklistEntry | str:
    alert = row.required("alert")
    if not _ALERT_NUMBER.match(alert):
        raise row.fail("alert", "is not a Safety Gate alert number (e.g. A12/00328/22)", value=alert)
    brand = row.text("brand")
    model = row.text("model")
    if brand.strip().casefold() in UNKNOWN_BRANDS or not brand.strip():
        return "brand unknown: the alert cannot single out a listing"
    if not model or model.strip().casefold() in UNKNOWN_BRANDS:
        return "no model: a brand alone would accuse every product of the brand"
    risk = "：".join(p for p in (row.text("risk_type"), row.text("risk")) if p)
    url = row.text("url")
    source = f"EU Safety Gate {alert}" + (f" {url}" if url else "") + (f"（{announcement}）" if announcement else "")
    return BlacklistEntry(
        list=ListKind.RECALL,
        name="",
        brand=brand,
        product=row.text("name") or row.text("product"),
        model=model,
        batch=row.text("batch") or row.text("production"),
        reason=risk,
        listed_on=_listed_on(row, announced),
        source=source,
    )


def parse_safety_gate(source: str | Path, *, announced: date | None = None, announcement: str = "") -> SafetyGateImport:
    """Alerts of a Safety Gate export (XLSX or CSV, title lines above the header allowed).

    Raises ``BlacklistFileError`` naming line and column on the first malformed row (nothing is returned then);
    alerts that are well formed but cannot be matched are listed in ``skipped``.
    """
    entries: list[BlacklistEntry] = []
    skipped: list[tuple[int, str]] = []
    for row in read_rows(source, dialects=(_DIALECT,), error=BlacklistFileError):
        made = _entry(row, announced, announcement)
        if isinstance(made, str):
            skipped.append((row.line, made))
        else:
            entries.append(made)
    return SafetyGateImport(entries=entries, skipped=skipped)
