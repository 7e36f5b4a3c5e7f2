"""Whose claim is it, by structure (extractors.structure): each row a look-alike the rule removes and why, or a
block of the product's own that the rule must leave alone.

Class names here are hashed on purpose (``c-4k``, ``_q1``) and headings absent from every word list of
extractors.html / extractors.whose: the rules must carry where the words do not (issue 5).
"""

from __future__ import annotations

import pytest
from lxml import etree

from extractors import extract_page
from extractors.dom import text_of
from extractors.structure import foreign_certificates, is_card, labelled_line, other_item_cards, priced_link_blocks
from shelfwatch.models import CertType, Claim, ClaimKind

URL = "https://shop.example.cn/x/100"
TITLE = "苏泊尔 电水壶 SW-17S 1.7L"


def _root(body: str) -> etree._Element:
    return etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())


def _found(finder: str, body: str) -> list[str]:
    root = _root(body)
    if finder == "cards":
        blocks = other_item_cards(root, [TITLE], URL)
    else:
        blocks = priced_link_blocks(root.iter("a"), [TITLE], URL)
    return [text_of(b) for b in blocks]


def _card(name: str, price: str = "", href: str = "", cls: str = "c-4k") -> str:
    link = f'<a href="{href}"><img src="p.jpg"></a>' if href else ""
    return f'<div class="{cls}">{link}<div class="t">{name}</div><div class="p">{price}</div></div>'


OTHER_CARDS = [
    pytest.param(
        "".join(_card(f"九阳 养生壶 K1{i} 执行标准 GB 4706.1-1998", f"￥13{i}", f"/x/77{i}") for i in range(3)),
        3, id="three cards, each an image link to another item, a name and a price: other items",
    ),
    pytest.param(
        "".join(_card(f"金锣 火腿肠 经典款{i} 生产许可证 SC11635021100270", f"¥15.{i}") for i in range(4)),
        4, id="four cards with a name and a price but no link (a grid sold elsewhere on the site): other items",
    ),
    pytest.param(
        "<table><tr><td><a href='/x/1'>好欢螺 螺蛳粉 Q/HHL 0002S</a></td><td>¥39.9</td></tr>"
        "<tr><td><a href='/x/2'>李子柒 螺蛳粉</a></td><td>¥42.0</td></tr>"
        "<tr><td><a href='/x/3'>螺霸王 螺蛳粉</a></td><td>¥35.5</td></tr></table>",
        3, id="table rows of one shape, each another item's link and price (an add-on table): other items",
    ),
    pytest.param(
        "<ul><li>品牌：苏泊尔</li><li>执行标准：GB 4706.19-2008</li><li>容量：1.7L</li><li>价格：¥89</li></ul>",
        0, id="MUST NOT: the product's own parameter list (label/value pairs, one price among them)",
    ),
    pytest.param(
        "<ul><li><a href='#'>10000mAh 白色</a><b>¥99</b></li><li><a href='#'>20000mAh 白色</a><b>¥129</b></li>"
        "<li><a href='?sku=3'>20000mAh 黑色</a><b>¥129</b></li></ul>",
        0, id="MUST NOT: the SKU selector (short options with prices, links to no other page)",
    ),
    pytest.param(
        _card(TITLE + " 执行标准 GB 4706.19-2008", "¥89", "/x/100") + _card("九阳 养生壶 K15", "¥139", "/x/201")
        + _card("美的 电饭煲 FB40", "¥299", "/x/202") + _card("小熊 煮蛋器", "¥59", "/x/203"),
        3, id="a listing-style item page: the card linking to this page is kept, the three others go",
    ),
    pytest.param(
        _card(TITLE, "¥89", "/y/elsewhere") + _card("九阳 养生壶 K15", "¥139", "/x/201")
        + _card("美的 电饭煲 FB40", "¥299", "/x/202"),
        2, id="the card the page's title names is this product's, wherever it links",
    ),
    pytest.param(
        _card("九阳 养生壶 K15", "¥139", "/x/201") + _card("美的 电饭煲 FB40", "¥299", "/x/202"),
        0, id="MUST NOT: two cards are a pair (a product and its gift), not a list",
    ),
    pytest.param(
        "".join(f'<div class="sec"><h3>第{i}部分</h3><p>{"不锈钢内胆，沸腾自动断电。" * 30}</p><a href="/x/{i}">更多</a>'
                "<span>¥89</span></div>" for i in range(3)),
        0, id="MUST NOT: large sections of one shape are the page's parts, not cards (a card is small)",
    ),
    pytest.param(
        '<div role="complementary"><p>玉泽 屏障修护霜 执行标准 GB/T 29665-2004</p></div>'
        '<div role="main"><p>执行标准：GB/T 29665-2013</p></div>',
        1, id="role=complementary is the sidebar whatever its class (role=main is kept)",
    ),
    pytest.param(
        '<div role="contentinfo">本店执行标准 QB/T 1857-2013</div><div role="navigation">首页</div>',
        2, id="role=contentinfo and role=navigation: the page's footer and navigation",
    ),
]


