"""Reading messy HTML: bytes to text, the product block, parameter pairs from any common layout, schema.org.

Shop-independent on purpose: JD, Tmall, 1688 and small shops lay the same ``key：value`` facts out as list items,
label/value spans, tables, definition lists or JSON in a script tag, so every layout is read and merged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any

from lxml import etree

from extractors.dom import classes, drop, squash, tag_of, text_of
from extractors.encoding import decide
from extractors.pair_fields import LABEL_FIELDS, VALUE_FIELDS
from extractors.sources import entry_texts, script_json, shown_template, svg_lines
from extractors.structure import SKU_ROWS, other_item_cards, sku_heads, variant_column

__all__ = ["decode", "drop_noise", "json_descriptions", "parameter_pairs", "script_documents", "script_pairs", "squash"]

_COLON = re.compile(r"[:：]")
_MAX_KEY = 20
_MAX_VALUE = 2_000
MAX_PAIRS = 3_000
"""Parameter pairs read from one page at most; real blocks hold under 200 (a 5 MB table is an attack or a dump)."""

# Parts of a page that are not this product's own claims (class or id tokens, and tags).
NOISE_TAGS = _NOISE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "nav", "header", "footer",
               "aside", "head")
NOISE_MARKS = _NOISE = re.compile(
    r"(?:^|[\s_-])(?:recommend\w*|recom|tuijian|tj|guess\w*|you-?like|maybe-?like|related\w*|similar\w*|also-?\w*|hot-?\w*"
    r"|rank\w*|history|footprint|review\w*|comment\w*|rate-?\w*|rating\w*|qa|q-?and-?a|ask\w*|question\w*"
    r"|answer\w*|consult\w*|footer\w*|foot|site-?foot\w*|page-?foot\w*|site-?header|shop-?header|top-?bar|topbar|navbar|nav|menu|sidebar"
    r"|side-?bar|crumb\w*|breadcrumb\w*|shop-?info|shopinfo|store-?info|seller-?info|shop-?qualif\w*|copyright"
    r"|icp|ad|ads|advert\w*|banner|login|cart|coupon\w*|service-?\w*|after-?sale\w*"
    # Found by held-out set 9 (issue 5), named by meaning rather than by the words seen: buyers' evaluations
    # (pingjia, pinglun, eva), what the visitor viewed before, news and notices of the shop or the trade, related
    # and recommended items by their short names, and what is sold beside this item (bundles, upsell).
    r"|evaluat\w*|eva|pingjia\w*|pinglun\w*|recent\w*|viewed|browsed|news\w*|notice\w*|announce\w*|relate|rel|rels"
    r"|rec|recs|reco|recos|upsell\w*|up-sell\w*|cross-?sell\w*|bought\w*|frequently\w*"
    # Set 10 (issue 5): the short forms of buyers' words (rev, cmt, msg) and their English and pinyin names.
    r"|rev|revs|cmt|cmts|msg|msgs|feedback\w*|liuyan\w*)(?=$|[\s_\d-])"
)
# A message of a thread (a group-buy 接龙, a chat, a forum post) marked as the poster's own: the organiser's post
# is the listing itself, the others' are buyers' words (msg, comment: NOISE_MARKS). Only messages: an author's
# recommendations (recommend, rel…) are other items whoever wrote them, and a seller's answer sits in the Q&A box.
_AUTHOR_MARKS = re.compile(
    r"(?:^|[\s_-])(?:owner|author|host|poster|organi[sz]er|starter|initiator|leader|louzhu|lz|tuanzhang|faqiren)"
    r"(?=$|[\s_\d-])"
)
_MESSAGE_MARKS = re.compile(
    r"(?:^|[\s_-])(?:msg|msgs|message\w*|cmt|cmts|comment\w*|post\w*|reply|replies|chat\w*|bubble|floor)(?=$|[\s_\d-])"
)


def noise_marks(marks: str) -> bool:
    """Whether an element's lower-cased id and class tokens mark a block that is not this product's own: a
    NOISE_MARKS token, unless the block is a message marked as the poster's (``class="msg owner"``) and no
    other noise token is left once the message tokens are set aside."""
    if _NOISE.search(marks) is None:
        return False
    if _AUTHOR_MARKS.search(marks) is None:
        return True
    return _NOISE.search(_MESSAGE_MARKS.sub(" ", marks)) is not None


_NOISE_WORDS = ("猜你喜欢", "猜您喜欢", "为你推荐", "为您推荐", "看了又看", "同类推荐", "店铺推荐", "同店推荐",
                "相关推荐", "人气推荐", "热销推荐", "热销榜", "店铺热卖", "相似商品", "大家都在买", "大家都在看",
                "也浏览了", "也购买了", "买家评价", "商品评价", "累计评价", "用户评价", "用户评论", "买家秀", "买家晒单",
                "问大家", "买家问答", "商品问答")
"""Headings that open a block of other items or of buyers' words (a heading, not the product's text)."""
_JSON_ASSIGN = re.compile(r"(?:window\.\w+|var\s+\w+|__\w+__)\s*=\s*(?=[\[{])")
_PAIR_KEYS = ("key", "name", "attrName", "propName", "label", "title", "k")
_PAIR_VALUES = ("value", "values", "attrValue", "propValue", "val", "v", "text", "message")
_MAX_SCRIPT = 2_000_000
_INLINE = frozenset({"span", "b", "i", "em", "strong", "a", "font", "label", "u", "small", "sub", "sup", "code"})
_MAX_JSON_NODES = 200_000
# A JSON name/value object is a parameter when its name reads like a label: Chinese, or English words.
_WORDY_KEY = re.compile(r"[\u4e00-\u9fff]|^[A-Za-z][A-Za-z .'/()-]{2,29}$")


def decode(body: bytes | str, encoding: str | None = None) -> str:
    """Text of a page whose server named ``encoding`` in its Content-Type (see extractors.encoding)."""
    return decide(body, f"text/html; charset={encoding}" if encoding else None).text


_LETTER = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def _good_key(key: str) -> bool:
    return (
        0 < len(key) <= (_MAX_KEY if not key.isascii() else 2 * _MAX_KEY)  # English labels are longer
        and _LETTER.search(key) is not None
        and "http" not in key
        and not key.startswith(("【", "["))
    )


def good_label(key: str) -> bool:
    """Whether a JSON key or cell reads like a parameter's label: a good key, in Chinese or in English words."""
    return _good_key(key) and _WORDY_KEY.search(key) is not None


