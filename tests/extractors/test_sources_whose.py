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
from extractors.whose import mask_other_products

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
