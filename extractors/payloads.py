"""JSON a page carries outside its scripts' plain state objects, read into parameter pairs.

- **Attribute JSON**: a spec table the page's script draws from JSON in a ``data-*`` attribute (JD PC 2024's
  ``<div id="detail-params" data-groups='[{"name":"主体","rows":[["品牌","美的"],…]}]'>``, empty until the script
  runs). Shops write the rows as name/value objects (read as in state JSON, ``html.json_pairs``), as
  ``[label, value]`` lists, or as one object keyed by the labels shown (``{"执行标准": "GB …"}``).

- **Index-linked payloads**: Nuxt 3's ``<script id="__NUXT_DATA__">`` (devalue's format) is one flat JSON array in
  which every object and list holds the indices of its values, not the values
  (``[["ShallowReactive",1],{"data":2},…,{"k":"执行标准","v":11},"QB/T 1002-2015"]``): linked back into one
  document (``linked_payload``), it is read like any state JSON.

Attribute JSON is read from the page after noise removal: a card of another item carrying its own ``data-params`` is gone with its
card. Every read is bounded (size of an attribute, attributes a page, JSON nodes walked) and runs only on pages
whose source holds a ``data-*`` value that opens with ``{`` or ``[`` (found by the scan that also looks for label
attributes, html.attribute_hints).
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree

from extractors.dom import squash
from extractors.html import MAX_PAIRS, attribute_hints, clean_key, good_label, json_pairs, noise_key

MAX_JSON_ATTRIBUTES = 50
"""``data-*`` attributes holding JSON read a page, at most (a spec table needs one or a few)."""
MAX_JSON_ATTRIBUTE = 200_000
"""Characters of one such attribute, at most (a spec table is a few kB; more is a dump or an attack)."""
_MAX_NODES = 20_000
"""Lists and objects walked in one attribute's JSON, at most."""
_MAX_VALUE = 2_000