def clean_key(key: str) -> str:
    """A parameter key without brackets, colons and stars around it (``【品牌】：`` -> ``品牌``)."""
    return squash(key).strip("【】[]:：*·•").strip()


def split_pair(text: str) -> tuple[str, str] | None:
    """``key：value`` -> (key, value) when the key looks like a parameter name."""
    m = _COLON.search(text, 0, 60)
    if m is None:
        return None
    key, value = clean_key(text[: m.start()]), squash(text[m.end() :])
    return (key, value[:_MAX_VALUE]) if _good_key(key) and value else None


def _li_pair(li: etree._Element) -> tuple[str, str] | None:
    """``<li>key：value</li>`` or ``<li><label>key</label><span>value</span></li>``."""
    pair = split_pair(text_of(li))
    if pair is not None:
        return pair
    children = [c for c in li if tag_of(c)]
    if len(children) == 1 and (li.text or "").strip() and not (children[0].tail or "").strip():
        key, value = clean_key(li.text or ""), text_of(children[0])  # <li>品牌<span>好孩子</span></li>
        if _good_key(key) and value:
            return key, value[:_MAX_VALUE]
    if len(children) >= 2:
        key = clean_key(text_of(children[0]))
        value = squash(" ".join(text_of(c) for c in children[1:]))
        if _good_key(key) and value:
            return key, value[:_MAX_VALUE]
    return None


def _row_pairs(tr: etree._Element) -> Iterator[tuple[str, str]]:
    """``<tr><th>key</th><td>value</td></tr>`` or key/value cells side by side (2, 4 or 6 per row)."""
    cells = [c for c in tr if tag_of(c) in {"th", "td"}]
    if len(cells) == 3:
        cells = cells[:2]  # key, value, remark (以实物为准)
    if len(cells) < 2 or len(cells) % 2:
        return
    for key_cell, value_cell in zip(cells[::2], cells[1::2]):
        paired = _paired_pieces(key_cell, value_cell) if len(key_cell) else None  # a label cell with children
        if paired:
            yield from paired
            continue
        key, value = clean_key(text_of(key_cell)), text_of(value_cell)
        if _good_key(key) and value:
            yield key, value[:_MAX_VALUE]


def _pieces(cell: etree._Element) -> list[str] | None:
    """The texts a cell lays side by side or one under the other: its childless children's (``<dt><span>品牌</span>
    <span>产地</span></dt>``), or its lines between ``<br>``s; None for a cell of one piece or of any other shape
    (text beside its children, children of their own)."""
    if len(cell) < 1 or len(cell) > 8:
        return None
    if all(child.tag == "br" for child in cell):
        pieces = [cell.text or "", *(child.tail or "" for child in cell)]
    elif (cell.text or "").strip() or any(len(c) or (c.tail or "").strip() or not tag_of(c) for c in cell):
        return None
    else:
        pieces = [text_of(child) for child in cell]
    found = [" ".join(p.split()) for p in pieces if p.strip()]
    return found if len(found) >= 2 else None


def _paired_pieces(key_cell: etree._Element, value_cell: etree._Element) -> list[tuple[str, str]]:
    """Two or more labels in one label cell over as many values in its value cell, paired in order (Sam's Club's
    ``<dt><span>执行标准</span><span>生产许可证编号</span></dt><dd><span>GB/T …</span><span>SC…</span></dd>``: read
    whole, the label is 执行标准生产许可证编号 and the codes run together). [] when the cells are not so split, or
    a piece of the label cell is no label."""
    keys = _pieces(key_cell)
    if not keys:
        return []
    values = _pieces(value_cell)
    if values is None or len(values) != len(keys):
        return []
    pairs = [(clean_key(key), value[:_MAX_VALUE]) for key, value in zip(keys, values)]
    return pairs if all(good_label(key) for key, _ in pairs) else []


