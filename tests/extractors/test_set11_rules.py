"""Sources held-out set 11 showed the extractors did not read (issue 5), each read by a general rule; every rule
has a case where it must not fire. Pages here are small and made up in the shapes set 11 saw; none is a set-11
page.
"""

from __future__ import annotations

import pytest

from extractors import extract_page
from extractors.dom import parse
from extractors.payloads import attribute_json_pairs, linked_payload, table_pairs
from extractors.sources import svg_lines
from extractors.structure import sku_heads

URL = "http://127.0.0.1/item/1.html"


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def _claims(body: str, head: str = "") -> set[str]:
    return {c.value for c in extract_page(_page(body, head), URL).claims}


# -- a spec table as JSON in a data-* attribute --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # [label, value] rows in groups, single-quoted.
        ("""<div id="params" data-groups='[{"name":"认证","rows":[["执行标准","GB 4706.1-2005"],"""
         """["3C证书编号","2021010711223344"]]}]'></div>""",
         {"GB 4706.1-2005", "2021010711223344"}),
        # The same double-quoted, its inner quotes escaped.
        ('<section data-spec="[[&quot;产品标准号&quot;,&quot;GB/T 22165-2022&quot;]]"></section>',
         {"GB/T 22165-2022"}),
        # Name/value objects, as state JSON writes them.
        ("""<div data-props='{"list":[{"label":"执行标准","value":"QB/T 1002-2015"}]}'>参数</div>""",
         {"QB/T 1002-2015"}),
        # One object keyed by the labels shown.
        ("""<div class="spec" data-table='{"品牌":"某某","执行标准":"GB/T 29606-2013"}'></div>""",
         {"GB/T 29606-2013"}),
        # Not fired: another item's card carries its codes under the script's own field names, not labels.
        ("""<div class="c-item" data-params='{"name":"另一款炸锅","ccc":"2022010711488123","std":"GB 4706.13-2014"}'>"""
         """炸锅 KJ50D</div>""",
         set()),
        # Not fired: the same table under a key naming recommended items.
        ("""<div data-state='{"recommendList":[["执行标准","GB 4706.13-2014"]]}'></div>""", set()),
        # Not fired: a list of two codes is no [label, value] row (a label is words, not a code).
        ("""<div data-std='["GB 4706.1-2005","GB 4706.14-2008"]'></div>""", set()),
    ],
)
def test_json_in_a_data_attribute_is_a_spec_table(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


def test_table_pairs_keeps_the_order_of_the_rows() -> None:
    data = {"groups": [{"rows": [["品牌", "美的"], ["型号", "MF-1"]]}, {"执行标准": "GB 1-2000"}]}
    assert table_pairs(data) == [("品牌", "美的"), ("型号", "MF-1"), ("执行标准", "GB 1-2000")]


def test_the_tree_is_searched_only_when_the_source_holds_a_json_attribute() -> None:
    root = parse("""<div data-t='[["执行标准","GB 1-2000"]]'></div>""").root
    assert attribute_json_pairs(root, "<div data-t='[[") == [("执行标准", "GB 1-2000")]
    assert attribute_json_pairs(root, "<div>") == []  # the gate: no value opening with [ or { in the source


# -- JSON-LD ProductGroup: the group's properties are every variant's ---------------------------------------------

def _ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script>'


_PROPS = ('"additionalProperty":[{"@type":"PropertyValue","name":"执行标准","value":"GB/T 19266-2008"},'
          '{"@type":"PropertyValue","name":"生产许可证编号","value":"SC10123018400356"}]')


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # In @graph, the group holding the shared facts and its variants holding offers.
        (_ld('{"@context":"https://schema.org","@graph":[{"@type":"ProductGroup","@id":"#g","name":"大米",' + _PROPS
             + ',"hasVariant":[{"@type":"Product","name":"大米 5kg","isVariantOf":{"@id":"#g"},'
             '"offers":{"@type":"Offer","price":"69.90"}}]}]}'),
         {"GB/T 19266-2008", "SC10123018400356"}),
        # A variant naming its group inline (isVariantOf), the group's facts inside it.
        (_ld('{"@context":"https://schema.org","@type":"Product","name":"大米 10kg","isVariantOf":'
             '{"@type":"ProductGroup","name":"大米",' + _PROPS + '}}'),
         {"GB/T 19266-2008", "SC10123018400356"}),
        # A group alone, with no variant listed.
        (_ld('{"@context":"https://schema.org","@type":"ProductGroup","name":"大米",' + _PROPS + '}'),
         {"GB/T 19266-2008", "SC10123018400356"}),
        # Not fired: a group the product is only related to is another product.
        (_ld('{"@context":"https://schema.org","@type":"Product","name":"大米 5kg","isRelatedTo":'
             '{"@type":"ProductGroup","name":"小米",' + _PROPS + '}}'),
         set()),
        # Not fired: the site's organisation beside the group, with its own credit code.
        (_ld('{"@context":"https://schema.org","@graph":[{"@type":"Organization","name":"某某商城有限公司",'
             '"identifier":{"@type":"PropertyValue","propertyID":"统一社会信用代码","value":"91110105MA01R6KJ23"}},'
             '{"@type":"ProductGroup","name":"大米"}]}'),
         set()),
    ],
)
def test_a_product_groups_properties_are_its_variants(head: str, expected: set[str]) -> None:
    assert _claims("<h1>大米</h1>", head) == expected


