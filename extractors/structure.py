"""Whose claim is it, by the page's structure rather than its words (issue 5: accuracy on shops nobody here saw).

Held-out sets 8 and 9 lost most of their points to other products' and the shop's text read as this product's,
and were fixed mostly with class-name and heading word lists (extractors.html, extractors.whose). The next shop
uses other words. These rules read shapes instead:

1. **Repeated sibling cards are other products** (``other_item_cards``). Three or more siblings of one shape (tag
   and first class token), each a small block with a name of its own and a price and/or a link to another page,
   are a list of other items. Not a list of other items: the product's own parameter list (label/value pairs, no
   prices), its SKU selector (short option names, no links out), the rows of its SKU table (a header row naming
   the variant's column, 规格 / 型号 / 颜色…, and no link out: ``sku_heads``), and the card this page is about (the
   one that holds the h1, links to this page, or that the page's title names: listing-style item pages put it
   among others).
2. **A code next to another item's price and link** (``priced_link_blocks``): the nearest enclosing small block of a
   link to another page that also holds a price and a code is that item's card, even when it stands alone.
3. **Landmark roles** (``LANDMARK_ROLES``): ``role=complementary`` / ``contentinfo`` / ``navigation`` / ``banner``
   are the ARIA names of the sidebar, footer, navigation and site header, whatever their classes say.
4. **One certificate type, facts first** (``foreign_certificates``): when the product's own facts (parameters,
   JSON-LD) give certificates of a type, another number of that type found only in the running text, and not on a
   labelled line of its own (``3C证书编号：…`` opening its line), is the shop's or another item's.

All pure functions over an lxml tree or claims. The tree rules are one walk of the page (each element is looked at
as a child of its parent once) plus reads of each candidate card bounded to ``_CARD_CHARS`` characters, so the cost
stays linear in the page however it nests.

Cost (measured 2026-12-02 on the benchmark's 1,714 pages, shared 2-core AMD EPYC at load 2.5-4.7, so noisy): the
pass is about 8% of extraction CPU time when timed inside the run, 1-18% in on/off runs alternated in one process.
Half of it is ``_anchors``' walk of the tree; folding that walk into page._roles (which already visits every
element) would save most of that half.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice

from lxml import etree

from extractors.dom import BLOCK_TAGS, tag_of
from extractors.whose import names_this, title_words
from shelfwatch.models import Claim, ClaimKind

_MIN_CARDS = 3
"""Siblings of one shape that make a list (two are a pair: a product and its gift, a label and its value)."""
_CARD_SHARE = 2 / 3
"""Share of a group of same-shaped siblings that must read as cards for the group to be a list of other items."""
_CARD_CHARS = 300
"""A card is small: one more character than this and the block is a section, not a card (and is not read on)."""
_CARD_ELEMENTS = 60
"""Descendants of a card looked at for links, at most (a card holds an image, a name, a price, a button)."""
_RAW_FACTOR = 8
"""Raw characters (spaces included) read per character of a small block before it is given up as large."""
_BLOCK_CHARS = 200
"""The nearest enclosing block of a link is small when its text is at most this long (like html._SMALL_LINE)."""
_NAME_CHARS = 6
"""Letters (Chinese or Latin) a card's text needs, besides its price, to name an item without a link."""
_LINKED_NAME_CHARS = 4
"""Letters a card needs to name an item when it also links to another page."""

# Amounts as shops print them: ¥89 / ￥ 139.00 / $19.99 / 59元 (not 59元/斤 unit prices read as a name: harmless).
_PRICE = re.compile(r"[¥￥$]\s*\d{1,7}|\d{1,7}(?:\.\d{1,2})?\s*元")
_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")
# A card's text begins with a label and a colon: a parameter (品牌：苏泊尔), not an item's name.
_LABEL_FIRST = re.compile(r"^\s*[^:：\s]{1,20}\s*[:：]")
# Something a regulator reads as a claim: a standard code (GB/T 1234, Q/ABC 0001S, FZ/T...), a licence (SC + 14
# digits), a 16-digit CCC number, a cosmetics or medical-device registration. A cheap first test; the grammar in
# extractors.standards / .certificates decides what is a claim.
_CODE = re.compile(r"[A-Z]{1,4}\s*/\s*[A-Z]?\s*[A-Z0-9]{2,}|(?<![A-Za-z])(?:GB|SC|QS)\s*\d{3,}|\d{16}|妆|械")
_NOT_A_PAGE = ("#", "javascript:", "mailto:", "tel:", "?")
LANDMARK_ROLES = frozenset({"complementary", "contentinfo", "navigation", "banner"})
"""ARIA landmarks that are never the product's own text: sidebar, footer, navigation, site header."""


