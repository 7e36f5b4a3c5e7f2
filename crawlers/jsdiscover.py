"""List pages whose item links are drawn by JavaScript: find the JSON endpoint the page calls, read its answers.

Reading the endpoint is far cheaper than rendering (one small JSON request per page of items instead of a browser
page with its scripts), so the spider tries it first whenever a list page's own inline scripts show the URL.
Pure functions over script text and decoded JSON; the spider does the requests.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# String literals ('...', "...", `...`) in a script that look like a data URL the page fetches.
_LITERAL = re.compile(r"""(['"`])((?:https?:)?/[^'"`\s<>]{1,300}?)\1""")
_DATA_HINT = re.compile(r"(/api/|/ajax|\.json|/json|/data/|/feed|/items|/goods|/products|/list|/search)", re.I)
_TEMPLATE = re.compile(r"\$\{[^}]{1,40}\}")
_FETCH_CALL = re.compile(r"(fetch|\.get|\.getJSON|\.ajax|\.open|axios|\.post|request|url\s*[:=])\s*\(?\s*$", re.I)
# Text of a "load more" control.
LOAD_MORE = re.compile(r"^\s*(加载更多|查看更多|更多商品|点击加载更多?|显示更多|load more|show more|more)\s*$", re.I)

PAGE_PARAMS = frozenset({"page", "p", "pn", "pg", "pageno", "page_no", "pagenum", "page_num", "pageindex",
                         "page_index", "currentpage", "current_page", "pagenumber"})
OFFSET_PARAMS = frozenset({"offset", "start", "skip", "from", "begin"})
_MORE_KEYS = ("has_more", "hasMore", "hasmore", "has_next", "hasNext", "more")
_NEXT_URL_KEYS = ("next", "next_url", "nextUrl", "next_page_url", "nextPageUrl")


@dataclass(frozen=True, kw_only=True)
class Endpoint:
    """A JSON URL a list page calls, and which query parameter pages through it."""

    url: str
    """Absolute URL with the paging parameter left out."""
    param: str = ""
    """Query parameter that pages (empty: the endpoint is fetched once)."""
    offset: bool = False
    """The parameter counts items (offset=0, 20, 40) rather than pages (page=1, 2, 3)."""

    @property
    def first(self) -> int:
        return 0 if self.offset else 1

    def page_url(self, value: int) -> str:
        if not self.param:
            return self.url
        parts = urlsplit(self.url)
        query = [*parse_qsl(parts.query, keep_blank_values=True), (self.param, str(value))]
        return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))

    def next_value(self, value: int, items_on_page: int) -> int:
        return value + items_on_page if self.offset else value + 1


def _endpoint_from_literal(literal: str, base_url: str) -> Endpoint | None:
    marked = _TEMPLATE.sub("\x00", literal)
    url = urljoin(base_url, marked.replace("\x00", ""))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        return None
    pairs = parse_qsl(urlsplit(urljoin(base_url, marked)).query, keep_blank_values=True)
    # The paging parameter is the one the script fills in: left empty for concatenation (?page=' + n) or a
    # template placeholder (?page=${n}); failing that, any parameter with a paging name.
    param = next((k for k, v in pairs if v in ("", "\x00") and k.lower() in PAGE_PARAMS | OFFSET_PARAMS), "")
    if not param:
        param = next((k for k, v in pairs if v in ("", "\x00")), "")
    if not param:
        param = next((k for k, _ in pairs if k.lower() in PAGE_PARAMS | OFFSET_PARAMS), "")
    rest = [(k, v.replace("\x00", "")) for k, v in pairs if k != param and "\x00" not in v]
    clean = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest), ""))
    return Endpoint(url=clean, param=param, offset=param.lower() in OFFSET_PARAMS)


def json_endpoints(scripts: list[str], base_url: str) -> list[Endpoint]:
    """Data URLs that inline scripts fetch, most likely first (those passed to fetch()/ajax calls)."""
    called: list[Endpoint] = []
    other: list[Endpoint] = []
    for script in scripts:
        for m in _LITERAL.finditer(script):
            literal = m.group(2)
            if not _DATA_HINT.search(literal) or re.search(r"\.(js|css|png|jpe?g|gif|svg|woff2?)(\?|$)", literal):
                continue
            endpoint = _endpoint_from_literal(literal, base_url)
            if endpoint is None:
                continue
            before = script[max(0, m.start() - 40): m.start()]
            bucket = called if _FETCH_CALL.search(before) else other
            if endpoint not in called and endpoint not in other:
                bucket.append(endpoint)
    return called + other


def parse_json(body: bytes) -> Any:
    """JSON, or JSONP (``callback({...});``); None when it is neither."""
    text = body.decode("utf-8", errors="replace").strip()
    m = re.match(r"^[\w.$]+\s*\((.*)\)\s*;?\s*$", text, re.S)
    if m:
        text = m.group(1)
    try:
        return json.loads(text)
    except ValueError:
        return None


def _strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def urls_in_json(data: Any, base_url: str) -> list[str]:
    """Every string in the answer that reads as a URL or an absolute path, made absolute, in order, once."""
    seen: dict[str, None] = {}
    for s in _strings(data):
        s = s.strip()
        if s.startswith(("http://", "https://", "//", "/")) and " " not in s and len(s) < 2048:
            seen.setdefault(urljoin(base_url, s), None)
    return list(seen)


def no_more(data: Any) -> bool:
    """The answer says explicitly that there is nothing after it."""
    if not isinstance(data, dict):
        return False
    for container in (data, data.get("data"), data.get("result")):
        if isinstance(container, dict):
            for key in _MORE_KEYS:
                if key in container and container[key] in (False, 0, "false", "0"):
                    return True
    return False


def next_url(data: Any, base_url: str) -> str | None:
    """A next-page URL the answer gives itself (cursor APIs), if any."""
    if isinstance(data, dict):
        for key in _NEXT_URL_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value.strip().startswith(("http", "/", "?")):
                return urljoin(base_url, value.strip())
    return None