def test_the_first_product_is_a_variant_with_its_offer() -> None:
    head = _ld('{"@context":"https://schema.org","@type":"ProductGroup","name":"大米","hasVariant":[{"@type":"Product",'
               '"name":"大米 5kg","offers":{"@type":"Offer","price":"69.90","priceCurrency":"CNY"}}]}')
    page = extract_page(_page("<h1>大米</h1>", head), URL)
    assert (page.title, page.price) == ("大米 5kg", 69.9)


# -- index-linked payloads (Nuxt 3's __NUXT_DATA__, devalue) ------------------------------------------------------

def _nuxt(payload: str) -> str:
    return f'<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{payload}</script>'


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        # devalue as Nuxt writes it: every value, strings too, an index into the array.
        ('[["ShallowReactive",1],{"data":2},["ShallowReactive",3],{"item":4},{"attrs":5},[6,9],'
         '{"key":7,"value":8},"执行标准","QB/T 1002-2015",{"key":10,"value":11},"货号","9521"]',
         {"QB/T 1002-2015"}),
        # A hand-made payload writing the labels inline, the values by index.
        ('[{"data":1},{"props":2},[3],{"name":"产品标准号","value":4},"GB/T 29606-2013"]', {"GB/T 29606-2013"}),
        # Not fired: recommended items in the payload, under a key that names them.
        ('[{"recommendList":1},[2],{"key":3,"value":4},"执行标准","GB 30585-2014"]', set()),
    ],
)
def test_an_index_linked_payload_is_read_as_state(payload: str, expected: set[str]) -> None:
    assert _claims("<h1>皮鞋</h1>" + _nuxt(payload)) == expected


def test_a_payload_that_links_back_is_a_tree() -> None:
    # Entry 1 points back at the root and at itself: the links back are left out, nothing loops.
    assert linked_payload([{"a": 1}, {"self": 1, "root": 0, "name": 2}, "x"]) == {"a": {"name": "x"}}
    # A string used twice is stored once: the second use points back at it, and is read.
    assert linked_payload([{"a": 1, "b": 3}, {"k": 2}, "执行标准", {"k": 2}]) == {"a": {"k": "执行标准"},
                                                                                 "b": {"k": "执行标准"}}
    # A container two entries point at hangs under the first only.
    assert linked_payload([{"a": 2, "b": 2}, "s", [1]]) == {"a": ["s"]}


@pytest.mark.parametrize(
    "data",
    [
        [{"id": 1, "count": 2}, {"id": 2, "count": 5}],  # plain records: numbers, no string of the payload's own
        [["GB 1-2000", "执行标准"], "x"],  # a list holding strings is no list of indices
        [{"name": "执行标准", "value": "GB 1-2000"}, "x"],  # every value inline: no index at all
        {"data": [1, 2]},
    ],
)
def test_other_json_is_not_relinked(data: object) -> None:
    assert linked_payload(data) is data