def _bounded_text(el: etree._Element, limit: int) -> str | None:
    """The text under ``el`` on one line, or None when it is longer than ``limit``: read piece by piece and given
    up after ``_RAW_FACTOR * limit`` raw characters (markup indents its text), so a big block costs little."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > _RAW_FACTOR * limit:
            return None
        pieces.append(piece)
    text = " ".join("".join(pieces).split())
    return text if len(text) <= limit else None


def _links_out(el: etree._Element, own_url: str) -> bool:
    """Whether ``el`` holds (or is) a link to another page: not an anchor, script, mail or phone link, not a
    query on this page (a SKU option), not this page itself."""
    for node in islice(el.iter("a"), _CARD_ELEMENTS):
        href = (node.get("href") or "").strip()
        if href and not href.startswith(_NOT_A_PAGE) and not _same_page(href, own_url):
            return True
    return False


def _same_page(href: str, own_url: str) -> bool:
    own = own_url.split("#", 1)[0].split("?", 1)[0]
    target = href.split("#", 1)[0].split("?", 1)[0]
    return bool(own and target) and (own == target or own.endswith(target))


def _letters(text: str) -> int:
    return len(_LETTER.findall(_PRICE.sub(" ", text)))


def _name(card: etree._Element, text: str) -> str:
    """What a card calls its item: its first heading or link text, else the start of its text."""
    for node in islice(card.iter("h1", "h2", "h3", "h4", "h5", "h6", "a"), 4):
        named = " ".join(" ".join(node.itertext()).split())
        if _letters(named) >= _LINKED_NAME_CHARS:
            return named
    return text[:40]


def is_card(text: str | None, links_out: bool) -> bool:
    """Whether a sibling block reads as another item's card: small (``text`` not None), not a label/value pair,
    and a name with a price, or a name with a link to another page."""
    if text is None or (_LABEL_FIRST.match(text) and not links_out):
        return False
    priced = _PRICE.search(text) is not None
    letters = _letters(text)
    if links_out:
        return letters >= _LINKED_NAME_CHARS or priced
    return priced and letters >= _NAME_CHARS


# The column a SKU table's rows differ by: what a buyer chooses among this product's variants.
_VARIANT_HEAD = re.compile(
    r"规格|型号|款式|款型|颜色|尺码|尺寸|容量|套餐|版本|货号|口味|净含量|配置|^(?:sku|model|size|variant|colou?r|version|option)s?$",
    re.I,
)
SKU_ROWS = 100
"""Rows of a SKU table read, at most (a product has a few dozen variants)."""


def sku_heads(table: etree._Element) -> list[str] | None:
    """The column heads of a SKU table: a first row of at least two ``<th>`` cells, short labels, one of which
    names the variant's column (规格, 型号, 颜色, SKU…); None for any other table. Every row below such a header
    is this product in one of its variants, not another item."""
    head = next(table.iter("tr"), None)
    if head is None or len(head) < 2 or head[0].tag != "th":
        return None  # most tables: label and value cells, a <td> second
    cells = [c for c in head if isinstance(c.tag, str)]
    if len(cells) < 2 or any(c.tag != "th" for c in cells):
        return None
    heads = [" ".join("".join(c.itertext()).split()) for c in cells]
    if any(not 0 < len(h) <= 20 for h in heads) or not any(_VARIANT_HEAD.search(h) for h in heads):
        return None
    return heads


def variant_column(heads: list[str]) -> int:
    """Index of the column a SKU table's rows are told apart by (the first that names a variant)."""
    return next(i for i, h in enumerate(heads) if _VARIANT_HEAD.search(h))


