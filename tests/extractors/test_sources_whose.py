"""Sources a plain HTML reading misses, and whose product a claim belongs to (extractors.sources, .whose).

Found by held-out set 8's first run (issue 5); each page here is small and made up in the shape set 8 saw, and
each must yield exactly its product's own claims.
"""

from __future__ import annotations

import html as html_lib
import json
from urllib.parse import quote

import pytest

from extractors import extract_page
from extractors.whose import mask_denials, mask_other_products

URL = "http://127.0.0.1/item/1.html"


def _claims(page: str) -> set[str]:
    return {c.value for c in extract_page(page.encode("utf-8"), URL).claims}


def test_percent_encoded_state_json_is_read() -> None:
    state = {"goods": {"attrs": [{"key": "产品标准号", "value": "Q/LGM 0001S-2022"},
                                 {"key": "生产许可证编号", "value": "SC10351010500194"}],
                       "recommendGoods": [{"title": "虎邦辣酱 GB/T 20293", "license": "SC11635021100270"}]}}
    page = f'<html><body><script id="RENDER_DATA" type="application/json">{quote(json.dumps(state))}</script></body></html>'
    assert _claims(page) == {"Q/LGM 0001S-2022", "SC10351010500194"}


def test_name_and_message_desc_pairs_are_read() -> None:
    state = {"product_format_new": {"1": [{"name": "执行标准", "message": [{"desc": "GB/T 28004.1-2021"}]},
                                          {"name": "型号", "message": [{"desc": "GB-2020L"}]}]},
             "recommend": {"items": [{"name": "好奇纸尿裤 执行标准GB/T 28004-2011", "price": 9900}]}}
    page = f"<html><body><script>window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};</script></body></html>"
    assert _claims(page) == {"GB/T 28004.1-2021"}


def test_an_iframe_srcdoc_is_part_of_the_page() -> None:
    inner = "<html><body><table><tr><td>执行标准</td><td>GB 4706.8-2008</td></tr>" \
            "<tr><td>3C认证</td><td>2021010801234567</td></tr></table></body></html>"
    page = f'<html><body><h1>电热毯</h1><iframe srcdoc="{html_lib.escape(inner)}"></iframe>' \
           '<iframe src="/ad.html">GB 4706.8-2003</iframe></body></html>'
    assert _claims(page) == {"GB 4706.8-2008", "2021010801234567"}


def test_image_alt_text_with_a_label_is_read_but_not_in_recommendations() -> None:
    page = ('<html><body><h1>头盔</h1><div class="detail-images"><img alt="执行标准：GB 811-2022 A类">'
            '<img alt="GB 811-2010 详情图"></div><div class="recommend"><h4>店铺推荐</h4>'
            '<a href="/item/2"><img alt="老款 执行标准 GB 811-2010"></a></div></body></html>')
    assert _claims(page) == {"GB 811-2022"}


@pytest.mark.parametrize("header", ['<th class="current">本商品 雅迪 DE3</th>', "<th>雅迪 DE3</th>"],
                         ids=["marked 本商品 / current", "named by the title"])
def test_a_comparison_table_keeps_this_products_column(header: str) -> None:
    page = ("<html><head><title>雅迪 DE3 电动自行车</title></head><body><h1>雅迪（Yadea）DE3 新国标电动自行车</h1>"
            f"<div><h3>同价位参数对比</h3><table><tr><th>参数</th>{header}<th>爱玛 A500</th><th>台铃 T3</th></tr>"
            "<tr><td>执行标准</td><td>GB 17761—2024</td><td>GB 17761-2018</td><td>GB 17761-2018</td></tr>"
            "<tr><td>电池标准</td><td>GB 43854-2024</td><td>—</td><td>GB/T 36972-2018</td></tr></table></div></body></html>")
    assert _claims(page) == {"GB 17761-2024", "GB 43854-2024"}


