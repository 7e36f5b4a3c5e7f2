"""Templates (autoescaped: every shown value is hostile page text) and the helpers and labels they use."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from starlette.requests import Request
from starlette.responses import HTMLResponse

from shelfwatch.codes import CODE_LABELS, SEVERITY_LABELS
from shelfwatch.report import safe_href
from shelfwatch.store import Review

REVIEW_LABELS: dict[str, str] = {
    Review.OPEN: "待审核 open",
    Review.CONFIRMED: "已确认 confirmed",
    Review.DISMISSED: "已排除 dismissed",
    Review.TEST_PURCHASE: "需要试买 test purchase",
}
"""Review states as inspectors read them, Chinese first."""

ROLE_LABELS: dict[str, str] = {"admin": "管理员 admin", "inspector": "检查员 inspector", "operator": "平台运营 operator"}

STATUS_TITLES: dict[int, str] = {
    400: "请求无效 Bad request",
    401: "需要登录 Sign-in required",
    403: "拒绝访问 Forbidden",
    404: "未找到 Not found",
    405: "不支持的操作 Method not allowed",
    413: "请求过大 Request too large",
    422: "参数无效 Invalid input",
    429: "尝试过多 Too many attempts",
}
"""Titles of error pages."""

_MARKED = re.compile(r"\[([^\[\]]+)\]")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a search snippet at its ``[term]`` markers into (text, is_match) pieces, so the template can wrap
    matches in ``<mark>`` while still escaping the text (never ``|safe`` on page text)."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in _MARKED.finditer(snippet):
        if m.start() > pos:
            parts.append((snippet[pos : m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    if pos < len(snippet):
        parts.append((snippet[pos:], False))
    return parts


def query_string(params: dict[str, Any], **extra: Any) -> str:
    """``?a=1&b=2`` of the non-empty values (``extra`` overriding ``params``), for filter and pagination links."""
    kept = {k: v for k, v in (params | extra).items() if v not in (None, "")}
    return "?" + urlencode(kept) if kept else ""


@pass_context
def when(ctx: Any, value: datetime | None) -> str:
    """A stored time (naive UTC) in the office's time zone (``SHELFWATCH_TIMEZONE``), to the minute."""
    if value is None:
        return "—"
    local = value.replace(tzinfo=ZoneInfo("UTC")).astimezone(ZoneInfo(ctx.get("office_tz", "UTC")))
    return local.strftime("%Y-%m-%d %H:%M")


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("webapp", "templates"),
        autoescape=True,  # on for every template, whatever its name: nothing from a page is trusted
        undefined=StrictUndefined,  # a typo in a template fails the tests instead of rendering blank
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_href"] = safe_href
    env.filters["snippet_parts"] = snippet_parts
    env.filters["when"] = when
    env.globals.update(
        code_labels=CODE_LABELS,
        severity_labels=SEVERITY_LABELS,
        review_labels=REVIEW_LABELS,
        role_labels=ROLE_LABELS,
        query_string=query_string,
    )
    return env


ENV = _environment()


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    """Render a page; ``here`` (path and query) lets review forms come back to the page they were posted from."""
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    # The gate (webapp.auth) attaches who is signed in; every form carries that session's CSRF token.
    principal = request.scope.get("state", {}).get("principal")
    html = ENV.get_template(template).render(
        request_path=request.url.path, here=here, user=principal.user if principal else None,
        office_tz=request.app.state.settings.timezone,
        csrf_token=principal.csrf if principal else "", **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    """The Chinese-first error page."""
    title = STATUS_TITLES.get(status_code, f"错误 Error {status_code}")
    return render(request, "error.html", {"title": title, "message": message, "status": status_code}, status_code)
