"""``block_lines`` reads a block's lines from libxml2's serialization: the same lines as marking every block
element and reading its text (``mark_blocks`` + ``lines_of``, which the web app's page view still uses).

Each row is a shape where reading the markup instead of the tree could go wrong: escaped text and attributes
that hold ``<``, ``>``, ``&`` or quotes, character references, tags whose names start like a block's, void
elements, nested blocks, text runs without any block, and whitespace of every kind.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree

from extractors.dom import BLOCK_TAGS, block_lines, lines_of, mark_blocks, parse, prefix_alternation

ROWS = [
    "<div>品牌：好孩子<br>执行标准：GB 6675.1-2014</div>",
    "<div>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#20215;格 &#x4ef7; &amp;amp;</div>",
    '<div title="a>b&quot;<c" data-x="1\n2"><p>x</p><img alt="1>2">y</div>',
    '<div><a href="/x?a=1&b=>">link</a><span>in line</span><param name="p">v</div>',
    "<div><pre>pre</pre><p>p</p><progress>q</progress><header>h</header><details>d</details></div>",
    "<div>  lots \t of \u3000 space \xa0 and\u2028lines  </div>",
    "<table><tr><th>材质</th><td>棉</td></tr><tr><td>3C</td><td>2021010901234567</td></tr></table>",
    "<ul><li>one<li>two<li>three</ul><dl><dt>k</dt><dd>v</dd></dl>",
    "<div>no block at all, <b>bold</b> and <i>italic</i> run on</div>",
    "<div>\r\nwindows\rline ends</div>",
    "<div>&#13;&#10;&#0;&#128;&#xfffd;</div>",
    "<div><h1>title</h1>text<hr>after<h2>sub</h2></div>",
    "<div>" + "<div>deep " * 60 + "</div>" * 60 + "</div>",
    "",
]


def _marked_lines(html: str) -> str:
    root = parse(html).root
    body = root.find("body")
    el = body if body is not None else root
    mark_blocks(el)
    return lines_of(el)


@pytest.mark.parametrize("html", ROWS)
def test_block_lines_read_what_marking_reads(html: str) -> None:
    root = parse(html).root
    body = root.find("body")
    el = body if body is not None else root
    before = etree.tostring(root)
    assert block_lines(el) == _marked_lines(html)
    assert etree.tostring(root) == before  # the tree is not changed


def test_block_lines_put_blocks_on_lines_of_their_own() -> None:
    root = parse("<div>品牌：<b>好孩子</b><p>执行标准：GB 6675.1-2014</p>产地：浙江&amp;上海</div>").root
    assert block_lines(root) == "品牌：好孩子\n执行标准：GB 6675.1-2014\n产地：浙江&上海"


@pytest.mark.parametrize(
    "words",
    [{"th", "thead", "t", "tr"}, {"a"}, {"p", "pre", "progress"}, {"h1", "h2", "hr"}, set(BLOCK_TAGS), {"a.b", "a"}],
)
def test_prefix_alternation_matches_exactly_its_words(words: set[str]) -> None:
    pattern = re.compile(f"(?:{prefix_alternation(words)})")
    candidates = {w[:n] for w in words for n in range(len(w) + 2)} | {w + "x" for w in words} | {"ab", "axb", ""}
    assert {c for c in candidates if pattern.fullmatch(c)} == words