# -- two labels in one label cell, over two values ----------------------------------------------------------------

def _params(body: str) -> dict[str, str]:
    return extract_page(_page(body), URL).params


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Side by side in a <dt>, over the <dd> that holds the two values.
        ('<dl><dt><span>执行标准</span><span>生产许可证编号</span></dt>'
         '<dd><span>GB/T 22165-2022</span><span>SC11834010402159</span></dd></dl>',
         {"执行标准": "GB/T 22165-2022", "生产许可证编号": "SC11834010402159"}),
        # One under the other, between <br>s.
        ('<dl><dt>品牌<br>执行标准</dt><dd>某某<br>GB 19298-2014</dd></dl>',
         {"品牌": "某某", "执行标准": "GB 19298-2014"}),
        # The same in a table row's header and data cells.
        ('<table><tr><th><p>产品标准号</p><p>产地</p></th><td><p>QB/T 1002-2015</p><p>浙江温州</p></td></tr></table>',
         {"产品标准号": "QB/T 1002-2015", "产地": "浙江温州"}),
        # Not fired: one label over two values is one parameter, its values together.
        ('<dl><dt>执行标准</dt><dd><span>GB 4706.1-2005</span><span>GB 4706.19-2008</span></dd></dl>',
         {"执行标准": "GB 4706.1-2005GB 4706.19-2008"}),  # (as before: the cell's text)
        # Not fired: two labels over one value (the counts differ), read whole as before.
        ('<dl><dt><span>品牌</span><span>产地</span></dt><dd>某某</dd></dl>', {"品牌产地": "某某"}),
        # Not fired: a mark beside the label is no second label.
        ('<dl><dt><span>执行标准</span><span>*</span></dt><dd><span>GB 1-2000</span><span>注</span></dd></dl>',
         {"执行标准": "GB 1-2000注"}),
    ],
)
def test_two_labels_in_one_cell_pair_with_two_values(body: str, expected: dict[str, str]) -> None:
    assert _params(body) == expected


# -- name/value objects whose fields are named after what the parameter is ---------------------------------------

def _state(data: str) -> str:
    return f"<script>window.__ICE_APP_CONTEXT__ = {data};</script>"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # 淘宝's 2024 detail state.
        ('{"plusViewVO":{"industryParamVO":{"basicParamList":[{"propertyName":"产品标准号",'
         '"valueName":"GB/T 29606-2013"}]}}}',
         {"GB/T 29606-2013"}),
        ('{"attrs":[{"attrKey":"执行标准","attrVal":"GB 4806.9-2023"}]}', {"GB 4806.9-2023"}),
        ('{"specs":[{"spec_name":"3C证书编号","spec_value":"2021010703398765"}]}', {"2021010703398765"}),
        ('{"params":[{"ParamName":"执行标准","ParamValueList":["GB/T 2099.1-2021","GB/T 2099.3-2015"]}]}',
         {"GB/T 2099.1-2021", "GB/T 2099.3-2015"}),
        # Not fired: a buyer's name and words are no label and value.
        ('{"list":[{"nickName":"t**9","text":"执行标准：GB/T 40355-2021"}]}', set()),
        ('{"shop":{"shopName":"某某旗舰店","content":"执行标准 GB 4806.7-2023"}}', set()),
        # Not fired: the same fields under a key that names buyers' ratings.
        ('{"rateVO":{"items":[{"propertyName":"执行标准","valueName":"GB/T 40355-2021"}]}}', set()),
    ],
)
def test_fields_named_after_the_parameter_are_a_pair(data: str, expected: set[str]) -> None:
    assert _claims("<h1>保温杯</h1>" + _state(data)) == expected


