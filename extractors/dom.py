"""Parsing hostile HTML once with lxml, and the few tree walks every field needs, all linear in the page size.

lxml (libxml2) parses a typical item page in about 0.1 ms and repairs most broken markup; what it does not repair,
long runs of unclosed ``<li><span>`` items, makes it nest every item in the previous one and stop at 256 levels,
silently dropping the rest of the page. Such runs are repaired before parsing by closing each ``<li>``/``<dd>``/
``<dt>``/``<tr>`` where the next one opens (what an HTML5 parser does), and a page that is still nested too deep is
flattened (its text kept, its deepest structure dropped), with the reason recorded. No walk here recurses in Python.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from lxml import etree

T = TypeVar("T")

MAX_DEPTH = 256
"""libxml2's nesting limit without XML_PARSE_HUGE; deeper content is not read (and a warning says so)."""

_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}>")
_IMPLIED = ("li", "dd", "dt", "tr", "option")
_OPEN = {tag: re.compile(rf"<{tag}(?=[\s>/])", re.I) for tag in _IMPLIED}
_CLOSE = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in _IMPLIED}
_SPACES = re.compile(r"\s+")
_LINE_SPACES = re.compile(r"[^\S\n]+")
BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt fieldset figcaption figure form h1 h2 h3 h4 h5 h6 hr li main "
    "ol p pre section table tbody td tfoot th thead tr ul".split()
)
"""Elements that start a new line of visible text."""
NEVER_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "head", "title"})
"""Elements whose content no reader sees as page text."""


@dataclass(kw_only=True)
class Document:
    """A parsed page and what was noticed while parsing it."""

    root: etree._Element
    """The document element."""
    warnings: list[str] = field(default_factory=list)
    """What could not be read, in Chinese and English (``nesting deeper than 256 levels...``)."""


def squash(text: str) -> str:
    """One line, single spaces, no non-breaking spaces."""
    return " ".join(text.split())  # str.split() knows every Unicode space, NBSP and U+3000 included


def _close_implied(html: str) -> str:
    """Close every unclosed ``<li>`` (and dd, dt, tr, option) where the next one opens, when most are unclosed."""
    for tag in _IMPLIED:
        opened = len(_OPEN[tag].findall(html))
        if opened > MAX_DEPTH // 2 and opened > 2 * len(_CLOSE[tag].findall(html)):
            html = _OPEN[tag].sub(f"</{tag}><{tag}", html)
    return html


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,30})\b[^<>]{0,2000}?(/?)>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def _flatten(html: str, limit: int = MAX_DEPTH - 56) -> str:
    """Drop the opening (and as many closing) tags that would nest deeper than ``limit``: every piece of text is
    kept, only structure that deep is lost. One pass, linear in the page size."""
    out: list[str] = []
    depth = dropped = last = 0
    for m in _TAG.finditer(html):
        closing, name, selfclosing = m[1], m[2].lower(), m[3]
        if name in _VOID or selfclosing:
            continue
        if closing:
            if dropped:
                dropped -= 1
                out.append(html[last : m.start()])
                last = m.end()
            elif depth:
                depth -= 1
        elif depth >= limit:
            dropped += 1
            out.append(html[last : m.start()])
            last = m.end()
        else:
            depth += 1
    out.append(html[last:])
    return "".join(out)


class _Parsers(threading.local):
    """One parser of each kind per thread: building a parser costs about as much as parsing a small page, and a
    parser may not be shared between threads (lxml's rule). Its error log is reset at every parse."""

    def __init__(self) -> None:
        options = {"remove_comments": True, "remove_pis": True, "no_network": True}
        # Bytes are UTF-8 already checked by the caller: libxml2 reads them faster than a Python string.
        self.utf8 = etree.HTMLParser(encoding="utf-8", **options)
        self.text = etree.HTMLParser(**options)


_PARSERS = _Parsers()


def _parse_once(html: str | bytes) -> tuple[etree._Element, bool]:
    # Plain lxml elements, not lxml.html's: its per-element class lookup costs more than the parse itself.
    parser = _PARSERS.utf8 if isinstance(html, bytes) else _PARSERS.text
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    too_deep = any("Excessive depth" in entry.message for entry in parser.error_log)
    if root is None:
        root = etree.fromstring("<html><body></body></html>", _PARSERS.text)
    return root, too_deep


def parse(html: str, utf8: bytes | None = None) -> Document:
    """Parse a page once; never raises. ``utf8``: the same page as valid UTF-8 bytes, when the caller has them."""
    if utf8 is not None and utf8.strip() and b"\x00" not in utf8 and not utf8.lstrip().startswith(b"<?xml"):
        root, too_deep = _parse_once(utf8)
        if not too_deep:
            return Document(root=root)
    html = _XML_DECL.sub("", html or "").replace("\x00", "")
    if not html.strip():
        html = "<html><body></body></html>"
    root, too_deep = _parse_once(html)
    warnings: list[str] = []
    if too_deep:
        repaired = _close_implied(html)
        if repaired is not html:
            root, too_deep = _parse_once(repaired)
    if too_deep:
        root, too_deep = _parse_once(_flatten(html))
        warnings.append(f"页面嵌套过深，已展平读取 / nesting deeper than {MAX_DEPTH} levels: flattened to read its text")
    if too_deep:
        warnings.append(f"页面嵌套超过{MAX_DEPTH}层，更深处的内容未读取 / nesting deeper than {MAX_DEPTH} levels: not read")
    return Document(root=root, warnings=warnings)


