"""The inspector's report (one HTML file) and one takedown CSV per platform.

The report shows every current finding with its review state; a takedown CSV carries only confirmed findings.

Everything shown comes from crawled pages, which are hostile input: the template autoescapes every value and
links only to http(s) URLs.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from shelfwatch.codes import CODE_LABELS, SEVERITY_LABELS
from shelfwatch.store import Review, Store

TAKEDOWN_COLUMNS = [
    "platform",
    "item_id",
    "url",
    "title",
    "seller",
    "maker",
    "risk",
    "codes",
    "severity",
    "reasons",
    "evidence",
    # Filled in by the platform operator and imported back (later issue): what was done and when.
    "action_taken",
    "handled_at",
]
_SEVERITY_ORDER = {"low": 0, "medium": 1, "high": 2}


@dataclass(kw_only=True)
class FlaggedListing:
    """One listing with all its current findings, for the report and takedown lists."""

    url: str
    platform: str
    item_id: str
    title: str
    seller: str
    maker: str
    risk: float
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return list(dict.fromkeys(f["code"] for f in self.findings))

    @property
    def severity(self) -> str:
        return max((f["severity"] for f in self.findings), key=lambda s: _SEVERITY_ORDER.get(s, 0), default="low")


def flagged_listings(store: Store, *, review: Review | None = None) -> list[FlaggedListing]:
    """Listings with at least one current finding (of that review state, if given), riskiest first."""
    by_url: dict[str, FlaggedListing] = {}
    for row in store.iter_findings(review=review):
        fl = by_url.get(row["url"])
        if fl is None:
            fl = by_url[row["url"]] = FlaggedListing(
                url=row["url"],
                platform=row["platform"],
                item_id=row["item_id"],
                title=row["title"],
                seller=row["seller"],
                maker=row["maker"],
                risk=row["risk"],
            )
        fl.findings.append(row)
    return sorted(by_url.values(), key=lambda f: (-f.risk, f.url))


def takedown_listings(store: Store) -> list[FlaggedListing]:
    """What may leave the office: listings with findings an inspector confirmed, and only those findings.

    A finding is an accusation against a seller; open (unreviewed) and dismissed findings never reach a platform.
    """
    return flagged_listings(store, review=Review.CONFIRMED)


def safe_href(url: str) -> str:
    """Only http(s) links reach the page: a javascript: URL from a hostile shop becomes no link."""
    return url if url.startswith(("http://", "https://")) else "#"


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run: shop text starting with = + - @ (or a tab/CR) would be a formula."""
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


def takedown_row(fl: FlaggedListing) -> list[str]:
    """One takedown-list row in ``TAKEDOWN_COLUMNS`` order (the CLI's files and the web app's downloads share it)."""
    return [spreadsheet_safe(cell) for cell in _takedown_cells(fl)]


def _takedown_cells(fl: FlaggedListing) -> list[str]:
    return [
        fl.platform,
        fl.item_id,
        fl.url,
        fl.title,
        fl.seller,
        fl.maker,
        f"{fl.risk:.0f}",
        ";".join(fl.codes),
        fl.severity,
        "；".join(f["explanation"] for f in fl.findings),
        "；".join(f["evidence"] for f in fl.findings),
        "",
        "",
    ]


def write_takedown_csvs(
    flagged: list[FlaggedListing], out_dir: Path, *, platforms: Iterable[str] = ()
) -> dict[str, Path]:
    """One UTF-8 (with BOM, so Excel opens Chinese correctly) CSV per platform; returns platform -> path.

    ``platforms`` get a file even when none of their listings is flagged (a header-only list says "nothing to take
    down" rather than leaving an old file in doubt).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    per_platform: dict[str, list[FlaggedListing]] = defaultdict(list)
    for platform in platforms:
        per_platform[platform] = []
    for fl in flagged:
        per_platform[fl.platform].append(fl)
    paths = {}
    for platform, items in sorted(per_platform.items()):
        safe_name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in platform)
        path = out_dir / f"takedown-{safe_name}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(TAKEDOWN_COLUMNS)
            w.writerows(takedown_row(fl) for fl in items)
        paths[platform] = path
    return paths


def takedown_summary(confirmed: list[FlaggedListing], csvs: dict[str, Path]) -> str:
    """What the takedown files hold, for the console: rows per platform, and why a list may be empty."""
    rows = Counter(fl.platform for fl in confirmed)
    lines = [f"下架清单 takedown list ({platform}): {path}  ({rows[platform]} 条已确认 confirmed)"
             for platform, path in csvs.items()]
    if not confirmed:
        lines.append("尚无检查员确认的线索，下架清单为空：请先在网页端审核 (shelfwatch serve)。"
                     " No finding is confirmed yet, so the takedown lists are empty: review findings first.")
    return "\n".join(lines)


def write_report(store: Store, out_dir: Path, *, summary: dict[str, Any] | None = None) -> Path:
    """Render the HTML report of the store's current findings."""
    flagged = flagged_listings(store)
    env = Environment(loader=PackageLoader("shelfwatch", "templates"), autoescape=select_autoescape(["html"]))
    env.filters["safe_href"] = safe_href
    listings_per_platform = store.listings_per_platform()
    codes = Counter(f["code"] for fl in flagged for f in fl.findings)
    html = env.get_template("report.html").render(
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        flagged=flagged,
        listings_per_platform=sorted(listings_per_platform.items()),
        total_listings=sum(listings_per_platform.values()),
        codes=codes.most_common(),
        code_labels=CODE_LABELS,
        severity_labels=SEVERITY_LABELS,
        summary=summary or {},
        registry_imports=store.registry_import_rows(),
        unverified=store.unverified_claims(),
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "report.html"
    path.write_text(html, encoding="utf-8")
    return path
