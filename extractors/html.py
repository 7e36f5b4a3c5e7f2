"""Reading messy HTML: bytes to text, parameter pairs from any common layout, schema.org products, visible text.

Shop-independent on purpose: JD, Tmall and small shops lay the same ``key：value`` facts out as list items,
label/value pairs, tables or definition lists, so every layout is read and merged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import charset_normalizer
import extruct
from bs4 import BeautifulSoup, NavigableString, Tag

# GBK and GB2312 pages often use characters only GB18030 (their superset) names.
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_COLON = re.compile(r"[:：]")
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "nav", "header", "footer", "iframe", "svg"})
_INLINE = frozenset({"span", "b", "i", "em", "strong", "a", "font", "label", "u", "small", "sub", "sup", "code"})
_MAX_KEY = 20

PARAM_CONTAINERS = "ul.p-parameter-list, #J_AttrUL, .attributes-list, #parameter2, .Ptable, #J_ParameterList"
"""Known parameter blocks: JD ``ul.p-parameter-list`` / ``.Ptable`` (规格与包装), Tmall ``#J_AttrUL`` /
``.attributes-list`` (domain.md §5)."""


def decode(body: bytes | str, encoding: str | None = None) -> str:
    """Text of a page: the caller's encoding, then the page's own <meta> declaration, then detection."""
    if isinstance(body, str):
        return body
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", errors="replace")
    if encoding:
        try:
            return body.decode(_ENCODING_ALIASES.get(encoding.lower(), encoding), errors="replace")
        except LookupError:
            pass  # an unknown name from a header: fall through to what the page says
    declared = _META_CHARSET.search(body[:4096])
    if declared:
        name = declared[1].decode("ascii").lower()
        try:
            return body.decode(_ENCODING_ALIASES.get(name, name))
        except (LookupError, UnicodeDecodeError):
            pass  # mislabelled page: let detection decide
    # Undeclared: strict UTF-8, then GB18030 (the superset of GBK that older Chinese shops use), and only then a
    # statistical guess, which misreads short Chinese texts.
    for codec in ("utf-8", "gb18030"):
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(body).best()
    return str(best) if best is not None else body.decode("utf-8", errors="replace")


def parse(html: str) -> BeautifulSoup:
    """A forgiving parse tree (lxml repairs unclosed tags)."""
    return BeautifulSoup(html or "<html></html>", "lxml")


def squash(text: str) -> str:
    """One line, single spaces, no non-breaking spaces."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def _good_key(key: str) -> bool:
    return 0 < len(key) <= _MAX_KEY and re.search(r"[A-Za-z\u4e00-\u9fff]", key) is not None and "http" not in key


def _split_colon(text: str) -> tuple[str, str] | None:
    m = _COLON.search(text)
    if m is None:
        return None
    key, value = squash(text[: m.start()]), squash(text[m.end() :])
    return (key, value) if _good_key(key) and value else None


def _li_pair(li: Tag) -> tuple[str, str] | None:
    """``<li>key：value</li>`` or ``<li><label>key</label><span>value</span></li>``."""
    if li.find(["li", "ul", "ol"]) is not None:
        return None
    pair = _split_colon(li.get_text())
    if pair is not None:
        return pair
    children = [c for c in li.children if isinstance(c, Tag)]
    if len(children) >= 2:
        key = squash(children[0].get_text())
        value = squash(" ".join(c.get_text() for c in children[1:]))
        if _good_key(key) and value:
            return key, value
    return None


def _row_pairs(tr: Tag) -> Iterator[tuple[str, str]]:
    """``<tr><th>key</th><td>value</td></tr>`` or key/value cells side by side (2 or 4 per row)."""
    cells = tr.find_all(["th", "td"], recursive=False)
    if len(cells) < 2 or len(cells) % 2:
        return
    for key_cell, value_cell in zip(cells[::2], cells[1::2]):
        key, value = squash(key_cell.get_text()).rstrip(":："), squash(value_cell.get_text(" "))
        if _good_key(key) and value:
            yield key, value


def _dl_pairs(dl: Tag) -> Iterator[tuple[str, str]]:
    """``<dl><dt>key</dt><dd>value</dd></dl>``; JD puts a tips ``dd`` between them, which is skipped."""
    key: str | None = None
    for child in dl.find_all(["dt", "dd"], recursive=False):
        if child.name == "dt":
            key = squash(child.get_text()).rstrip(":：")
        elif key and "tips" not in " ".join(child.get("class") or []).lower():
            value = squash(child.get_text(" "))
            if _good_key(key) and value:
                yield key, value
            key = None


def parameter_pairs(soup: BeautifulSoup) -> dict[str, str]:
    """Every key/value pair in list, table and definition-list layouts; known blocks first, first value wins."""
    pairs: dict[str, str] = {}
    found: list[tuple[str, str]] = []
    for container in soup.select(PARAM_CONTAINERS):
        found.extend(filter(None, map(_li_pair, container.find_all("li"))))
    found.extend(filter(None, map(_li_pair, soup.find_all("li"))))
    for tr in soup.find_all("tr"):
        found.extend(_row_pairs(tr))
    for dl in soup.find_all("dl"):
        found.extend(_dl_pairs(dl))
    for key, value in found:
        pairs.setdefault(key, value)
    return pairs


def _walk_types(node: Any, wanted: str) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for item in node:
            yield from _walk_types(item, wanted)
    elif isinstance(node, dict):
        types = node.get("@type")
        names = types if isinstance(types, list) else [types]
        if any(str(t).rsplit("/", 1)[-1] == wanted for t in names):
            yield node
        for key in ("@graph", "mainEntity", "itemListElement", "itemOffered"):
            yield from _walk_types(node.get(key), wanted)


def structured_items(soup: BeautifulSoup, html: str, url: str) -> list[Any]:
    """JSON-LD blocks (one at a time, so one broken block does not hide the others) and microdata, via extruct."""
    items: list[Any] = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        snippet = f'<html><head><script type="application/ld+json">{script.string or ""}</script></head></html>'
        try:
            data = extruct.extract(snippet, base_url=url, syntaxes=["json-ld"], errors="ignore")
            items.extend(data.get("json-ld", []))
        except (ValueError, TypeError, json.JSONDecodeError):
            continue  # a block extruct cannot read is skipped, not fatal
    if "itemscope" in html:
        try:
            data = extruct.extract(html, base_url=url, syntaxes=["microdata"], uniform=True, errors="ignore")
            items.extend(data.get("microdata", []))
        except (ValueError, TypeError):
            pass  # malformed microdata: the rest of the page still counts
    return items


def items_of_type(items: list[Any], wanted: str) -> list[dict[str, Any]]:
    """Nodes whose ``@type`` is ``wanted`` (``Product``, ``BreadcrumbList``), searched through @graph and nesting."""
    return list(_walk_types(items, wanted))


def visible_text(node: Tag | None) -> str:
    """Text a reader sees: no scripts, styles or navigation; block elements start new lines."""
    if node is None:
        return ""
    parts: list[str] = []
    for text in node.find_all(string=True):
        if type(text) is not NavigableString:
            continue  # comments, doctype, CDATA
        parent = text.parent
        if parent is None or any(p.name in _SKIP for p in [parent, *parent.parents] if p.name):
            continue
        chunk = squash(str(text))
        if chunk:
            parts.append((" " if parent.name in _INLINE else "\n") + chunk)
    return re.sub(r"\n\s*\n+", "\n", "".join(parts)).strip()