@pytest.mark.parametrize(("body", "count"), OTHER_CARDS)
def test_other_item_cards(body: str, count: int) -> None:
    assert len(_found("cards", body)) == count


PRICED_LINKS = [
    pytest.param(
        '<div><p>加购更安心：<span>骑行护目镜 执行标准 GB 14866-2006</span> <em>￥29.9</em> <a href="/x/3321">去看看</a></p>'
        "</div>",
        1, id="a code, a price and a link to another item in one small block: that item's claim",
    ),
    pytest.param(
        '<div><a href="/x/3322">儿童头盔 执行标准 GB 24429-2009</a> <span>¥69</span></div>',
        1, id="the code inside the link itself, its price beside it",
    ),
    pytest.param(
        '<ul><li>执行标准：<a href="/std/GB4706.pdf">GB 4706.19-2008</a></li></ul>',
        0, id="MUST NOT: the product's own standard linked to its text (no price beside it)",
    ),
    pytest.param(
        f'<div><h1>{TITLE}</h1><span>￥89</span><p>执行标准 GB 4706.19-2008</p><a href="/cart">加入购物车</a></div>',
        0, id="MUST NOT: the product's own summary (it holds the h1) with its price and a cart link",
    ),
    pytest.param(
        '<p>护目镜 执行标准 GB 14866-2006 ￥29.9 <a href="#buy">去看看</a></p>',
        0, id="MUST NOT: a link within this page (an anchor) is no other item",
    ),
    pytest.param(
        '<p>九阳 养生壶 K15 ￥139 <a href="/x/201">去看看</a></p>',
        0, id="MUST NOT: no code in the block: nothing to take away (the block stays)",
    ),
]


@pytest.mark.parametrize(("body", "count"), PRICED_LINKS)
def test_priced_link_blocks(body: str, count: int) -> None:
    assert len(_found("links", body)) == count


PRICED_LINES = [
    pytest.param("<p>相关商品：公牛 GN-403 3C:2009010202334455 ￥45.00 | 鸿雁 ￥39.00</p>", 1,
                 id="another item's name, code and price on one short line, no link: that item's (set 9's shape)"),
    pytest.param("<div><p>手工腊肉 执行标准 GB 2730-2015 ¥45</p></div>", 1,
                 id="a group-buy's other offer without its heading (set 9 needed the word 团长其他团购)"),
    pytest.param("<p>【执行标准】GB 2099.1-2008 本店价：￥36.00</p>", 0,
                 id="MUST NOT: a line that opens with a claim's label is the page's own fact"),
    pytest.param("<p>生产许可证编号：SC11435078200021 零售价 58元</p>", 0,
                 id="MUST NOT: the same with a licence label"),
    pytest.param(f"<div><h1>{TITLE}</h1><p>执行标准 GB 4706.19-2008 ￥89</p></div>", 0,
                 id="MUST NOT: the product's own summary line, named by the title"),
    pytest.param("<p>本店价：￥36.00 市场价：￥58.00</p>", 0, id="MUST NOT: a price line without a code"),
    pytest.param("<p>" + "新疆长绒棉，柔软亲肤，吸水性好，" * 8 + "执行标准 GB/T 22864-2008，到手价￥39</p>", 0,
                 id="MUST NOT: a long description paragraph is not one item's line"),
]