def _sku_rows(members: list[etree._Element], own_url: str) -> bool:
    """Whether same-shaped ``<tr>`` siblings are rows of a SKU table (``sku_heads``) that link nowhere else."""
    table = members[0].getparent()
    if table is not None and table.tag in {"tbody", "thead", "tfoot"}:
        table = table.getparent()
    if table is None or table.tag != "table" or sku_heads(table) is None:
        return False
    return not any(_links_out(m, own_url) for m in members)


def _is_this_product(card: etree._Element, text: str, words: _Titles, own_url: str) -> bool:
    """The card this page is about: it holds the h1, links to this page, or its name is the page's title."""
    if next(card.iter("h1"), None) is not None:
        return True
    for node in islice(card.iter("a"), _CARD_ELEMENTS):
        href = node.get("href") or ""
        if href and not href.startswith(_NOT_A_PAGE) and _same_page(href, own_url):
            return True
    return names_this(_name(card, text), words.words)


def _shape(el: etree._Element) -> tuple[str, str]:
    """Tag and first class token: what same-shaped siblings share (``<div class="c-4k">`` x 4)."""
    cls = el.get("class")
    return el.tag, (cls.split(None, 1)[0] if cls and cls.strip() else "")


def _groups(parent: etree._Element) -> Iterator[list[etree._Element]]:
    """Same-shaped element children of ``parent``, in groups of at least ``_MIN_CARDS``."""
    by_shape: dict[tuple[str, str], list[etree._Element]] = {}
    for child in parent:
        if isinstance(child.tag, str):
            by_shape.setdefault(_shape(child), []).append(child)
    for members in by_shape.values():
        if len(members) >= _MIN_CARDS:
            yield members


_LANDMARKS = etree.XPath("//*[" + " or ".join(f"@role='{role}'" for role in sorted(LANDMARK_ROLES)) + "]")
_PRICE_SIGNS = ("¥", "￥", "元", "$")
_CARD_DEPTH = 4
"""Levels a card's price or link sits below the card, at most (card > box > span > text)."""
_NOT_SHOWN = frozenset({"script", "style", "noscript", "template", "head", "title"})


def _anchors(root: etree._Element) -> tuple[list[etree._Element], list[etree._Element]]:
    """The elements whose own text shows a price sign (a tail's counts for its parent), and the ``a`` elements, in
    one walk of the tree: libxml2's XPath ``//text()[contains(...)]`` over the same pages costs four times more
    (measured over the benchmark's pages: 130 ms against 52 ms for 1,714 pages), script text is not looked at."""
    priced: list[etree._Element] = []
    links: list[etree._Element] = []
    for el in root.iter(etree.Element):
        tag = el.tag
        if tag == "a":
            links.append(el)
        elif tag in _NOT_SHOWN:
            continue
        text = el.text  # the four signs of _PRICE_SIGNS written out: a generator costs twice the tests
        if text and ("¥" in text or "￥" in text or "元" in text or "$" in text):
            priced.append(el)
        text = el.tail
        if text and ("¥" in text or "￥" in text or "元" in text or "$" in text):
            parent = el.getparent()
            if parent is not None:
                priced.append(parent)
    return priced, links


def _list_candidates(anchors: Iterable[etree._Element]) -> list[etree._Element]:
    """Elements that may hold a list of cards: those with prices or links (``anchors``) under at least
    ``_MIN_CARDS`` of their children, within ``_CARD_DEPTH`` levels. Only they are looked into, not every element
    (nor every element with many children: menus and parameter lists hold no price or link under most)."""
    reach: dict[etree._Element, int] = {}  # element -> levels above it already climbed from it
    through: dict[etree._Element, set[etree._Element]] = {}  # element -> its children that hold an anchor
    for node in anchors:
        for level in range(_CARD_DEPTH):
            parent = node.getparent()
            if parent is None:
                break
            if len(parent) >= _MIN_CARDS:
                through.setdefault(parent, set()).add(node)
            left = _CARD_DEPTH - level - 1
            if reach.get(parent, -1) >= left:
                break  # the levels above were climbed from this parent already
            reach[parent] = left
            node = parent
    return [parent for parent, children in through.items() if len(children) >= _MIN_CARDS]