# -- a tab's content inside an inert <template> ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A spec tab the script clones into view.
        ('<div id="tab-body">电热水壶</div><template id="tpl-spec"><dl><dt>3C证书编号</dt><dd>2023010711590287</dd>'
         '<dt>执行标准</dt><dd>GB 4706.1-2005 / GB 4706.19-2008</dd></dl></template>',
         {"2023010711590287", "GB 4706.1-2005", "GB 4706.19-2008"}),
        # A table, and a description paragraph, in templates of their own.
        ('<template><table><tr><th>产品标准号</th><td>GB/T 29606-2013</td></tr></table></template>'
         '<template><p>食品接触材料符合 GB 4806.9-2023。</p></template>',
         {"GB/T 29606-2013", "GB 4806.9-2023"}),
        # Not fired: a pattern the script fills with each recommended item's data.
        ('<template id="card"><div class="c">{{ item.name }} 执行标准 GB 4706.13-2014 ¥{{ item.price }}</div></template>',
         set()),
        ('<template id="row"><li>${name}：3C 2022010711421190</li></template>', set()),
        # Not fired: a template the page's marks call recommendations.
        ('<template class="recommend-list"><p>养生壶 执行标准 GB 4706.19-2008</p></template>', set()),
        ('<div class="reviews"><template><p>壶底写的是 GB 4806.9-2016</p></template></div>', set()),
    ],
)
def test_a_templates_content_is_the_pages_text(body: str, expected: set[str]) -> None:
    assert _claims("<h1>电热水壶</h1>" + body) == expected


# -- a label drawn as inline SVG <text> ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One <text> a line, the value in a <tspan>.
        ('<svg viewBox="0 0 500 200"><text x="10" y="25">产品标准代号：<tspan>GB/T 18738-2006</tspan></text>'
         '<text x="10" y="50">食品生产许可证编号：<tspan>SC10632030300297</tspan></text></svg>',
         {"GB/T 18738-2006", "SC10632030300297"}),
        # A label and its value drawn apart on one line (the same y).
        ('<svg><text x="10" y="75">执行标准：</text><text x="140" y="75">GB 19645-2010</text>'
         '<text x="10" y="100">保质期：</text><text x="140" y="100">6个月</text></svg>',
         {"GB 19645-2010"}),
        # A running sentence of the label.
        ('<svg role="img"><g><text y="20">食品添加剂使用符合 GB 2760-2024</text></g></svg>', {"GB 2760-2024"}),
        # Not fired: an icon, paths only, beside a label drawn in a recommended item's card.
        ('<svg class="icon"><path d="M0 0h24v24H0z"/></svg>'
         '<div class="recommend"><svg><text y="10">燕麦片 GB/T 13359-2008</text></svg></div>',
         set()),
        # Not fired: an SVG the page's marks call an advert.
        ('<svg class="banner ad"><text y="10">新品 执行标准 GB 7101-2022</text></svg>', set()),
    ],
)
def test_words_drawn_in_svg_are_the_pages_text(body: str, expected: set[str]) -> None:
    assert _claims("<h1>豆奶粉</h1>" + body) == expected


def test_svg_lines_joins_the_pieces_of_one_line_only() -> None:
    svg = parse('<svg><text y="5">执行标准：</text><text y="5">GB 1-2000</text><text y="9">保质期</text>'
                '<text>x</text><text>y</text></svg>').root.find(".//svg")
    assert svg is not None and svg_lines(svg)
    assert [p.text for p in svg] == ["执行标准： GB 1-2000", "保质期", "x", "y"]


# -- a thread's message marked as the poster's own is the listing --------------------------------------------------

_BUYERS = '<div class="msg">1. 302 李姐 2盒</div><div class="msg">团购过 GB/T 19855 冰皮的吗</div>'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A group-buy 接龙: the organiser's post among the buyers' sign-ups.
        ('<div class="msg owner">品名：月饼礼盒<br>执行标准：GB/T 19855-2015<br>生产许可证：SC12444030600215</div>'
         + _BUYERS,
         {"GB/T 19855-2015", "SC12444030600215"}),
        ('<div class="msg-item from-owner"><p>执行标准：GB 7099-2015</p></div>' + _BUYERS, {"GB 7099-2015"}),
        ('<div class="comment louzhu">转让自家做的辣椒酱，执行标准 Q/XYZ 0001S-2024</div>', {"Q/XYZ 0001S-2024"}),
        # Not fired: the others' messages, and a reply to them.
        (_BUYERS + '<div class="msg reply">团长回复：冰皮的是另一个标准 GB/T 19855</div>', set()),
        # Not fired: an author's picks are other items; a shop owner's reply to a review is in the reviews.
        ('<div class="recommend author-picks"><p>五仁月饼 GB/T 19855-2015 ¥58</p></div>', set()),
        ('<div class="review owner-reply">店主：按 GB 7099-2015 生产</div>', set()),
    ],
)
def test_the_posters_own_message_is_the_listing(body: str, expected: set[str]) -> None:
    assert _claims(body) == expected


