"""The office's plain takedown lists: one platform's confirmed findings as CSV (what `shelfwatch report` writes)
and as JSON. Office accounts only (platform operators get numbered notices, see ``webapp.routes.operator``).

Nothing an inspector has not confirmed is served here: open and dismissed findings stay inside the office.
"""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import quote

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from shelfwatch import audit
from shelfwatch.records import finding_json
from shelfwatch.report import TAKEDOWN_COLUMNS, takedown_listings, takedown_row
from shelfwatch.store import Review
from webapp.deps import ActorDep, StoreDep
from webapp.errors import not_found

router = APIRouter(include_in_schema=False)


@router.get("/takedown/{platform}.csv")
def takedown_csv(store: StoreDep, actor: ActorDep, platform: str) -> Response:
    if platform not in store.listings_per_platform():
        raise not_found("平台")
    audit.append(store, actor, "export", "takedown_csv", platform)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(TAKEDOWN_COLUMNS)
    # Same rows, same order and same BOM'd UTF-8 as `shelfwatch report` writes, so Excel opens Chinese correctly.
    w.writerows(takedown_row(fl) for fl in takedown_listings(store) if fl.platform == platform)
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", platform)
    disposition = (
        f"attachment; filename=\"takedown-{ascii_name}.csv\"; filename*=UTF-8''{quote(f'takedown-{platform}.csv')}"
    )
    return Response(
        buf.getvalue().encode("utf-8-sig"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": disposition},
    )


@router.get("/api/findings")
def api_findings(store: StoreDep, actor: ActorDep, platform: str = "", code: str = "") -> Response:
    """Confirmed findings, riskiest listing first, one object each as `shelfwatch findings --json` prints them."""
    audit.append(store, actor, "export", "findings_json", platform or "all", after={"code": code})
    rows, _ = store.find_findings(platform=platform or None, code=code or None, review=Review.CONFIRMED)
    return JSONResponse([finding_json(r) for r in rows])