def test_comparison_cards_keep_the_card_of_this_product() -> None:
    page = ("<html><head><title>海尔 电热水器 EC6001-GD</title></head><body><h1>海尔 60升电热水器 EC6001-GD</h1>"
            '<div class="compare"><div class="card"><h4>海尔 EC6001-GD</h4><p>执行标准 GB 4706.12-2006</p></div>'
            '<div class="card"><h4>美的 F6021-JA1</h4><p>执行标准 GB 21519-2023</p></div></div></body></html>')
    assert _claims(page) == {"GB 4706.12-2006"}


def test_a_makers_licence_is_kept_beside_a_seller_word() -> None:
    page = ("<html><body><p>卖家：某某旗舰店</p><p>生产企业统一社会信用代码：91320583MA1N7QX2X7</p>"
            "<p>无锡某某经营部 联系人：王经理</p><p>营业执照：91330106MA2H12340N</p></body></html>")
    assert _claims(page) == {"91320583MA1N7QX2X7"}


@pytest.mark.parametrize(("text", "left"), [
    ("执行标准：GB 14748-2006。买的时候对比过另一款标GB 14748-1993的老款，没选。", ["GB 14748-2006"]),
    ("之前看的某款只写了GB 9685，后来没买", []),
    ("我家那个苏泊尔的写的GB 4706.19-2008", []),
    ("那个，执行标准是GB 4706.1-2005，这款型号KZC5502", ["GB 4706.1-2005"]),
    ("这款奶瓶执行标准GB 4806.7-2023", ["GB 4806.7-2023"]),
], ids=["另一款", "之前看的某款", "我家那个", "a filler 那个 is no pointer", "这款 is this one"])
def test_clauses_about_another_product_are_blanked(text: str, left: list[str]) -> None:
    masked = mask_other_products(text)
    assert len(masked) == len(text)  # blanked with spaces: the rest keeps its place
    assert masked.count("GB") == len(left) and all(code in masked for code in left)


# -- found by held-out set 9's first run (issue 5): other products' text on shops the rules were not written on ---

_OWN = {"GB/T 22864-2008", "SC11435078200021"}


def _own_page(extra: str) -> str:
    """A page with no description block, so its whole body is running text the claims are read from."""
    return ("<html><head><title>纯棉毛巾</title></head><body><h1>纯棉毛巾</h1><ul class=\"attrs\">"
            "<li>执行标准：GB/T 22864-2008</li><li>生产许可证编号：SC11435078200021</li></ul>"
            f"<p>新疆长绒棉，柔软亲肤，吸水性好。</p>{extra}</body></html>")


@pytest.mark.parametrize(("html", "what"), [
    ('<div class="prd-evaluate"><div class="eva-item"><p>比我家旧的（执行GB 12021.2-2008）好</p></div></div>',
     "reviews marked evaluate / eva"),
    ('<div class="pingjia-list"><p>是GB 19083-2010吗</p></div>', "reviews marked pingjia"),
    ('<div class="d-news"><h3>最新动态</h3><p>GB/T 5023.1-2008 修订中</p></div>', "trade news marked news"),
    ('<div class="shop-notice"><p>按 GB 17761-2024 生产的新车已到店</p></div>', "the shop's notice marked notice"),
    ('<div id="relate"><p>公牛 GN-403 3C:2009010202334455 ￥45.00</p></div>', "related items marked relate"),
    ('<div class="rec"><p>博士伦 国械注进20163162345 ¥109</p></div>', "recommendations marked rec"),
    ('<section class="recently-viewed"><div>薇诺娜 滇G妆网备字2021001122</div></section>', "recently viewed"),
    ('<section class="upsell"><p>Power bank CCC 2022010911778899 GB 31241-2022</p></section>', "upsell"),
    ("<div><h3>Frequently bought together</h3><p>Power bank CCC 2022010911778899 GB 31241-2022</p></div>",
     "an English heading of items bought together"),
    ("<div><h2>Customers also viewed</h2><p>Charger GB 4943.1-2011</p></div>", "an English 'also viewed' heading"),
    ("<div><h3>团长其他团购</h3><p>手工腊肉 执行标准 GB 2730-2015 ¥45</p></div>", "a group-buy leader's other offers"),
    ("<div><h3>行业资讯</h3><p>GB/T 5023.1-2008 的修订</p></div>", "a trade-news heading"),
    ("<div><p>本店另售 正山小种 执行标准 GB/T 13738.2-2017 生产许可证 SC11435078201137</p></div>",
     "an inline lead-in 本店另售 covers its line"),
    ("<div><p>你可能还喜欢：溪木源 山茶花面霜 粤G妆网备字2022098765 ¥89</p></div>", "an inline 你可能还喜欢："),
    ("<table><tr><td><b>店铺公告</b>：按 GB 17761-2024 生产的新车已到店</td></tr>"
     "<tr><td>热门车型：雅迪 冠能E8 3C 2024011119551234 ￥3999</td></tr></table>",
     "a bold lead-in covers the cell it opens; 热门车型 the row"),
])
def test_other_products_blocks_found_by_set_9_are_not_claims(html: str, what: str) -> None:
    assert _claims(_own_page(html)) == _OWN, what


