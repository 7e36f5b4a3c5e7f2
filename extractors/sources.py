"""Places a page states its facts in that a plain reading of its HTML misses, each read within a size bound.

- A script whose JSON is percent-encoded (Douyin's ``<script id="RENDER_DATA">%7B%22app%22...``).
- An ``<iframe srcdoc="...">``: HTML inside an attribute, which the browser shows as part of the page.
- ``<img alt="执行标准：GB 811-2022">``: shops that show the label only as a picture often repeat it in the alt text.
- ``<span title="GB 30585-2014 儿童鞋安全技术规范；QB/T 4546-2013">GB 30585-2014 儿童鞋安全…</span>``: a value the
  layout cuts short with an ellipsis, whole in its ``title`` (the tooltip the browser shows).
- ``<template id="tpl-spec"><dl>…</dl></template>``: a tab's content the page's script clones into view when the
  tab is clicked (inert until then, but the page's own text); a template with placeholders (``{{name}}``,
  ``${price}``) is a pattern the script fills with data, not text (``shown_template``).
- ``<svg><text x="10" y="75">产品标准代号：<tspan>GB/T 18738-2006</tspan></text>…</svg>``: a label drawn as inline
  SVG, its words in ``<text>`` elements, one line each (``svg_lines``); an icon (paths only) holds none.

Every decoding here is linear in its input and refused above a fixed size (tests/extractors/test_hostile.py).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from lxml import etree

from extractors.dom import body_of, parse

MAX_ENCODED = 2_000_000
"""Percent-encoded script bodies longer than this are not decoded (no product state is that large)."""
MAX_SRCDOC = 1_000_000
"""An iframe's srcdoc longer than this is not read; nor more than MAX_FRAMES of them a page."""
MAX_FRAMES = 5
MAX_ALTS = 300
"""Images whose alt text is read, at most, a page; each alt at most MAX_ALT characters."""
MAX_ALT = 500

MAX_TEMPLATES = 20
"""``<template>`` elements read as the page's text, at most, a page."""
MAX_TEMPLATE = 200_000
"""Characters of markup a template holds, at most, to be read."""

MAX_SVG_TEXTS = 500
"""``<text>`` elements of one SVG read as lines, at most."""

_ENCODED_JSON = re.compile(r"\s*%(?:7B|5B)", re.I)
# An alt text is read only when it carries a label or a colon (执行标准：…, 3C认证 证书编号…): a picture merely
# named after a code (alt="GB31701 详情图", as its file name) states nothing.
_LABELLED = re.compile(r"[:：]|标准|认证|证书|许可|编号|注册|备案|执照|代码")


# A leaf's text cut short right before its closing tag: "…</span>", "...</td>" (the page's source is tested first).
_CUT_SHORT = re.compile(r"(?:…|\.\.\.)\s*</")
_ELLIPSES = ("…", "...", "⋯")
_TITLED = etree.XPath("//*[@title]")


def whole_titles(root: etree._Element, html: str) -> None:
    """Each leaf whose text ends in an ellipsis and whose ``title`` begins with that text (less the ellipsis)
    gets the title as its text, in place: the title is the whole value the layout cut short.

    A title that does not continue the text (a card titled with another item's name, a link's tooltip) is left
    alone, and pages with no text cut short before a tag are not searched at all."""
    if "title=" not in html or _CUT_SHORT.search(html) is None:
        return
    for el in _TITLED(root):
        text = (el.text or "").strip()
        if len(el) or not text.endswith(_ELLIPSES):
            continue
        shown = text.rstrip("….⋯").rstrip()
        title = " ".join((el.get("title") or "").split())
        if len(shown) >= 2 and len(title) > len(shown) and title.startswith(" ".join(shown.split())):
            el.text = title


def script_json(code: str) -> str:
    """The script's text, percent-decoded when it is percent-encoded JSON (``%7B%22...``); otherwise unchanged."""
    if len(code) <= MAX_ENCODED and _ENCODED_JSON.match(code):
        return unquote(code)  # one linear pass; a bad escape is left as it is
    return code


_ENTRY_TEXTS = ("desc", "text", "value", "name", "content")
"""Keys of the one-string entries a value list is made of (``"message": [{"desc": "GB/T 28004.1-2021"}]``)."""


