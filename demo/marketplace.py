"""The generated marketplace: every servable page, the items behind them, and the ground truth."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

# Route prefix of each platform's paginated list.
LIST_PATHS: dict[str, str] = {"jd-demo": "/jd/list", "tmall-demo": "/tmall/list", "shop-demo": "/shop/products"}


@dataclass(frozen=True, kw_only=True)
class Page:
    """One response the server can send."""

    body: bytes
    content_type: str
    """Full Content-Type header, with charset."""


@dataclass(frozen=True, kw_only=True)
class Item:
    """One product listing as served."""

    platform: str
    """jd-demo, tmall-demo or shop-demo."""
    item_id: str
    """The platform's item id (digits)."""
    path: str
    """Item page path relative to the server root (``/jd/item/100001.html``)."""
    category: str
    """Category slug of matching/data/categories.csv."""
    charset: str
    """Encoding of the item HTML (utf-8, or gbk for some JD pages)."""
    html: bytes
    """The item page exactly as served."""
    api_json: bytes | None = None
    """Tmall only: the item API response the page's script fetches."""
    api_path: str = ""
    """Tmall only: the API path (``/tmall/api/item/<id>.json``)."""


@dataclass(kw_only=True)
class Marketplace:
    """A seeded demo marketplace with three platforms."""

    seed: int
    as_of: date
    items: list[Item]
    truth: list[dict[str, Any]]
    """One record per item page (see demo/truth.py); ``url`` is the path relative to the server root."""
    pages: dict[str, Page] = field(default_factory=dict)
    """Every servable response keyed by its canonical request target (path plus canonical query)."""
    list_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """Per platform, what its list pages show of each listing (the keyword search filters these, demo/search.py)."""
    declarations: list[dict[str, str]] = field(default_factory=list)
    """The demo's enterprise-standard self-declaration list (``uscc,maker,standard,title,declared_on,source``)."""

    def write_declarations(self, path: str | Path) -> None:
        """Write the self-declaration list as CSV (``shelfwatch declarations import`` reads it)."""
        import csv

        with Path(path).open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=["uscc", "maker", "standard", "title", "declared_on", "source"])
            w.writeheader()
            w.writerows(self.declarations)

    @property
    def start_paths(self) -> list[str]:
        """First list page of each platform."""
        return [f"{p}?page=1" for p in LIST_PATHS.values()]

    def truth_by_url(self) -> dict[str, dict[str, Any]]:
        """Truth records keyed by their ``url`` path."""
        return {t["url"]: t for t in self.truth}

    def finding_counts(self) -> dict[str, int]:
        """How many listings carry each expected finding code (and ``standard_unverifiable``, which is no finding:
        claims that must be marked "not verifiable with the loaded registry")."""
        return dict(Counter(
            code for t in self.truth
            for code in {f["code"] for f in t["expected_findings"] + t.get("expected_unverified", [])}
        ))

    def write_truth(self, path: str | Path) -> None:
        """Write the truth list as UTF-8 JSON."""
        Path(path).write_text(json.dumps(self.truth, ensure_ascii=False, indent=1), encoding="utf-8")

    def resolve(self, target: str) -> Page | None:
        """The response for a request target such as ``/jd/list?page=2``, or None (404)."""
        parts = urlsplit(target)
        query = parse_qs(parts.query)
        path = parts.path
        if path in LIST_PATHS.values():
            try:
                page = int(query.get("page", ["1"])[0])
            except ValueError:
                return None
            platform = next(p for p, lp in LIST_PATHS.items() if lp == path)
            from demo.search import SEARCH_PARAMS, search_page

            keyword = query.get(SEARCH_PARAMS[platform], [""])[0]
            if keyword.strip():
                body = search_page(self.list_rows.get(platform, []), platform, keyword, page)
                return None if body is None else Page(body=body, content_type="text/html; charset=utf-8")
            return self.pages.get(f"{path}?page={page}")
        if path == "/tmall/item.htm":
            ids = query.get("id", [""])
            return self.pages.get(f"{path}?id={ids[0]}")
        return self.pages.get(path)