def body_of(root: etree._Element) -> etree._Element | None:
    """The ``<body>`` child of ``root``, as ``root.find("body")`` finds it (its first child element so named).

    ``find`` goes through lxml's ElementPath, written in Python: on a freshly parsed page it cost about 7 µs, a
    loop over the root's few children about 1 µs."""
    for child in root:
        if child.tag == "body":
            return child
    return None


def tag_of(el: etree._Element) -> str:
    """Lower-case tag name (libxml2's HTML parser lower-cases them); "" for comments and processing instructions."""
    tag = el.tag
    return tag if isinstance(tag, str) else ""


_TO_STRING = etree.tostring


def raw_text(el: etree._Element) -> str:
    """All text under ``el``, as it is (its XPath string value; a childless element's own text, read directly).

    Serialized as text by libxml2 (``xmlNodeBufGetContent``, the same content the XPath ``string()`` reads): about a
    third cheaper than evaluating a compiled ``string()`` XPath, and several times cheaper than joining ``itertext``.
    """
    if len(el) == 0:
        return el.text or ""
    return _TO_STRING(el, method="text", encoding=str, with_tail=False)  # type: ignore[no-any-return]


def text_of(el: etree._Element) -> str:
    """All text under ``el`` on one line."""
    # raw_text's body written out: text_of is called about 20 times a page, and a Python call costs as much as
    # reading a childless element's text.
    if len(el) == 0:
        text = el.text or ""
    else:
        text = _TO_STRING(el, method="text", encoding=str, with_tail=False)
    return " ".join(text.split())  # str.split() knows every Unicode space, NBSP and U+3000 included


def mark_blocks(root: etree._Element) -> None:
    """Put a line break around every block element's content, so ``itertext`` yields lines (done once, on a copy)."""
    for node in root.iter(*BLOCK_TAGS):
        node.text = "\n" + (node.text or "")
        node.tail = "\n" + (node.tail or "")


def lines_of(el: etree._Element | None) -> str:
    """Text under ``el`` (marked by ``mark_blocks``, scripts already removed) as non-empty squashed lines."""
    if el is None:
        return ""
    return _squashed_lines(raw_text(el))


def _squashed_lines(text: str) -> str:
    text = _LINE_SPACES.sub(" ", text)
    return "\n".join(filter(None, map(str.strip, text.split("\n"))))


# Start and end tags of block elements in libxml2's XML output of a subtree (``<div class="x">``, ``</p>``,
# ``<br/>``). That output escapes ``<`` and ``>`` in text and in attribute values, so a tag runs from ``<`` to the
# next ``>``, and an ``&`` only ever opens an escape the serializer wrote.
def prefix_alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of ``words`` with common prefixes factored out (``th|thead`` -> ``th(?:ead)?``).

    The regex engine tries the branches of a plain alternation one by one at every candidate position; factored,
    it reads each character once. Only for words that a following non-word character ends, so that no two branches
    can both match at one position and the order of the branches does not matter."""
    heads: dict[str, list[str]] = {}
    for word in sorted(words):
        heads.setdefault(word[:1], []).append(word[1:])
    branches: list[str] = []
    for head, tails in heads.items():
        if not head:
            continue  # the empty word: made optional by the caller's level
        rest = {tail for tail in tails if tail}
        inner = prefix_alternation(rest) if rest else ""
        if inner and "" in tails:
            branches.append(f"{re.escape(head)}(?:{inner})?")
        elif inner:
            branches.append(f"{re.escape(head)}(?:{inner})" if "|" in inner else re.escape(head) + inner)
        else:
            branches.append(re.escape(head))
    return "|".join(branches)


_BLOCK_TAG = re.compile(rf"</?(?:{prefix_alternation(BLOCK_TAGS)})(?:[\s/][^>]*)?>")
_ANY_TAG = re.compile(r"<[^>]*>")
_ESCAPE = re.compile(r"&(?:(lt)|(gt)|(amp)|(quot)|#(\d+)|#x([0-9a-fA-F]+));")
_ESCAPED = {1: "<", 2: ">", 3: "&", 4: '"'}


def _unescape(m: re.Match[str]) -> str:
    group = m.lastindex or 0
    if group in _ESCAPED:
        return _ESCAPED[group]
    return chr(int(m[5])) if group == 5 else chr(int(m[6], 16))


def block_lines(el: etree._Element) -> str:
    """What ``mark_blocks`` then ``lines_of`` read from ``el``, without changing the tree.

    libxml2 serializes the subtree in C; each block element's tags become line breaks and the other tags are
    dropped. Marking blocks instead writes two text nodes per block element through lxml (about 4 µs each), which
    cost about four times as much on a typical description.
    """
    markup = _TO_STRING(el, encoding=str, with_tail=False)
    text = _ANY_TAG.sub("", _BLOCK_TAG.sub("\n", markup))
    if "&" in text:
        text = _ESCAPE.sub(_unescape, text)
    return _squashed_lines(text)


def drop(el: etree._Element) -> None:
    """Remove ``el`` and its content from the tree, keeping the text that follows it (its tail)."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def classes(el: etree._Element) -> str:
    """``id`` and ``class`` of ``el`` in one lower-case string."""
    return f"{el.get('id') or ''} {el.get('class') or ''}".lower()


class cached(Generic[T]):  # noqa: N801 (used like functools.cached_property)
    """``functools.cached_property`` without its per-access lock (Python 3.11 takes an RLock on every first read,
    which costs more than most fields of a page object). Not thread-safe: one page object is read by one thread."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> T | cached[T]:
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value
