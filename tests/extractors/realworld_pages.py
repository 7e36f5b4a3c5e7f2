"""How a record of ../shared/realworld becomes a page (its README): every string value is one block of a UTF-8
page; values holding HTML markup go in as markup, plain values are escaped; a dict key with a string value becomes
a ``key：value`` line."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")


def _block(text: str) -> str:
    if _MARKUP.search(text):
        return f"<div>{text}</div>"
    return f"<div>{html.escape(text)}</div>"


def _blocks(node: Any, out: list[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, str):
                out.append(_block(f"{key}：{value}") if not _MARKUP.search(value) else _block(value))
            else:
                _blocks(value, out)
    elif isinstance(node, list):
        for value in node:
            _blocks(value, out)
    elif isinstance(node, str):
        out.append(_block(node))


def record_page(path: Path) -> bytes:
    """The page a test serves for one record: an ``.html`` file as it is, a ``.json`` record as blocks."""
    if path.suffix == ".html":
        return path.read_bytes()
    out: list[str] = []
    _blocks(json.loads(path.read_text(encoding="utf-8")), out)
    body = "\n".join(out)
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>'.encode()
