"""Hostile input never crashes or hangs the extractors (fuzzed with hypothesis).

Crawled pages are hostile input: random bytes, pages cut off mid-tag, 10,000-level nesting, runs of unclosed tags,
5 MB pages and text built to make regular expressions backtrack. Every page must come back as a PageExtraction:
read, or refused with its reason in ``warnings``. The bound each test states is a pytest-timeout guard against a
hang (seconds, generous for a shared machine); speed itself is measured in ``make bench`` (benchmarks/extraction.py,
where cost is shown to grow linearly), never asserted here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors import PageExtraction, extract_page
from extractors.page import MAX_BYTES
from shelfwatch.models import ClaimKind
from shelfwatch.standard_codes import parse_code

PAGES = sorted((Path(__file__).resolve().parent / "pages").glob("*.html"))
FUZZ = settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
URL = "http://127.0.0.1/item/1.html"
# Pieces of codes, labels and markup: strings built from them make the grammar try hardest.
TOKENS = ["GB", "gb", "/", "T", "Z", " ", "-", "—", "1", "20", "2021", ".", ".1", "Q/", "S", "ABC", "、", "，", "3C",
          "证书编号", "：", "SC", "QS", "1234", "XK", "(粤)", "DB33", "T/", "型号", "GB/T", "<li>", "<span>", "</li>",
          "<table>", "<tr><td>", "</td>", "<dl><dt>", "<dd>", "<!--", "-->", "<script>", "{", "\"", "}", "\n", "\x00",
          "\ufeff", "\u200b", "＂", "＜", "ＧＢ", "１２３４"]


def _sane(page: PageExtraction) -> None:
    assert isinstance(page, PageExtraction)
    for claim in page.claims:
        assert isinstance(claim.value, str) and claim.value
        if claim.kind is ClaimKind.STANDARD:  # every code found spells back to itself
            parts = parse_code(claim.value, lenient=False)
            assert parts is not None and parts.code == claim.value


@pytest.mark.timeout(120)
@FUZZ
@given(st.binary(max_size=20_000))
def test_random_bytes(body: bytes) -> None:
    _sane(extract_page(body, URL))


@pytest.mark.timeout(120)
@FUZZ
@given(st.sampled_from(PAGES), st.floats(0, 1), st.sampled_from(["utf-8", "gbk", "big5", "latin-1", ""]))
def test_truncated_pages(path: Path, cut: float, charset: str) -> None:
    body = path.read_bytes()
    _sane(extract_page(body[: int(len(body) * cut)], URL, content_type=f"text/html; charset={charset}"))


@pytest.mark.timeout(120)
@FUZZ
@given(st.integers(1, 10_000), st.sampled_from(["div", "span", "li", "table", "b", "ul", "dl", "p"]), st.booleans())
def test_deep_nesting(depth: int, tag: str, closed: bool) -> None:
    html = f"<{tag}>" * depth + "执行标准：GB 6675.1-2014" + (f"</{tag}>" * depth if closed else "")
    page = extract_page(html.encode(), URL)
    _sane(page)
    assert "GB 6675.1-2014" in [c.value for c in page.claims]  # the text at the bottom is still read


@pytest.mark.timeout(120)
@FUZZ
@given(st.integers(1, 20_000), st.sampled_from(["<li><span>", "<li>", "<dd><span>", "<tr><td>", "<option>", "<p><b>"]))
def test_unclosed_tags(count: int, opener: str) -> None:
    html = "<ul><dl><table>" + f"{opener}品牌：好" * count + f"{opener}执行标准：GB 31701-2015"
    page = extract_page(html.encode(), URL)
    _sane(page)
    assert "GB 31701-2015" in [c.value for c in page.claims]


@pytest.mark.timeout(120)
@FUZZ
@given(st.lists(st.sampled_from(TOKENS), max_size=3_000))
def test_pathological_regex_inputs(tokens: list[str]) -> None:
    text = "".join(tokens)
    _sane(extract_page(text.encode("utf-8"), URL))
    _sane(extract_page(f"<ul><li>执行标准：{text}</li></ul>".encode(), URL))


@pytest.mark.timeout(120)
@FUZZ
@given(st.sampled_from(TOKENS), st.integers(1, 200_000))
def test_one_token_repeated(token: str, times: int) -> None:
    _sane(extract_page((token * times).encode("utf-8")[:1_000_000], URL))


@pytest.mark.timeout(300)
@pytest.mark.parametrize(
    "html",
    [
        "<table>" + "<tr><th>执行标准</th><td>GB/T 14272-2011 合格品</td></tr>" * 80_000 + "</table>",
        "<ul>" + "<li><span>品牌：好" * 250_000,
        "<p>" + "GB 1." * 1_000_000,
        '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>",
        "<script>window.rawData = " + '{"a":' * 50_000 + "1" + "}" * 50_000 + ";</script>",
        # Sources held-out set 8 added (extractors.sources): each decoding is bounded and linear.
        '<script type="application/json">' + "%7B%22a%22%3A" * 400_000 + "</script>",
        ('<iframe srcdoc="' + "&lt;div&gt;" * 80_000 + '"></iframe>') * 3,
        '<iframe srcdoc="' + "&lt;li&gt;GB 1." * 60_000 + '"></iframe>',
        "<div>" + '<img alt="执行标准：GB 1.">' * 200_000 + "</div>",
        "<p>" + "另一款GB 1-2020，" * 300_000,
        "<div><h3>参数对比</h3><table>" + ("<tr>" + "<td>GB 1-2020</td>" * 50 + "</tr>") * 5_000 + "</table></div>",
    ],
    ids=["5 MB parameter table", "5 MB of unclosed <li><span>", "5 MB of 'GB 1.'", "deep JSON-LD", "deep JSON state",
         "5 MB of percent-encoded JSON", "deep srcdoc", "1 MB srcdoc of unclosed items", "200,000 image alts",
         "5 MB of other-product clauses", "a 250,000-cell comparison table"],
)
def test_five_megabyte_pages(html: str) -> None:
    _sane(extract_page(html.encode("utf-8"), URL))


def test_too_large_a_page_is_refused_with_its_reason() -> None:
    page = extract_page(b"<p>" + b"x" * (MAX_BYTES + 1), URL)
    assert page.claims == [] and page.warnings and "refused" in page.warnings[0]


def test_deep_page_says_it_was_flattened() -> None:
    page = extract_page(("<div>" * 5_000 + "执行标准：GB 6675.1-2014").encode(), URL)
    assert any("flattened" in w for w in page.warnings)