def _sku_pairs(table: etree._Element, used: set[etree._Element]) -> list[tuple[str, str]]:
    """A SKU table (structure.sku_heads) of two or more variants: the first variant's row as the heads' parameters,
    each later one's values under its variant's name (``5位+3USB 3C证书编号``: the label a claim's grammar reads
    stays last), where they differ from the first's; [] for any other table. Its rows are not read again as
    label/value cells."""
    heads = sku_heads(table)
    if heads is None:
        return []
    rows = list(islice(table.iter("tr"), 1, SKU_ROWS + 1))
    cells = [[c for c in tr if tag_of(c) in {"th", "td"}] for tr in rows]
    if len(rows) < 2 or any(len(row) != len(heads) for row in cells):
        return []
    variant = variant_column(heads)
    keys = [clean_key(h) for h in heads]
    first = [text_of(c) for c in cells[0]]
    out = [(key, value[:_MAX_VALUE]) for key, value in zip(keys, first) if value and _good_key(key)]
    for number, row in enumerate(cells[1:], 2):
        values = [text_of(c) for c in row]
        name = values[variant] if 0 < len(values[variant]) <= 12 else f"第{number}行"
        for i, (key, value) in enumerate(zip(keys, values)):
            labelled = f"{name} {key}"
            if i != variant and value and value != first[i] and _good_key(labelled):
                out.append((labelled, value[:_MAX_VALUE]))
    used.update(islice(table.iter("tr"), 0, len(rows) + 1))
    return out


def _column_pairs(table: etree._Element, used: set[etree._Element]) -> Iterator[tuple[str, str]]:
    """A transposed table: a row of <th> labels over a row of <td> values, one column per parameter; a SKU table's
    rows (``_sku_pairs``)."""
    sku = _sku_pairs(table, used)
    if sku:
        yield from sku
        return
    rows = [tr for tr in table.iter("tr")][:2]
    if len(rows) != 2:
        return
    heads = [c for c in rows[0] if tag_of(c) in {"th", "td"}]
    values = [c for c in rows[1] if tag_of(c) in {"th", "td"}]
    if len(heads) < 3 or len(heads) != len(values) or any(tag_of(c) != "th" for c in heads):
        return
    if any(tag_of(c) != "td" for c in values):
        return
    used.update(rows)
    for key_cell, value_cell in zip(heads, values):
        key, value = clean_key(text_of(key_cell)), text_of(value_cell)
        if _good_key(key) and value:
            yield key, value[:_MAX_VALUE]


def _dl_pairs(dl: etree._Element) -> Iterator[tuple[str, str]]:
    """``<dl><dt>key</dt><dd>value</dd></dl>``; JD puts a tips ``dd`` between them, which is skipped."""
    key: str | None = None
    key_cell: etree._Element | None = None
    for child in dl:
        tag = tag_of(child)
        if tag == "dt":
            key, key_cell = clean_key(text_of(child)), child
        elif tag == "dd" and key and "tips" not in classes(child):
            paired = _paired_pieces(key_cell, child) if key_cell is not None and len(key_cell) else None
            if paired:
                yield from paired
            else:
                value = text_of(child)
                if _good_key(key) and value:
                    yield key, value[:_MAX_VALUE]
            key = key_cell = None


_KV_MARK = re.compile(r"spec|param|attr|prop|field|row|item|kv|info")


def _kv_pair(node: etree._Element) -> tuple[str, str] | None:
    """Label and value as two children without a colon: ``<div class="spec-row"><span>品牌</span><span>x</span>``,
    and the article habit ``<p><span>【品牌】</span><span>x</span></p>``."""
    children = [c for c in node if tag_of(c)]
    if len(children) == 3 and text_of(children[1]) in {":", "：", "-", "|"}:
        children = [children[0], children[2]]  # key, separator, value
    if len(children) != 2 or (node.text or "").strip() or any(len(c) > 2 for c in children):
        return None
    key_text = text_of(children[0])
    bracketed = key_text.startswith(("【", "[")) or key_text.endswith(("】", "]", ":", "："))
    if not bracketed and not _KV_MARK.search((node.get("class") or "").lower()):
        return None
    key, value = clean_key(key_text), text_of(children[1])
    if _good_key(key) and value and not _COLON.match(value):
        return key, value[:_MAX_VALUE]
    return None


@lru_cache(maxsize=16384)
def _attr_class(cls: str) -> bool:
    """Whether a class attribute marks an attribute span (pages repeat the same few classes: cached)."""
    cls = cls.lower()
    return "attr" in cls or "param" in cls or "prop" in cls


