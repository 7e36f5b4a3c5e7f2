"""``body_of`` finds the same element as ``root.find("body")`` (what it replaced on the page-text and description
paths), including where there is no body left to find."""

from __future__ import annotations

import pytest
from lxml import etree

from extractors.dom import body_of, parse

PAGES = [
    "<html><head><title>t</title></head><body><p>x</p></body></html>",
    "<p>no html or body tags written</p>",
    "<html><body class='nav'><div>body marked like noise</div></body></html>",
    "<html><head></head><body><div><body>a second body tag</body></div></body></html>",
    "<html><!-- a comment first --><head></head><body>text</body></html>",
    "<html><head><title>only a head</title></head></html>",
    "",
]


@pytest.mark.parametrize("html", PAGES)
def test_body_of_finds_what_find_finds(html: str) -> None:
    root = parse(html).root
    assert body_of(root) is root.find("body")


def test_body_of_after_the_body_is_removed() -> None:
    root = parse("<html><body><p>x</p></body></html>").root
    body = root.find("body")
    assert body is not None and body_of(root) is body
    root.remove(body)
    assert body_of(root) is None and root.find("body") is None


def test_body_of_skips_other_children() -> None:
    root = etree.fromstring("<html><head/><div/><body/></html>")
    found = body_of(root)
    assert found is not None and found.tag == "body" and found is root.find("body")
