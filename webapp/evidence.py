"""Stored shop pages and screenshots served as evidence: readable text and pictures, never active HTML on the app's
origin.

A crawled page may carry scripts written to attack whoever opens it; served as ``text/plain`` with ``nosniff`` and a
``sandbox`` CSP, a browser shows its source and runs nothing. A screenshot is served as ``image/png`` under the same
headers.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi.responses import Response

from extractors.html import decode
from shelfwatch.evidence import screenshot_file_name
from webapp.security import EVIDENCE_CSP

_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._-]+)", re.IGNORECASE)


def page_text(body: bytes, content_type: str = "") -> str:
    """The page decoded as the extractors decode it: the server's charset, the page's <meta>, then detection."""
    header = _HEADER_CHARSET.search(content_type or "")
    return decode(body, header.group(1) if header else None)


def evidence_response(version: dict[str, Any], *, download: bool) -> Response:
    """One stored page version: as UTF-8 text to read, or (``download``) the exact bytes whose sha256 was kept."""
    name = f"evidence-{version['listing_id']}-{version['id']}"
    headers = {
        "Content-Security-Policy": EVIDENCE_CSP,
        "X-Content-Type-Options": "nosniff",
        "X-Evidence-SHA256": version["sha256"],
        "X-Evidence-Source": quote(version["url"], safe=":/?&=#%"),  # headers are Latin-1: percent-encode the rest
    }
    if download:
        headers["Content-Disposition"] = f'attachment; filename="{name}.bin"'
        return Response(version["body"], media_type="application/octet-stream", headers=headers)
    headers["Content-Disposition"] = f'inline; filename="{name}.txt"'
    text = page_text(version["body"], version.get("content_type") or "")
    return Response(text.encode("utf-8"), media_type="text/plain; charset=utf-8", headers=headers)


def screenshot_response(shot: dict[str, Any], *, download: bool) -> Response:
    """A stored screenshot's exact bytes (their sha256 in ``X-Evidence-SHA256``) as ``image/png``, whatever the row
    says: the type is the app's, never the stored one, so no stored value can make a browser read it as HTML."""
    name = screenshot_file_name(shot["id"])
    headers = {
        "Content-Security-Policy": EVIDENCE_CSP,
        "X-Content-Type-Options": "nosniff",
        "X-Evidence-SHA256": shot["sha256"],
        "X-Evidence-Source": quote(shot["final_url"], safe=":/?&=#%"),
        "Content-Disposition": f'{"attachment" if download else "inline"}; filename="{name}"',
    }
    return Response(shot["body"], media_type="image/png", headers=headers)