def _box_pairs(nodes: list[etree._Element]) -> Iterator[tuple[str, str]]:
    """Pairs laid out in boxes rather than lists or tables: ``nodes`` are the div, p, li and span elements."""
    for node in nodes:
        cls = node.get("class")
        pair = None
        if cls and _attr_class(cls) and all(tag_of(c) in _INLINE for c in node):
            # Tmall's new detail page: <span class="Attrs--attr--x">品牌：小熊星</span> (not in a list or table)
            pair = split_pair(text_of(node))
        if pair is None and 2 <= len(node) <= 3:
            pair = _kv_pair(node)
        if pair is not None:
            yield pair


def _is_leaf(node: etree._Element, container_tags: tuple[str, ...]) -> bool:
    """No ``container_tags`` element inside ``node``, in linear time over a whole page.

    A childless element is a leaf at once; another is looked into (in C) only up to its first container
    descendant. Two leaves never nest, and a non-leaf's search stops at or before any container inside it, so no
    element is visited by two searches, however deep the nesting.
    """
    return len(node) == 0 or next(node.iterdescendants(*container_tags), None) is None


# A parameter held in attributes: one attribute names it, a second holds its value (``<div data-label="执行标准"
# data-value="GB/T 18801-2022">执行标准</div>``); the element's own text is only the label shown.
_LABEL_ATTRS = ("data-label", "data-name", "data-key", "data-title", "data-attr", "data-prop", "data-param", "data-k")
_VALUE_ATTRS = ("data-value", "data-val", "data-v", "data-content", "data-text")
# One scan of the page's source for both kinds of data-* facts: a label attribute (attribute_pairs), and a value
# that opens with [ or { (JSON: extractors.payloads.attribute_json_pairs).
_ATTRIBUTE_HINT = re.compile(
    r"data-(?:[\w-]*\s*=\s*['\"](?P<json>[\[{])|(?:label|name|key|title|attr|prop|param|k)\s*=)"
)


def attribute_hints(html: str) -> tuple[bool, bool]:
    """Whether the page's source names a label attribute, and whether it holds a data-* value opening with [ or {:
    one scan for both (the readers of each search the tree only when theirs is there)."""
    labels = json_values = False
    for m in _ATTRIBUTE_HINT.finditer(html):
        if m["json"]:
            json_values = True
        else:
            labels = True
        if labels and json_values:
            break
    return labels, json_values
_ATTRIBUTE_PAIRS = etree.XPath(
    "//*[" + " or ".join(f"@{a}" for a in _LABEL_ATTRS) + "][" + " or ".join(f"@{a}" for a in _VALUE_ATTRS) + "]"
)


def attribute_pairs(root: etree._Element, html: str, *, hinted: bool | None = None) -> list[tuple[str, str]]:
    """Parameter pairs held in a label attribute and a value attribute of one element (see _LABEL_ATTRS).

    Only the two attributes together make a pair: a card carrying a lone code attribute (another item's
    ``data-std``, ``data-ccc``) states no labelled fact. Pages whose source names no label attribute are not
    searched (``hinted``: attribute_hints' answer, when the caller has it)."""
    if not (attribute_hints(html)[0] if hinted is None else hinted):
        return []
    out: list[tuple[str, str]] = []
    for el in _ATTRIBUTE_PAIRS(root)[:MAX_PAIRS]:
        key = clean_key(next(el.get(a) or "" for a in _LABEL_ATTRS if el.get(a) is not None))
        value = squash(next(el.get(a) or "" for a in _VALUE_ATTRS if el.get(a) is not None))
        if _good_key(key) and value and value != key:
            out.append((key, value[:_MAX_VALUE]))
    return out


def parameter_pairs(root: etree._Element, extra: list[tuple[str, str]] | None = None) -> dict[str, str]:
    """Every key/value pair in list, span, table and definition-list layouts; first value of a key wins."""
    pairs: dict[str, str] = {}

    def add(found: Iterator[tuple[str, str]] | list[tuple[str, str]]) -> None:
        for key, value in found:
            if len(pairs) >= MAX_PAIRS:
                return
            pairs.setdefault(key, value)

    # One walk sorts the elements every layout reads (five walks and four generators cost more on small pages);
    # each list keeps document order, and the layouts are still read in the same order as before.
    items: list[etree._Element] = []
    boxes: list[etree._Element] = []
    tables: list[etree._Element] = []
    rows: list[etree._Element] = []
    lists: list[etree._Element] = []
    for node in root.iter("li", "div", "p", "span", "table", "tr", "dl"):
        tag = node.tag
        if tag == "li":
            boxes.append(node)
            if _is_leaf(node, _LIST_CONTAINERS):
                items.append(node)
        elif tag == "tr":
            if _is_leaf(node, _TABLE):
                rows.append(node)
        elif tag == "table":
            if _is_leaf(node, _TABLE):
                tables.append(node)
        elif tag == "dl":
            if _is_leaf(node, _DL):
                lists.append(node)
        else:
            boxes.append(node)
    add(filter(None, map(_li_pair, items)))
    add(_box_pairs(boxes))
    transposed: set[etree._Element] = set()
    for table in tables:
        add(_column_pairs(table, transposed))
    for tr in rows:
        if tr not in transposed:
            add(_row_pairs(tr))
    for dl in lists:
        add(_dl_pairs(dl))
    add(extra or [])
    return pairs