def entry_texts(value: list[object]) -> str:
    """A value written as a list of small objects, each holding one string (Douyin's ``product_format``): their
    strings joined by spaces; "" when the list is anything else."""
    texts: list[str] = []
    for entry in value[:20]:
        if not isinstance(entry, dict) or len(entry) > 3:
            return ""
        text = next((entry[k] for k in _ENTRY_TEXTS if isinstance(entry.get(k), str)), None)
        if text is None:
            return ""
        texts.append(text)
    return " ".join(" ".join(texts).split())


def inline_srcdoc(root: etree._Element) -> None:
    """Replace each ``<iframe srcdoc>`` by a ``div`` holding the body of the page it carries (in place).

    The frame's page is parsed on its own (the same bounded parse as the page's), and not searched for frames of
    its own: one level, as shops use it for their description."""
    frames = [el for el in root.iter("iframe") if el.get("srcdoc")][:MAX_FRAMES]
    for frame in frames:
        html = frame.get("srcdoc") or ""
        parent = frame.getparent()
        if parent is None or len(html) > MAX_SRCDOC:
            continue
        inner = parse(html).root
        body = body_of(inner)
        holder = etree.Element("div", {"class": "srcdoc"})
        source = body if body is not None else inner
        holder.text = source.text
        holder.extend(list(source))
        holder.tail = frame.tail
        parent.replace(frame, holder)


def image_alts(root: etree._Element) -> str:
    """Alt texts of the images left in ``root`` that hold a label (see _LABELLED), one a line."""
    lines: list[str] = []
    for count, img in enumerate(root.iter("img")):
        if count >= MAX_ALTS:
            break
        alt = (img.get("alt") or "")[:MAX_ALT]
        if _LABELLED.search(alt):
            lines.append(" ".join(alt.split()))
    return "\n".join(lines)


# Placeholders of the template languages pages fill on the client: Vue / Mustache / Handlebars / Angular {{ }},
# JavaScript template literals and lodash ${ }, EJS / underscore <% %>, Jinja / Nunjucks {% %}.
_PLACEHOLDER = re.compile(r"\{\{|\$\{|<%|&lt;%|\{%")


def shown_template(template: etree._Element, count: int) -> bool:
    """Whether a ``<template>`` holds the page's own text, made a ``div`` in place when it does: its markup has no
    placeholder (a pattern the script fills with data is not text), and it is one of the page's first
    ``MAX_TEMPLATES`` (``count``: templates made visible so far) of at most ``MAX_TEMPLATE`` characters.

    In place, so that a template the page's marks call noise (``<template class="recommend">``) is still dropped
    with the rest of the noise."""
    if count >= MAX_TEMPLATES or len(template) == 0:
        return False
    markup = etree.tostring(template, encoding=str, with_tail=False)
    if len(markup) > MAX_TEMPLATE or _PLACEHOLDER.search(markup) is not None:
        return False
    template.tag = "div"
    return True


def _line_key(text: etree._Element) -> str | None:
    """Where an SVG ``<text>`` sits vertically (its ``y``): pieces at one ``y`` are one line of the drawing."""
    y = text.get("y")
    return y.strip() if y else None


def svg_lines(svg: etree._Element) -> bool:
    """Whether an inline ``<svg>`` draws words, made in place a ``div`` of one ``<p>`` per line when it does: each
    ``<text>`` is a line (its ``<tspan>``s joined), and consecutive ``<text>``s at the same ``y`` are one line (a
    label and its value drawn apart: ``<text x="10" y="75">执行标准：</text><text x="120" y="75">GB …</text>``).

    In place, so that an SVG the page's marks call noise is still dropped; an icon (no ``<text>``) is left as it
    is, to be dropped with the other SVGs."""
    lines: list[tuple[str | None, list[str]]] = []
    for count, text in enumerate(svg.iter("text")):
        if count >= MAX_SVG_TEXTS:
            break
        words = " ".join("".join(text.itertext()).split())
        if not words:
            continue
        key = _line_key(text)
        if lines and key is not None and lines[-1][0] == key:
            lines[-1][1].append(words)
        else:
            lines.append((key, [words]))
    if not lines:
        return False
    tail = svg.tail
    svg.clear()  # attributes and children: a div of lines now
    svg.tag = "div"
    svg.tail = tail
    for _, pieces in lines:
        etree.SubElement(svg, "p").text = " ".join(pieces)
    return True