class _Titles:
    """The words of the page's names for its product, read only when a card or block must be told apart from this
    product (most pages hold none: reading the titles' words costs more than looking for cards)."""

    def __init__(self, titles: Iterable[str]) -> None:
        self.titles = list(titles)
        self._words: set[str] | None = None

    @property
    def words(self) -> set[str]:
        if self._words is None:
            self._words = title_words(self.titles)
        return self._words


def other_item_cards(
    root: etree._Element,
    titles: Iterable[str],
    page_url: str = "",
    page_text: str | None = None,
) -> list[etree._Element]:
    """Blocks of ``root`` that are not this product's, by structure, in one walk of the tree: lists of other
    items' cards (rule 1), landmark-role blocks (rule 3), and small blocks holding another item's link, price and
    code (rule 2). ``page_text``: the page's markup, when the caller has it (a page naming no landmark role is
    not searched for one)."""
    words = _Titles(titles)
    landmarks = page_text is None or any(role in page_text for role in LANDMARK_ROLES)
    found: list[etree._Element] = list(_LANDMARKS(root)) if landmarks else []
    priced, links = _anchors(root)
    for parent in _list_candidates([*priced, *links]):
        for members in _groups(parent):
            if members[0].tag == "tr" and _sku_rows(members, page_url):
                continue  # this product's variants, one a row
            texts = [_bounded_text(m, _CARD_CHARS) for m in members]
            cards = [is_card(t, t is not None and _links_out(m, page_url)) for m, t in zip(members, texts)]
            if sum(cards) < max(_MIN_CARDS, _CARD_SHARE * len(members)):
                continue
            found.extend(
                m for m, t in zip(members, texts) if not (t is not None and _is_this_product(m, t, words, page_url))
            )
    taken = set(found)
    # Elements with a price at most _CARD_DEPTH levels down: a link's block outside them holds no price, and is
    # not read (most links are navigation).
    near_price: set[etree._Element] = set()
    for el in priced:
        node: etree._Element | None = el
        for _ in range(_CARD_DEPTH + 1):
            if node is None or node in near_price:
                break
            near_price.add(node)
            node = node.getparent()
    found.extend(_priced_link_blocks(links, words, page_url, taken, near_price))
    found.extend(_priced_code_blocks(priced, words, page_url, taken))
    return found


def _under(el: etree._Element, blocks: set[etree._Element]) -> bool:
    """Whether one of ``el``'s nearest ``_CARD_DEPTH`` ancestors is among ``blocks`` (a card found already)."""
    node = el.getparent()
    for _ in range(_CARD_DEPTH):
        if node is None:
            return False
        if node in blocks:
            return True
        node = node.getparent()
    return False


def _nearest_block(el: etree._Element) -> etree._Element | None:
    """The nearest block-level ancestor of ``el`` (a ``p``, ``div``, ``li``, ``td``...), at most four levels up."""
    node = el.getparent()
    for _ in range(4):
        if node is None or tag_of(node) in {"body", "html"}:
            return None
        if tag_of(node) in BLOCK_TAGS:
            return node
        node = node.getparent()
    return None


def priced_link_blocks(
    links: Iterable[etree._Element], titles: Iterable[str], page_url: str = ""
) -> list[etree._Element]:
    """Rule 2 alone, over ``links`` (see ``_priced_link_blocks``)."""
    return _priced_link_blocks(links, _Titles(titles), page_url, set(), None)