_LIST_CONTAINERS = ("li", "ul", "ol")
_TABLE = ("table",)
_DL = ("dl",)


_MARKED = etree.XPath("//*[@class or @id]")
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt", "div"})
_HEADING_HINTS = (*_NOISE_WORDS, "推荐", "热卖", "热销", "排行", "评价", "评论", "晒单", "问答", "也喜欢", "相关商品", "资质", "证照", "档案",
                  "供应商",
                  "相似", "同款", "浏览记录", "足迹", "套餐", "搭配", "组合购", "还看了", "还买了", "也看了", "也买了",
                  "一起购买", "一起买", "其他商品", "其它商品", "更多好物", "更多商品", "更多宝贝", "更多推荐",
                  # Set 9 (issue 5): what else the visitor saw or the shop sells, and the shop's or trade's news.
                  "还浏览", "还喜欢", "还购买", "热门", "本店另售", "本店其他", "本店其它", "公告", "资讯", "团长其他",
                  "团长其它", "往期团购",
                  # Set 10: buyers' messages and feedback.
                  "留言", "反馈",
                  # Sets 10 and 11 (session 6): lessons (育儿知识, 茶知识, 科普); the same shop's or other
                  # suppliers' items (同店好货, 其他供应商的同类产品).
                  "知识", "科普", "常识", "小课堂", "同店", "店内其他", "店内其它", "同类产品", "同类商品", "其他供应商",
                  "其它供应商")
_SHORT_TEXTS = etree.XPath("//text()[string-length(.) <= 40]")


def is_noise(el: etree._Element) -> bool:
    """Whether an element is, by its tag or marks, a block that is not this product's own (footer, reviews...)."""
    return tag_of(el) in _NOISE_TAGS or _is_noise(el)


_HINTS = re.compile("|".join(map(re.escape, _HEADING_HINTS)))


def _is_noise(el: etree._Element) -> bool:
    marks = classes(el)
    return bool(marks.strip()) and noise_marks(marks)


_NOISE_HEADING = re.compile(
    r"推荐$|热卖$|热销|排行|猜你|猜您|看了又看|大家都在|也浏览|也购买|也喜欢|相关商品|相似|同款|浏览记录|足迹"
    r"|评价|评论$|晒单|问答$|套餐|搭配|组合购|还看了|还买了|也看了|也买了|(?:店铺|商家|卖家|经营|门店)(?:资质|证照)"
    # Other items by what the heading calls them: 经常一起购买的商品, 本店其他商品, 百亿补贴 · 更多好物.
    r"|一起购?买|其[他它]商品|更多(?:好物|商品|宝贝|推荐)"
    # The supplier's own profile box (1688 公司档案): its licences are the seller's, not the product's.
    r"|^(?:公司|商家|店铺|供应商)档案$|^供应商信息$"
    # Set 9 (issue 5): what else was viewed or is sold (还浏览了, 热门车型, 本店另售, 团长其他团购, 往期团购), and
    # notices and news (店铺公告, 行业资讯): the shop's or the trade's words, about other products or none.
    r"|还浏览|还喜欢|还购买|热门(?:车型|商品|推荐|产品|款)|本店(?:另售|其[他它])|团长其[他它]|往期团购|公告$|资讯$"
    # Set 10: buyers' messages and feedback (留言, 采购留言, 穿着反馈, 使用反馈).
    r"|留言$|反馈$"
    # Sets 10 and 11 (session 6): a lesson (育儿知识, 茶知识, 香型科普) teaches about the trade's standards, those of
    # other kinds of product among them: what it names is its subject (extractors.whose.mask_lessons, inline).
    r"|知识$|科普$|常识$|小课堂$"
    # Set 11: what else the same shop sells (同店好货, 店内其他在售) and other suppliers' like items (其他供应商的同类产品).
    r"|同店|店内其[他它]|同类(?:产品|商品)|其[他它](?:供应商|商家|卖家|店铺)"
)
# The same headings in English shops ("Recently viewed", "Frequently bought together", "Customers also bought").
_ENGLISH_HEADING = re.compile(
    r"recently viewed|viewing history|frequently bought|bought together|customers (?:also|who) (?:bought|viewed)"
    r"|you (?:may|might) also like|related (?:products|items)|similar (?:products|items)|^(?:customer )?reviews$",
    re.I,
)
# A case-insensitive scan of a whole page costs 20x a substring test: pages are first tested for a piece of a word
# every English heading above holds (its first letter left out, so any case of it passes; upper case apart), and
# only the short texts of those pages are read with the pattern above.
_ENGLISH_HINTS = ("iewed", "ought", "lso ", "elated", "imilar", "eviews", "istory",
                  "VIEWED", "BOUGHT", "ALSO", "RELATED", "SIMILAR", "REVIEWS", "HISTORY")