def test_the_same_text_without_its_marks_is_read() -> None:
    """The rows above are real traps: bare, in the running text, their codes are read as claims. (With its price,
    ``手工腊肉 执行标准 GB 2730-2015 ¥45`` is now another item's line by structure alone, see test_structure.py; the
    price is left out here so that this row still shows what its heading does.)"""
    assert "GB 2730-2015" in _claims(_own_page("<div><p>手工腊肉 执行标准 GB 2730-2015</p></div>"))
    assert "SC11435078201137" in _claims(_own_page("<div><p>正山小种 生产许可证 SC11435078201137</p></div>"))


def test_a_lead_in_in_a_long_block_covers_only_its_own_line() -> None:
    """A description written as one block of <br> lines loses the lead-in's line, not the product's own lines."""
    block = ("<div>" + "新疆长绒棉，柔软亲肤，吸水性好，不掉毛，经久耐用。<br>" * 8
             + "执行标准：GB 4706.1-2005<br>相关商品：浴巾 GB/T 22866-2008<br>洗护：冷水手洗</div>")
    found = _claims(_own_page(block))
    assert "GB 4706.1-2005" in found and "GB/T 22866-2008" not in found


@pytest.mark.parametrize(("text", "left"), [
    ("有朋友问是不是按 GH/T 18796-2012 的等级蜜，我们是农家蜜不分级哈。", []),
    ("本品并非按GB/T 12345-2010生产", []),
    ("本品不执行 GB 19342-2013", []),
    ("成人牙刷执行 GB 19342-2013，与本品不同。", []),
    ("GB 19342-2013与本品无关。执行标准：GB 30002-2013", ["GB 30002-2013"]),
    ("执行标准：GB 30002-2013；成人牙刷执行 GB 19342-2013，与本品不同", ["GB 30002-2013"]),
    ("符合 GB 2760-2014，不含防腐剂", ["GB 2760-2014"]),
    ("不适用于3岁以下儿童，执行标准 GB 6675.1-2014", ["GB 6675.1-2014"]),
    ("不适用于3岁以下儿童 执行标准 GB 6675.1-2014", ["GB 6675.1-2014"]),
    ("执行标准 GB 30002-2013 儿童牙刷", ["GB 30002-2013"]),
], ids=["a question 是不是按", "并非按", "不执行", "与本品不同 closes the clause before",
        "与本品无关 in the same clause", "the own clause before is kept", "不含 denies an ingredient, not the code",
        "不适用 stops at its clause end", "不适用 stops at a label", "no denial"])
def test_codes_a_clause_denies_are_blanked(text: str, left: list[str]) -> None:
    masked = mask_denials(text)
    assert len(masked) == len(text)
    assert masked.count("GB") == len(left) and all(code in masked for code in left)