# -- a SKU table: every row is this product, in one of its variants -----------------------------------------------

def _rows(*rows: str) -> str:
    return "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row.split('|'))}</tr>" for row in rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Rows giving their own standards and CCC, under a thead.
        ("<table><thead><tr><th>规格</th><th>执行标准</th><th>3C证书编号</th><th>价格</th></tr></thead><tbody>"
         + _rows("3位|GB/T 2099.1-2021|2023010202451106|¥39", "5位|GB/T 2099.1-2021|2023010202451106|¥49",
                 "5位+USB|GB 4943.1-2022|2023010202451190|¥69")
         + "</tbody></table>",
         {"GB/T 2099.1-2021", "GB 4943.1-2022", "2023010202451106", "2023010202451190"}),
        # No thead: the header is the first row; the variants are colours.
        ("<table><tr><th>颜色</th><th>产品标准号</th><th>售价</th></tr>"
         + _rows("藏青|FZ/T 73020-2019|¥59", "浅灰|FZ/T 73020-2019|¥59", "儿童款|GB 31701-2015|¥49") + "</table>",
         {"FZ/T 73020-2019", "GB 31701-2015"}),
        # An English shop's model column.
        ("<table><tr><th>Model</th><th>执行标准</th><th>Price</th></tr>"
         + _rows("PB-10|GB/T 35590-2017|$19.99", "PB-20|GB 31241-2014|$29.99", "PB-30|GB 31241-2014|$39.99")
         + "</table>",
         {"GB/T 35590-2017", "GB 31241-2014"}),
        # Not fired: rows of other items that link to their own pages.
        ("<table><tr><th>型号</th><th>执行标准</th><th>价格</th></tr>"
         + "".join(f'<tr><td><a href="/item/{n}.html">定时插座 TP-L{n}</a></td><td>GB/T 14536.1-2022</td>'
                   f"<td>¥{n}9</td></tr>" for n in range(3, 6))
         + "</table>",
         set()),
        # Not fired: a table of other items whose header names no variant of this one.
        ("<table><tr><th>商品</th><th>执行标准</th><th>价格</th></tr>"
         + _rows("养生壶 经典款|GB 4706.19-2008|¥129", "恒温调奶器 二代|GB 4706.1-2005|¥199",
                 "煮蛋器 迷你款|GB 4706.19-2008|¥39")
         + "</table>",
         set()),
    ],
)
def test_every_row_of_a_sku_table_is_this_product(body: str, expected: set[str]) -> None:
    assert _claims("<h1>插线板</h1>" + body) == expected


def test_later_variants_are_named_in_their_labels() -> None:
    params = _params("<table><tr><th>规格</th><th>3C证书编号</th></tr>"
                     + _rows("3位|2023010202451106", "5位|2023010202451106", "5位+USB|2023010202451190") + "</table>")
    assert params == {"规格": "3位", "3C证书编号": "2023010202451106", "5位+USB 3C证书编号": "2023010202451190"}


@pytest.mark.parametrize(
    ("table", "heads"),
    [
        ("<table><tr><th>规格</th><th>价格</th></tr></table>", ["规格", "价格"]),
        ("<table><tr><th>项目</th><th>每100克</th><th>NRV%</th></tr></table>", None),  # a nutrition table
        ("<table><tr><td>型号</td><td>价格</td></tr></table>", None),  # no header cells
        ("<table><tr><th>型号</th></tr></table>", None),  # one column
    ],
)
def test_sku_heads(table: str, heads: list[str] | None) -> None:
    element = parse(table).root.find(".//table")
    assert element is not None and sku_heads(element) == heads