# Sentences that introduce other products ("看了该商品的人还看了：…", "搭配购买：…"): their line is not this product's.
_OTHER_ITEMS = ("还看了", "也看了", "还买了", "也买了", "看了该商品", "买了该商品", "搭配购买", "组合套餐", "猜你喜欢",
                # Set 9 (issue 5): lead-ins of a line that lists other items or carries the shop's notice.
                "还浏览了", "可能还喜欢", "还喜欢：", "还购买了", "相关商品：", "相关商品:", "热门车型", "热门商品", "本店另售",
                "本店其他", "本店其它", "店铺公告", "店内公告", "团长其他", "往期团购",
                # Set 11 (session 6): a quote's "以下为同店其他产品参考价…" (see _FOLLOWING).
                "同店其他", "同店其它", "店内其他", "店内其它")
_FOLLOWING = "以下"
"""A lead-in to other items that says "what follows" (以下为同店其他产品…) covers the lines after its own too."""
_OTHER_ITEM_WORD = re.compile("|".join(map(re.escape, _OTHER_ITEMS)))  # one scan of the page, not nine
# Most pages hold neither kind of word: one scan for any of them spares the second scan of the whole page.
_ANY_NOISE_WORD = re.compile("|".join(map(re.escape, sorted({*_HEADING_HINTS, *_OTHER_ITEMS}, key=len, reverse=True))))
_OTHER_ITEM_TEXT = etree.XPath("//text()[" + " or ".join(f"contains(., '{w}')" for w in _OTHER_ITEMS) + "]")
# A link to another item page: the block around it is a card for that item (recommendations, bundles).
_ITEM_LINK = re.compile(r"/(?:item|product|goods|detail|p)/|[?&](?:id|itemId|item_id|goods_id|goodsId|skuId)=\d"
                        r"|/\d{5,}\.html?\b|item\.htm")
_CARD_TAGS = frozenset({"li", "p", "dd", "tr", "article"})


def _noise_heading(el: etree._Element) -> bool:
    """A short heading such as 猜你喜欢 / 买家评价 / 店长推荐: the block it opens is not the product's."""
    text = (el.text or "").strip().rstrip(":：")
    if ":" in text or "：" in text:
        return False  # a "key：value" pair (适用人群：推荐), not a heading
    if text.endswith("。"):
        return False  # a short sentence (同店其他产品见首页。), not a heading: headings end with no full stop
    if text.isascii():  # English words are longer: "Frequently bought together"
        return 0 < len(text) <= 40 and _ENGLISH_HEADING.search(text) is not None
    return 0 < len(text) <= 12 and (any(word in text for word in _NOISE_WORDS) or _NOISE_HEADING.search(text) is not None)


_SMALL_LINE = 200
"""Characters of an element that one lead-in (相关商品：…) covers whole; in a longer one only its own line."""


def _lead_in_line(text: Any, word: re.Match[str]) -> etree._Element | None:
    """The element a lead-in to other items (``text``, a text node holding ``word``) covers, to be dropped; None
    when it is cut in place instead.

    The line is the element the text belongs to (a tail belongs to the parent of the element before it); an
    inline lead-in (``<b>店内公告</b>：…``) covers the line it opens. An element longer than ``_SMALL_LINE``
    (a whole description written in one block with <br> lines) loses only this text node from the word on."""
    el = text.getparent()
    if el is None:
        return None
    owner = el.getparent() if text.is_tail else el
    if text.is_text and tag_of(el) in _INLINE and (el.tail or "").lstrip().startswith((":", "：")):
        owner = el.getparent()
    if owner is None or tag_of(owner) in {"body", "html"}:
        return None
    if len(text_of(owner)) <= _SMALL_LINE:
        return owner
    kept = str(text)[: word.start()]
    if text.is_tail:
        el.tail = kept
    else:
        el.text = kept
    return None