def _priced_link_blocks(
    links: Iterable[etree._Element],
    words: _Titles,
    page_url: str,
    taken: set[etree._Element],
    near_price: set[etree._Element] | None,
) -> list[etree._Element]:
    """Rule 2: the nearest small block around each link to another page that also holds a price and a code (an
    item offered beside this one: ``<p>护目镜 执行标准 GB 14866 ￥29.9 <a href="/x/3321">去看看</a></p>``), unless
    it is this product's (holds the h1, or the title names it)."""
    found: list[etree._Element] = []
    seen = taken  # blocks found already, by the card rule or around an earlier link
    for a in links:
        href = (a.get("href") or "").strip()
        if not href or href.startswith(_NOT_A_PAGE) or _same_page(href, page_url):
            continue
        block = _nearest_block(a)
        if block is None or block in seen or (near_price is not None and block not in near_price):
            continue
        if _under(block, seen):
            continue
        seen.add(block)
        text = _bounded_text(block, _BLOCK_CHARS)
        if text is None or _PRICE.search(text) is None or _CODE.search(text) is None:
            continue
        if not _is_this_product(block, text, words, page_url):
            found.append(block)
    return found


_PRICED_LINE = 120
"""Characters of a block around a price, at most, for it to be one item's line (a name, a code, a price)."""
# A line that opens with a claim's label is a fact of the page's (【执行标准】GB 2099.1-2008 售价￥36), not an item.
_CLAIM_LABEL_FIRST = re.compile(r"^\s*[【\[]?\s*(?:执行|产品|企业)?标准|^\s*[【\[]?[^:：】\]]{0,8}(?:证书|许可证|认证|备案|注册证)")


def _priced_code_blocks(
    priced: Iterable[etree._Element], words: _Titles, page_url: str, taken: set[etree._Element]
) -> list[etree._Element]:
    """Rule 2 without a link: the nearest block around a price that holds, in one short line, a code and a name
    that is not this product's (``<p>相关商品：公牛 GN-403 3C:2009010202334455 ￥45.00</p>``), unless the line opens
    with a claim's label (the product's own fact line) or holds the h1."""
    found: list[etree._Element] = []
    seen = taken
    for el in priced:
        block = el if tag_of(el) in BLOCK_TAGS else _nearest_block(el)
        if block is None or block in seen or _under(block, seen):
            continue
        seen.add(block)
        text = _bounded_text(block, _PRICED_LINE)
        if text is None or _CODE.search(text) is None or _PRICE.search(text) is None:
            continue
        if _CLAIM_LABEL_FIRST.match(text) or _letters(_CODE.sub(" ", text)) < _LINKED_NAME_CHARS:
            continue
        if not _is_this_product(block, text, words, page_url):
            found.append(block)
    return found


# -- rule 4: a certificate type the product's facts already give ------------------------------------------------

_SENTENCE = re.compile(r"[，。；！？,;!?]")
_LINE_LABEL = 16
"""Characters before a number on its line, at most, for the line to be a labelled fact (``充电器3C证书编号：``)."""


def _facts(where: str) -> bool:
    return where.startswith("param:") or where == "jsonld"


def labelled_line(text: str, raw: str) -> bool:
    """Whether ``raw`` (a claim as written, label included) stands on a line of ``text`` of its own: at most
    ``_LINE_LABEL`` characters before it and no sentence punctuation among them. True when ``raw`` is not found
    (nothing is taken away on a guess)."""
    at = text.find(raw) if raw else -1
    if at < 0:
        return True
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at].strip()
    return len(before) <= _LINE_LABEL and _SENTENCE.search(before) is None


def foreign_certificates(claims: list[Claim], running_text: str) -> list[Claim]:
    """``claims`` less the certificates the product's facts contradict: a number of a type the parameters or
    JSON-LD already give (a different number), found only in the running text (``where`` description) and not on
    a labelled line of its own. Two numbers of one type in the facts (a set: drill and charger) are both kept."""
    given: dict[str, set[str]] = {}
    for claim in claims:
        if claim.kind is ClaimKind.CERTIFICATE and _facts(claim.where):
            given.setdefault(str(claim.cert_type), set()).add(claim.value)
    if not given:
        return claims
    return [
        claim
        for claim in claims
        if not (
            claim.kind is ClaimKind.CERTIFICATE
            and claim.where == "description"
            and claim.value not in given.get(str(claim.cert_type), {claim.value})
            and not labelled_line(running_text, claim.raw or claim.value)
        )
    ]