_JSON_ATTRIBUTES = etree.XPath("//@*[starts-with(name(), 'data-')][starts-with(., '{') or starts-with(., '[')]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return squash(value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _labelled(key: Any, value: Any) -> tuple[str, str] | None:
    """(label, value) when ``key`` reads like a label (good_label) and ``value`` is a string or a number."""
    if not isinstance(key, str):
        return None
    label, text = clean_key(key), _scalar(value)
    if text and text != label and good_label(label):
        return label, text[:_MAX_VALUE]
    return None


def table_pairs(data: Any) -> list[tuple[str, str]]:
    """The two table shapes name/value objects do not cover, anywhere in ``data``: ``[label, value]`` rows
    (``"rows": [["执行标准", "GB 4706.1-2005"]]``) and objects keyed by Chinese labels (``{"执行标准": "GB …"}``: an
    English key such as ``std`` or ``ccc`` is a field of the script's, not a label the page shows). A subtree under
    a key that names other items or buyers' words (``recommend``, ``comment``) is not entered."""
    out: list[tuple[str, str]] = []
    stack = [data]
    seen = 0
    while stack and seen < _MAX_NODES and len(out) < MAX_PAIRS:
        node = stack.pop()
        seen += 1
        if isinstance(node, list):
            if len(node) == 2 and isinstance(node[0], str) and not isinstance(node[1], (list, dict)):
                pair = _labelled(node[0], node[1])
                if pair is not None:
                    out.append(pair)
                continue
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            inner: list[Any] = []
            for key, value in node.items():
                if isinstance(value, (list, dict)):
                    if not (isinstance(key, str) and noise_key(key)):
                        inner.append(value)
                elif isinstance(key, str) and _CJK.search(key):
                    pair = _labelled(key, value)
                    if pair is not None:
                        out.append(pair)
            stack.extend(reversed(inner))
    return out


def attribute_json_pairs(root: etree._Element, html: str, *, hinted: bool | None = None) -> list[tuple[str, str]]:
    """Parameter pairs from JSON held in ``data-*`` attributes of ``root`` (see the module's docstring); ``html``:
    the page's source, tested first for a data-* value that opens with ``{`` or ``[`` (``hinted``: the answer of
    html.attribute_hints, when the caller has it: one scan of the page serves both attribute readers)."""
    if not (attribute_hints(html)[1] if hinted is None else hinted):
        return []
    out: list[tuple[str, str]] = []
    for value in _JSON_ATTRIBUTES(root)[:MAX_JSON_ATTRIBUTES]:
        if len(value) > MAX_JSON_ATTRIBUTE:
            continue
        try:
            data = json.loads(str(value), strict=False)
        except (ValueError, RecursionError):
            continue
        out.extend(json_pairs(data))
        out.extend(table_pairs(data))
        if len(out) >= MAX_PAIRS:
            break
    return out[:MAX_PAIRS]


# -- index-linked payloads (devalue: Nuxt 3's __NUXT_DATA__) --------------------------------------------------------

_PROBE = 50
"""Entries of a payload looked at to tell an index-linked one from a plain list."""


def _is_index_linked(data: Any) -> bool:
    """Whether ``data`` is a devalue payload: a top-level list whose objects and lists hold indices into it (a
    typed entry, ``["ShallowReactive", 1]``, ``["Date", "…"]``, opens with its type's name), beside the strings
    they point at. Hand-made payloads also write a string inline as an object's value (``{"k": "执行标准", "v": 11}``),
    which is taken as it is; most values must still be indices. A plain list of records
    (``[{"id": 1, "count": 2}]``) has no string of its own at the top."""
    if not isinstance(data, list) or len(data) < 2 or not isinstance(data[0], (dict, list)):
        return False
    size = len(data)
    strings = False
    indices = inline = 0
    for entry in data[:_PROBE]:
        if isinstance(entry, dict):
            values: Any = entry.values()
        elif isinstance(entry, list):
            if entry and isinstance(entry[0], str):
                if len(entry) != 2:
                    continue  # Date, RegExp, Map…: their own arguments
                values = entry[1:]
            else:
                values = entry
        else:
            strings = strings or isinstance(entry, str)
            continue
        for value in values:
            if isinstance(value, int) and not isinstance(value, bool) and -10 < value < size:
                indices += 1
            elif isinstance(value, str) and isinstance(entry, dict):
                inline += 1
            else:
                return False
    return strings and indices > inline


def linked_payload(data: Any) -> Any:
    """A devalue payload (see ``_is_index_linked``) as one JSON document, its indices replaced by what they point
    at; anything else unchanged.

    Linear: each object and list is built once and hung under the first entry that points forward to it (devalue
    numbers a value after the entry that holds it). A backward index to a container (a repeat, or a cycle) is left
    out, so the document is a tree however the payload links; strings and numbers are shared freely."""
    if not _is_index_linked(data):
        return data
    size = len(data)
    alias: dict[int, int] = {}  # a typed wrapper ["ShallowReactive", j] stands for entry j
    shells: list[Any] = [None] * size
    for i, entry in enumerate(data):
        if isinstance(entry, dict):
            shells[i] = {}
        elif isinstance(entry, list):
            if entry and isinstance(entry[0], str):
                if len(entry) == 2 and isinstance(entry[1], int) and i < entry[1] < size:
                    alias[i] = entry[1]
                continue  # Date, Map, Set…: no text a claim is read from
            shells[i] = []
    claimed = [False] * size

    def target(index: Any, holder: int) -> tuple[bool, Any]:
        if isinstance(index, str):
            return True, index  # written inline
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < size:
            return False, None  # devalue's undefined, holes, NaN: negative
        for _ in range(8):  # wrappers of wrappers (Ref of ShallowReactive)
            if index not in alias:
                break
            index = alias[index]
        shell = shells[index]
        if shell is None:
            value = data[index]
            return (True, value) if isinstance(value, (str, int, float)) else (False, None)
        if index <= holder or claimed[index]:
            return False, None
        claimed[index] = True
        return True, shell

    for i, entry in enumerate(data):
        shell = shells[i]
        if isinstance(shell, dict):
            for key, index in entry.items():
                ok, value = target(index, i)
                if ok:
                    shell[key] = value
        elif isinstance(shell, list):
            for index in entry:
                ok, value = target(index, i)
                if ok:
                    shell.append(value)
    ok, root = target(0, -1)
    return root if ok else data