def drop_noise(
    root: etree._Element,
    page_text: str = "",
    page_url: str = "",
    *,
    marked_noise: list[etree._Element] | None = None,
    noise_tagged: list[etree._Element] | None = None,
    links: list[etree._Element] | None = None,
    drawn: list[etree._Element] | None = None,
    titles: Iterable[str] = (),
) -> None:
    """Remove what is not this product's own claim: scripts and styles, navigation, headers and footers,
    recommendations, reviews and Q&A, shop-information boxes (their licences are the shop's, not the product's).

    Two kinds of reading: by words (the class marks and headings below, found on the shops seen so far) and by
    structure (extractors.structure: lists of other items' cards, a code beside another item's price and link,
    landmark roles), which carries to shops whose words nobody here has seen. ``titles``: the page's names for its
    product, so that its own card in a list is kept."""
    # ``noise_tagged`` and ``links``: the NOISE_TAGS and ``a`` elements, in document order, from the caller's own
    # walk of this unchanged tree (each walk here makes an lxml proxy object for every element it yields).
    doomed = list(root.iter(*_NOISE_TAGS)) if noise_tagged is None else list(noise_tagged)
    # A tab's content held in a <template>, and words drawn in an inline <svg>, are the page's text
    # (extractors.sources: shown_template, svg_lines). ``drawn``: the page's template and svg elements, when the
    # caller collected them in its own walk.
    shown: list[etree._Element] = []
    for el in root.iter("template", "svg") if drawn is None else drawn:
        if el.tag == "template":
            if shown_template(el, len(shown)):
                shown.append(el)
        elif svg_lines(el):
            shown.append(el)
    if shown:
            kept = set(shown)
            doomed = [el for el in doomed if el not in kept]
    # ``marked_noise``: the caller already matched every element's id/class against NOISE_MARKS in its own pass.
    doomed.extend(marked_noise if marked_noise is not None else (el for el in _MARKED(root) if _is_noise(el)))
    english = any(word in page_text for word in _ENGLISH_HINTS)
    worded = english or _ANY_NOISE_WORD.search(page_text) is not None
    headings = _SHORT_TEXTS(root) if worded and (english or _HINTS.search(page_text)) else []
    for text in headings:
        if not _HINTS.search(text) and not (english and _ENGLISH_HEADING.search(text)):
            continue
        el = text.getparent()
        if el is None or not text.is_text or not _noise_heading(el):
            continue  # a tail, or a longer sentence that only mentions 评价
        parent = el.getparent()
        if parent is not None and len(el) == 0 and len(parent) <= 3 and tag_of(parent) not in {"body", "html"}:
            doomed.append(parent)  # the heading and its list, alone in their box
            continue
        doomed.append(el)
        if tag_of(el) not in _HEADING_TAGS:
            continue  # a list item or a span: only itself
        for sibling in el.itersiblings():  # a heading among siblings: it and what follows, up to the next heading
            if sibling.tag == el.tag:
                break
            doomed.append(sibling)
    if worded and _OTHER_ITEM_WORD.search(page_text) is not None:
        for text in _OTHER_ITEM_TEXT(root):
            word = _OTHER_ITEM_WORD.search(text)
            line = _lead_in_line(text, word) if word is not None else None
            if line is not None:
                doomed.append(line)
                if word is not None and _FOLLOWING in str(text)[: word.start()]:  # "以下为…": the lines after it
                    parent = line.getparent()
                    while parent is not None and len(parent) == 1 and tag_of(parent) not in {"body", "html"}:
                        line, parent = parent, parent.getparent()  # a lone cell: its row is the line
                    doomed.extend(line.itersiblings())
    doomed.extend(_item_cards(root, page_url, links))
    for el in doomed:
        drop(el)
    # What is left is read for its structure (what the words above missed), in one walk of the smaller tree.
    for el in other_item_cards(root, titles, page_url, page_text or None):
        drop(el)


@lru_cache(maxsize=16384)
def _item_link(href: str) -> bool:
    """Whether ``href`` leads to an item page (a shop's pages repeat the same navigation links: cached)."""
    return _ITEM_LINK.search(href) is not None


def _item_cards(
    root: etree._Element, page_url: str, links: list[etree._Element] | None = None
) -> Iterator[etree._Element]:
    """The card around each link to another item page (its li / p / dd / tr, at most three levels up); ``links``:
    the page's ``a`` elements in document order, when the caller has them."""
    own = page_url.split("#", 1)[0]
    for a in root.iter("a") if links is None else links:
        href = a.get("href") or ""
        if not href or not _item_link(href) or (own and own.endswith(href.split("#", 1)[0])):
            continue
        card: etree._Element | None = a
        for _ in range(3):
            parent = card.getparent() if card is not None else None
            if parent is None or tag_of(parent) in {"body", "html", "ul", "table", "tbody", "dl"}:
                break
            card = parent
            if tag_of(card) in _CARD_TAGS:
                break
        if card is not None:
            yield card


# -- structured data in script tags (Pinduoduo's window.rawData, Vue/React initial states) ----------------------


@lru_cache(maxsize=16384)
def _noise_key(key: str) -> bool:
    """Whether a JSON key names other items or buyers' words (``recommend``, ``similarGoods``, ``comment``), by
    the same marks as the page's blocks (NOISE_MARKS); state documents repeat the same few keys: cached."""
    return _NOISE.search(key.lower()) is not None


noise_key = _noise_key


def _walk_json(node: Any) -> Iterator[Any]:
    """Every dict and list inside ``node``, iteratively (pages nest JSON 10,000 deep to break recursive walkers);
    a value under a key that names other items or reviews (see _noise_key) is not entered."""
    stack = [node]
    seen = 0
    while stack and seen < _MAX_JSON_NODES:
        current = stack.pop()
        seen += 1
        if isinstance(current, dict):
            yield current
            stack.extend(reversed([v for k, v in current.items() if not (isinstance(k, str) and _noise_key(k))]))
        elif isinstance(current, list):
            stack.extend(reversed(current))