@pytest.mark.parametrize(("body", "count"), PRICED_LINES)
def test_priced_code_lines(body: str, count: int) -> None:
    assert len(_found("cards", body)) == count


CARD_TEXTS = [
    pytest.param("九阳 养生壶 K15 ￥139", False, True, id="a name and a price"),
    pytest.param("九阳 养生壶", True, True, id="a name and a link to another page"),
    pytest.param("品牌：苏泊尔", False, False, id="a label/value pair is a parameter"),
    pytest.param("10000mAh ¥99", False, False, id="a short option name with a price is a SKU option"),
    pytest.param(None, True, False, id="a block too large to be a card"),
]


@pytest.mark.parametrize(("text", "links_out", "card"), CARD_TEXTS)
def test_is_card(text: str | None, links_out: bool, card: bool) -> None:
    assert is_card(text, links_out) is card


def _ccc(value: str, where: str, raw: str = "") -> Claim:
    return Claim(kind=ClaimKind.CERTIFICATE, cert_type=CertType.CCC, value=value, raw=raw or value, where=where)


FOREIGN = [
    pytest.param(
        [_ccc("2019010719123456", "param:3C证书编号"), _ccc("2021010801234567", "description", "3C证书编号 2021010801234567")],
        "店主同时经营插线板，3C证书编号 2021010801234567，欢迎咨询。",
        {"2019010719123456"}, id="a second CCC number in a sentence of the shop's: not this product's",
    ),
    pytest.param(
        [_ccc("2019010719123456", "param:电钻3C证书编号"), _ccc("2024011101456789", "param:充电器3C证书编号")],
        "", {"2019010719123456", "2024011101456789"}, id="MUST NOT: a set's two CCC numbers, both in its facts",
    ),
    pytest.param(
        [_ccc("2019010719123456", "param:3C证书编号"), _ccc("2024011101456789", "description", "充电器3C证书：2024011101456789")],
        "套装说明\n充电器3C证书：2024011101456789\n",
        {"2019010719123456", "2024011101456789"}, id="MUST NOT: a labelled line of its own in the description",
    ),
    pytest.param(
        [_ccc("2021010801234567", "description", "3C证书编号 2021010801234567")],
        "店主说，3C证书编号 2021010801234567", {"2021010801234567"},
        id="MUST NOT: facts give no CCC number: the description's is all there is",
    ),
    pytest.param(
        [_ccc("2019010719123456", "jsonld"), _ccc("2021010801234567", "description", "3C证书 2021010801234567")],
        "本店另有认证的产品，3C证书 2021010801234567", {"2019010719123456"}, id="JSON-LD counts as the product's facts",
    ),
]


@pytest.mark.parametrize(("claims", "text", "kept"), FOREIGN)
def test_foreign_certificates(claims: list[Claim], text: str, kept: set[str]) -> None:
    assert {c.value for c in foreign_certificates(claims, text)} == kept


def test_labelled_line_is_true_when_the_claim_is_not_found() -> None:
    assert labelled_line("nothing here", "3C 2021010801234567")


def test_structure_through_extract_page() -> None:
    """End to end: hashed classes, a heading in no word list, the product's own rows of one shape kept."""
    rows = "".join(f'<div class="r_1"><em>{k}：</em><i>{v}</i></div>' for k, v in
                   [("品牌", "倍思"), ("执行标准", "GB/T 35590-2017"), ("3C证书编号", "2022011606454871")])
    cards = "".join(f'<li><a href="/x/20{i}"><p>{n}</p><b>¥{p}</b></a></li>' for i, (n, p) in enumerate(
        [("罗马仕 充电宝 3C证书编号 2024011609123456", 79), ("小米 移动电源 执行标准 GB 4943.1-2022", 149),
         ("安克 磁吸充电宝", 199)]))
    page = f"<html><body><h1>倍思 充电宝</h1><div>{rows}</div><div><h6>逛逛别的</h6><ul>{cards}</ul></div></body></html>"
    assert {c.value for c in extract_page(page.encode(), URL).claims} == {"GB/T 35590-2017", "2022011606454871"}