def _value_text(value: Any) -> str:
    if isinstance(value, str):
        return squash(value)
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return squash(" ".join(str(v) for v in value))
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return entry_texts(value)  # [{"desc": "GB/T 28004.1-2021"}]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def json_pairs(data: Any) -> list[tuple[str, str]]:
    """Name/value objects anywhere in a JSON document (``{"key": "品牌", "values": ["小熊星"]}``)."""
    out: list[tuple[str, str]] = []
    for node in _walk_json(data):
        if not isinstance(node, dict) or len(node) > 8:
            continue
        key = next((node[k] for k in _PAIR_KEYS if isinstance(node.get(k), str)), None)
        value = next((_value_text(node[v]) for v in _PAIR_VALUES if v in node and _value_text(node[v])), "")
        if (key is None or not value) and not LABEL_FIELDS.isdisjoint(node):
            key, value = _named_fields(node)  # propertyName / valueName (extractors.pair_fields)
        if key is None or not value:
            continue
        key = clean_key(key)
        if _good_key(key) and _WORDY_KEY.search(key) and value != key:
            out.append((key, value[:_MAX_VALUE]))
    return out


def _named_fields(node: dict[str, Any]) -> tuple[str | None, str]:
    """Label and value of an object whose two fields pair_fields names (``propertyName`` / ``valueName``)."""
    key = next((node[k] for k in node if k in LABEL_FIELDS and isinstance(node[k], str)), None)
    value = next((text for k in node if k in VALUE_FIELDS and (text := _value_text(node[k]))), "")
    return key, value


def loads_tolerant(text: str) -> Any:
    """JSON as browsers' scripts tolerate it: comments, trailing commas, a trailing ``;``; None when unreadable."""
    text = text.strip().removesuffix(";").strip()
    for attempt in (text, _repair_json(text)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    try:  # several objects one after the other, or one object followed by more script
        value, _ = json.JSONDecoder(strict=False).raw_decode(text)
        return value
    except (ValueError, RecursionError):
        return None


# Whole-line // comments and /* */ blocks; <!-- and --> wrapped around a block (an old habit to hide scripts).
_JSON_COMMENT = re.compile(r"^[^\S\n]*//[^\n]*$|/\*.*?\*/|^\s*<!--|-->\s*$", re.M | re.S)
_TRAILING_COMMA = re.compile(r",\s*(?=[}\]])")


def _repair_json(text: str) -> str:
    text = text.replace("<![CDATA[", "").replace("]]>", "")
    return _TRAILING_COMMA.sub("", _JSON_COMMENT.sub("", text))


def script_documents(root: etree._Element, scripts: list[etree._Element] | None = None) -> list[Any]:
    """JSON state assigned in inline scripts (``window.rawData = {...}``) or held in a JSON script, parsed;
    ``scripts``: the page's ``script`` elements in document order, when the caller has them."""
    out: list[Any] = []
    for script in root.iter("script") if scripts is None else scripts:
        if (script.get("type") or "").lower() not in {"", "text/javascript", "application/json"}:
            continue
        code = script.text or ""
        if not code or len(code) > _MAX_SCRIPT:
            continue
        code = script_json(code)  # percent-encoded JSON (RENDER_DATA) decoded, bounded
        starts = [m.end() for m in _JSON_ASSIGN.finditer(code)]
        if (script.get("type") or "").lower() == "application/json":
            # The element's text usually opens with a line break (``<script type="application/json">`` then
            # the object on the next line); raw_decode reads no whitespace before the value.
            starts = [len(code) - len(code.lstrip())]
        for start in starts[:5]:
            try:
                data, _ = json.JSONDecoder(strict=False).raw_decode(code, start)
            except (ValueError, RecursionError):
                continue
            out.append(data)
    return out


def script_pairs(root: etree._Element, scripts: list[etree._Element] | None = None) -> list[tuple[str, str]]:
    """Parameter pairs from JSON state in inline scripts (see script_documents)."""
    return [pair for data in script_documents(root, scripts) for pair in json_pairs(data)]


# A key naming the item's description in a page's state: goodsDesc, itemDesc, description, detailDesc.
_DESCRIPTION_KEY = re.compile(r"(?:^|[a-z_])(?:desc|description)$|^desc(?:ription)?$", re.I)
_MAX_DESCRIPTIONS = 5
_MIN_DESCRIPTION = 8
"""Characters a description holds at least (a shorter string is a label or a flag)."""


def json_descriptions(data: Any) -> list[str]:
    """The item's description strings in a JSON state document (``"goodsDesc": "…符合GB 2760-2014。"``).

    Only objects reached through objects are read: a description inside a list is one list entry's (other
    items, reviews), and a product has one description; a subtree whose key names other items or buyers' words
    (``recommend``, ``similar``, ``comment``: NOISE_MARKS) is not entered."""
    out: list[str] = []
    stack = [data] if isinstance(data, dict) else []
    seen = 0
    while stack and seen < _MAX_JSON_NODES and len(out) < _MAX_DESCRIPTIONS:
        node = stack.pop()
        seen += 1
        for key, value in node.items():
            if isinstance(value, dict):
                if not _noise_key(str(key)):
                    stack.append(value)
            elif isinstance(value, str) and len(value) >= _MIN_DESCRIPTION and _DESCRIPTION_KEY.search(str(key)):
                out.append(squash(value)[:_MAX_VALUE])
    return out
