"""The eighth held-out set (``python -m tests.extractors.heldout.write_heldout8``), written blind for issue 5's
done-when: by someone who had not read ``extractors/`` or ``shelfwatch/standard_codes.py``, after the extractors
were done, and scored once before any change.

Like set 7, every page is written out by hand as a whole page, but only in platforms and shapes sets 1-7 do not
use: Douyin 抖音商城 state JSON (plain and URL-encoded ``RENDER_DATA``), Douyin and Kuaishou live-stream captions,
Kuaishou shop rows, Xiaohongshu 小红书 notes with a product card, Dangdang 当当 toy, stationery and book pages,
JD 京东国际 cross-border, Amazon.cn 产品信息 tables and bullets, Meituan/饿了么 food listings, Xianyu 闲鱼
second-hand text, a WeChat mini-program JSON page, Pinduoduo 百亿补贴, Vipshop 唯品会 detail rows, 网易严选
attribute lists, 得物 parameter rows, a description table inside an ``<iframe srcdoc>``, facts only in image
``alt`` text, full-width digits, traditional characters, comparison pages where only the main product counts, and
enterprise ``Q/…S``, group ``T/`` and local ``DB`` standards, XK (national and provincial), 械注准/械备,
国妆特字 and makers' credit codes (one with a wrong check character).

The expected claims beside each page are what the page says this product claims, written by hand, never by running
the extractors. Hard negatives on every page: other items' cards (猜你喜欢, 看了又看, 店铺推荐), reviews and Q&A
quoting other standards, the shop's own licences (ICP备, 食品经营许可证 JY…, the shop's 营业执照 credit code), phone
and order numbers, barcodes, ISBNs, model numbers shaped like codes (``GB-2020``), sizes.

Normal forms, as in sets 1-7: standards ``PREFIX NUMBER-YEAR`` with one space (``GB/T 28004.1-2021``,
``DB36/T 1186-2019``, ``T/JXSP 003-2021``, ``Q/HBZW 0002S-2023``), class suffixes dropped, dashes and full-width
forms folded (NFKC); a range ``GB 6675.1～4-2014`` is the four parts it names. Certificates as ``[type, value]`` with
the value compacted (no spaces); XK with a half-width province prefix ``(鲁)XK13-001-00456``; a credit code that
fails its check character is still the maker's claim as the page writes it (shared/domain.md §3: a failing code is a
strong signal, not proof; the finding ``certificate_invalid`` is where it is judged). A cosmetics number written in
traditional characters (國妝特字) is expected in its registry form (国妆特字), since that is the number it claims.
A fertiliser registration (肥料登记证), like set 7's network-access licence, is outside the claims contract and not
expected; nor are a shop's or platform's own trade licences (医疗器械经营许可, 网械平台备字, 食品经营许可证).
Pages go to heldout/pages8, all UTF-8.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from pathlib import Path

from stdnum.cn import uscc

from tests.extractors.heldout.write_heldout import sc

OUT = Path(__file__).resolve().parent / "pages8"


def credit_code(first17: str) -> str:
    """A credit code with its right check character (GB 32100-2015)."""
    assert len(first17) == 17
    return first17 + uscc.calc_check_digit(first17)


def wrong_check(code: str) -> str:
    """The same code with a check character that fails, to stand for a mistyped or invented one."""
    bad = "0" if code[-1] != "0" else "1"
    out = code[:-1] + bad
    assert not uscc.is_valid(out)
    return out


SHOP_USCC = credit_code("91330106MA2H12340")  # the shop's own licence, in footers: never a claim
MAKER_USCC = credit_code("91320583MA1N7QX2X")
MAKER_USCC_BAD = wrong_check(credit_code("91350182MA31K8W6L"))
SHOP2_USCC = credit_code("91440300MA5EXK8Q0")
MAKER2_USCC_BAD = wrong_check(credit_code("91520121MA6DL3P2K"))

SC_CHILI = sc("1035101050019")
SC_HONEY = sc("1014201060012")
SC_MOONCAKE = sc("1164403060055")
SC_DUCK = sc("1163301090033")
SC_RICE = sc("1013205810056")
SC_TEA = sc("1143501230001")
SC_NOODLE = sc("1013601230018")
SC_OTHER = sc("1163502110027")  # in other items' cards and reviews only


def footer(shop: str = "某某旗舰店", uscc_code: str = SHOP_USCC) -> str:
    return (f'<div class="shop-footer"><p>{shop} 营业执照 统一社会信用代码：{uscc_code}</p>'
            '<p>Copyright © 2025 版权所有 浙ICP备2021012345号-2 浙公网安备33010602011234号</p>'
            '<p>客服电话：400-820-1234 工作时间 9:00-22:00</p></div>')


def douyin_state(products: dict[str, object]) -> str:
    return json.dumps(products, ensure_ascii=False)


DIAPER_STATE = douyin_state({
    "product": {
        "product_id": "3612345678901234567", "name": "帮宝适一级帮纸尿裤 L码 52片 超薄透气",
        "price": 12900, "shop": {"shop_name": "帮宝适官方旗舰店", "shop_id": 6543210,
                                  "license": {"credit_code": SHOP2_USCC, "name": "深圳某某贸易有限公司"}},
        "product_format_new": {"1": [
            {"name": "品牌", "message": [{"desc": "帮宝适"}]},
            {"name": "尺码", "message": [{"desc": "L"}]},
            {"name": "执行标准", "message": [{"desc": "GB/T 28004.1-2021"}]},
            {"name": "适用体重", "message": [{"desc": "9-14kg"}]},
            {"name": "型号", "message": [{"desc": "GB-2020L"}]},
        ]},
    },
    "recommend": {"title": "猜你喜欢", "items": [
        {"name": "好奇金装纸尿裤 执行标准GB/T 28004-2011", "price": 9900},
        {"name": "花王妙而舒 GB/T 28004.1-2015版", "price": 11900},
    ]},
    "comment": {"list": [{"content": "和上次买的GB 15979-2002那款一样软，订单号 6912345678901234567 已确认收货"}]},
})

CHILI_STATE = urllib.parse.quote(json.dumps({
    "app": {"goodsDetail": {
        "title": "老干妈风味豆豉油制辣椒 280g*2瓶",
        "attrs": [
            {"key": "产品标准号", "value": "Q/LGM 0001S-2022"},
            {"key": "生产许可证编号", "value": SC_CHILI},
            {"key": "净含量", "value": "280g"},
            {"key": "保质期", "value": "540天"},
            {"key": "配料表", "value": "菜籽油、辣椒、豆豉、花椒、白砂糖、食用盐"},
            {"key": "生产商统一社会信用代码", "value": MAKER2_USCC_BAD},
            {"key": "商品条码", "value": "6910019000212"},
        ],
        "recommendGoods": [{"title": "虎邦辣酱 GB/T 20293", "license": SC_OTHER}],
        "shopInfo": {"shopName": "贵州特产小铺", "phone": "0851-86651234"},
    }},
}, ensure_ascii=False))

PAGES: list[tuple[str, str, list[str], list[list[str]]]] = [
    # -- Douyin 抖音商城: 商品参数 in a state JSON, the shop's licence and recommendations in the same JSON --------
    ("douyin_state__diaper", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>帮宝适一级帮纸尿裤 L码 52片 - 抖音商城</title></head><body>
<div id="root"><div class="goods-title">帮宝适一级帮纸尿裤 L码 52片 超薄透气</div><div class="goods-price">¥129</div>
<div class="goods-params-entry">商品参数 &gt;</div></div>
<script>window.__INITIAL_STATE__ = {DIAPER_STATE};</script>
</body></html>""", ["GB/T 28004.1-2021"], []),
    ("douyin_renderdata__chili", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>老干妈风味豆豉油制辣椒 280g*2瓶-抖音</title></head><body>
<div id="root"></div>
<script id="RENDER_DATA" type="application/json">{CHILI_STATE}</script>
<div class="fallback-footer">抖音电商 京ICP备16016397号-3 违法和不良信息举报电话：400-140-2108</div>
</body></html>""", ["Q/LGM 0001S-2022"], [["sc", SC_CHILI], ["uscc", MAKER2_USCC_BAD]]),
    # -- Douyin live room: the host's spoken caption (字幕) and the viewers' comments (弹幕) ------------------------
    ("douyin_live__airfryer", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>直播回放 | 美的空气炸锅专场</title></head><body>
<div class="live-header"><span class="anchor">美的厨房电器官方直播间</span><span class="viewers">3.2万人看过</span></div>
<div class="live-product-card"><div class="card-title">美的空气炸锅 5.5L 家用大容量 KZC5502</div><div class="card-price">¥239</div></div>
<div class="live-captions">
<p class="caption" data-t="00:12:03">家人们看一下这款美的空气炸锅，5.5升的大容量，一家三口四口都够用</p>
<p class="caption" data-t="00:12:19">大家关心安全的看这里，它的执行标准是GB 4706.1-2005和GB 4706.14-2008，都在包装盒侧面印着</p>
<p class="caption" data-t="00:12:40">3C认证也是有的，证书编号2022010711456789，大家可以去官网查</p>
<p class="caption" data-t="00:13:02">上一场那个炸锅是老款，这款型号KZC5502，不要拍错了</p>
</div>
<div class="danmaku">
<p><b>用户8812：</b>我家那个苏泊尔的写的GB 4706.19-2008</p>
<p><b>用户0931：</b>已拍，订单号4938201765432109876</p>
<p><b>小王同学：</b>主播我那个旧的3C编号是2015010711000123还能用吗</p>
</div>
{footer("美的厨房电器官方旗舰店")}</body></html>""", ["GB 4706.1-2005", "GB 4706.14-2008"], [["ccc", "2022010711456789"]]),
    # -- Kuaishou 快手 live caption (honey) and shop rows (slippers) -----------------------------------------------
    ("kuaishou_live__honey", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>快手小店 · 秦岭土蜂蜜 500g</title></head><body>
<div class="ks-live"><div class="ks-anchor">老陈家的蜂场</div>
<ul class="ks-subtitle">
<li>老铁们这个是我们自己家秦岭山里的土蜂蜜，一瓶五百克</li>
<li>有人问标准，我们这个产品标准号GB 14963-2011，生产许可证编号是{SC_HONEY}，瓶身上都有</li>
<li>别家那种没有SC的散蜜不要买</li>
</ul>
<div class="ks-comments"><p>蜂蜜爱好者：隔壁直播间说他家是GB/T 18932.1也是真的吗</p>
<p>老铁666：上次买的那个许可证{SC_OTHER}，味道一般</p><p>李姐：电话多少 138 2345 6789 是你们吗</p></div>
<div class="ks-goods"><span class="ks-goods-name">秦岭土蜂蜜 500g 瓶装</span><span class="ks-goods-price">¥68</span></div>
</div>{footer("老陈家的蜂场")}</body></html>""", ["GB 14963-2011"], [["sc", SC_HONEY]]),
    ("kuaishou_shop__slippers", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>EVA防滑拖鞋 男女居家 - 快手小店</title></head><body>
<div class="goods-info"><h1 class="goods-name">EVA防滑拖鞋男女居家浴室 加厚软底 42-43码</h1><div class="goods-price"><em>¥</em>19.9</div></div>
<div class="goods-attr-list">
<div class="goods-attr-row"><div class="attr-k">品牌</div><div class="attr-v">步步舒</div></div>
<div class="goods-attr-row"><div class="attr-k">材质</div><div class="attr-v">EVA</div></div>
<div class="goods-attr-row"><div class="attr-k">鞋码</div><div class="attr-v">36-37/38-39/40-41/42-43</div></div>
<div class="goods-attr-row"><div class="attr-k">执行标准</div><div class="attr-v">QB/T 4552—2013</div></div>
<div class="goods-attr-row"><div class="attr-k">货号</div><div class="attr-v">GB2013-BK</div></div>
</div>
<div class="store-recommend"><h4>店铺推荐</h4><div class="rec"><span>棉拖鞋 执行标准QB/T 1002-2015</span><span>¥29.9</span></div>
<div class="rec"><span>儿童凉鞋 GB 30585-2014</span><span>¥39.9</span></div></div>
{footer("步步舒鞋业")}</body></html>""", ["QB/T 4552-2013"], []),
    # -- Xiaohongshu 小红书: a note's text, the linked product card, and comments ---------------------------------
    ("xhs_note__sunscreen", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>夏天通勤防晒分享｜不闷痘不泛白 - 小红书</title></head><body>
<div class="note-container"><div class="author">小鹿爱护肤</div>
<div class="note-content"><div class="title">夏天通勤防晒分享｜不闷痘不泛白</div>
<div class="desc">姐妹们这支我用完第三管了！SPF50+ PA++++，成膜很快。<br>防晒属于特殊化妆品，买之前我都会查特证，
这支是国妆特字G20230456，在药监局网站能查到🔍<br>#防晒 #通勤妆</div></div>
<div class="goods-card"><div class="goods-name">安沐清 清透防晒乳 50ml</div><div class="goods-price">¥139</div>
<div class="goods-extra">特殊化妆品注册证编号：国妆特字G20230456</div></div>
<div class="comments"><div class="comment"><span class="user">momo</span>：我用的那支是国妆特字G20210987，也不错</div>
<div class="comment"><span class="user">Ella</span>：求链接！订单号202507011234567</div></div>
</div>{footer("小红书福利社")}</body></html>""", [], [["cosmetics", "国妆特字G20230456"]]),
    ("xhs_note__babybottle", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>新手妈妈奶瓶怎么选｜PPSU vs 玻璃 - 小红书</title></head><body>
<div class="note-container"><div class="author">一只奶爸</div>
<div class="note-content"><div class="title">新手妈妈奶瓶怎么选｜PPSU vs 玻璃</div>
<div class="desc">最后入的是贝亲这款宽口径PPSU奶瓶 240ml。<br>标签写的执行标准：GB 4806.7-2023（瓶身）、GB 4806.11-2016（奶嘴），
都是食品接触材料的国标，放心。<br>之前看的某款只写了GB 9685，后来没买。</div></div>
<div class="goods-card"><div class="goods-name">贝亲 宽口径PPSU奶瓶 240ml 配L号奶嘴</div><div class="goods-price">¥179</div></div>
<div class="related-notes"><h4>相关笔记</h4><div class="note-card">玻璃奶瓶测评 GB 4806.5-2016 耐热玻璃</div></div>
<div class="comments"><div class="comment">小葵：尺寸是 7.5cm×17cm 吗</div></div>
</div>{footer("小红书福利社")}</body></html>""", ["GB 4806.7-2023", "GB 4806.11-2016"], []),
    # -- Dangdang 当当: toy with a part range, stationery, and a book with no claim at all ------------------------
    ("dangdang_toy__blocks", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>《乐高积木 城市系列 消防局 60320》【价格 品牌 图片 评论】-当当网</title></head><body>
<div class="name_info"><h1 title="乐高积木 城市系列 消防局 60320">乐高积木 城市系列 消防局 60320 6岁+</h1></div>
<div class="price_pc"><p id="dd-price"><span class="yen">&yen;</span>539.00</p></div>
<div id="detail_describe"><ul class="key clearfix">
<li>品牌：乐高</li><li>适用年龄：6岁以上</li><li>颗粒数：540</li>
<li>执行标准：GB6675.1～4-2014</li>
<li>3C认证编号：2021012201445566</li>
<li>商品编码：29543212</li><li>货号：60320</li>
</ul></div>
<div id="alsoView"><h3>看了又看</h3><ul><li>布鲁可大颗粒积木 GB 6675-2003</li><li>3C:2019012202112233 磁力片</li></ul></div>
{footer("当当自营")}</body></html>""", ["GB 6675.1-2014", "GB 6675.2-2014", "GB 6675.3-2014", "GB 6675.4-2014"],
     [["ccc", "2021012201445566"]]),
    ("dangdang_stationery__pencilcase", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>得力多功能铅笔盒 小学生 - 当当网</title></head><body>
<div class="name_info"><h1>得力(deli)多功能铅笔盒 双层大容量 小学生文具盒 66778 蓝色</h1></div>
<div class="price_pc"><p id="dd-price">&yen;32.80</p></div>
<div id="detail_describe"><ul class="key clearfix">
<li>品牌：得力</li><li>型号：66778</li><li>尺寸：22.5cm×7.5cm×3.8cm</li>
<li>执行标准：GB 21027-2020  QB/T 2293-2010</li>
<li>条形码：6921734967787</li></ul></div>
<div class="comment_list"><p>孩子学校要求GB 40070-2021的，不知道这个有没有</p></div>
<div id="alsoBuy"><h3>买了又买</h3><ul><li>晨光中性笔 执行标准 QB/T 2625-2012</li></ul></div>
{footer("当当自营")}</body></html>""", ["GB 21027-2020", "QB/T 2293-2010"], []),
    ("dangdang_book__novel", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>《活着》(余华) - 当当网</title></head><body>
<div class="name_info"><h1>活着（2021新版）</h1></div>
<div class="price_pc"><p id="dd-price">&yen;27.30</p></div>
<div id="detail_describe"><ul class="key clearfix">
<li>作者：余华</li><li>出版社：作家出版社</li><li>出版时间：2021年06月</li>
<li>国际标准书号ISBN：9787506365437</li><li>版次：1</li><li>页数：191</li><li>开本：32开</li>
<li>纸张：胶版纸</li><li>包装：平装-胶订</li><li>是否套装：否</li></ul>
<p class="cip">图书在版编目(CIP)数据核字(2021)第123456号</p><p class="print">印刷：北京盛通印刷股份有限公司 印数：1-50000</p></div>
<div id="alsoView"><h3>看了又看</h3><ul><li>许三观卖血记 ISBN 9787506365444</li><li>儿童读物 玩具书 GB 6675.1-2014</li></ul></div>
{footer("当当自营")}</body></html>""", [], []),
]

RICE_MP = json.dumps({
    "route": "pages/goods/detail", "goodsId": 88123,
    "goods": {"name": "五常大米 稻花香2号 5kg 真空装", "price": "79.90",
              "goodsAttr": [{"attrName": "品牌", "attrValue": "乔府大院"},
                            {"attrName": "产品标准号", "attrValue": "GB/T 19266"},
                            {"attrName": "生产许可证编号", "attrValue": SC_RICE},
                            {"attrName": "质量等级", "attrValue": "一级"},
                            {"attrName": "净含量", "attrValue": "5kg"},
                            {"attrName": "产地", "attrValue": "黑龙江省五常市"}]},
    "store": {"name": "东北好粮小程序商城", "license": "JY12301080012345", "creditCode": SHOP2_USCC,
              "tel": "0451-53601234"},
    "relatedGoods": [{"name": "盘锦蟹田大米 GB/T 1354-2018 一级", "license": SC_OTHER}],
}, ensure_ascii=False)

PAGES += [
    # -- JD 京东国际 cross-border: a spec table, customs numbers and a bonded warehouse --------------------------
    ("jdi_xborder__lotion", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>【京东国际】Aveeno艾惟诺 婴儿润肤乳 227g 进口</title></head><body>
<div class="itemInfo-wrap"><div class="sku-name"><img src="//img.jd.com/global.png" alt="京东国际">Aveeno艾惟诺 婴儿燕麦润肤乳 227g 美国进口</div>
<div class="summary-price"><span class="p-price">¥109.00</span><span class="tax">进口税费：预计¥10.30</span></div></div>
<div class="global-intro"><h3>海外直采 · 正品保障</h3>
<table class="global-spec">
<tr><th>原产国</th><td>美国</td></tr><tr><th>净含量</th><td>227g</td></tr>
<tr><th>执行标准</th><td>GB/T 29665-2013</td></tr>
<tr><th>备案编号</th><td>国妆网备进字（沪）2022003456</td></tr>
<tr><th>保质期</th><td>3年</td></tr></table></div>
<div class="customs"><p>跨境电商零售进口商品 · 清关报关单号：223120251234567890</p><p>发货仓：京东国际宁波保税仓 0574-87001234</p></div>
<div class="recommend"><h3>为你推荐</h3><ul><li>强生婴儿润肤露 国妆网备进字J20190001</li><li>贝亲婴儿面霜 GB/T 29665-2013</li></ul></div>
{footer("京东国际自营")}</body></html>""", ["GB/T 29665-2013"], [["cosmetics", "国妆网备进字(沪)2022003456"]]),
    # -- Amazon.cn: 产品信息 key-value table (with the left-to-right marks it writes) and feature bullets --------
    ("amazoncn_table__kettle", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>亚马逊 - 北鼎 电热水壶 1.5L K106: 家居</title></head><body>
<div id="centerCol"><h1 id="title"><span id="productTitle">北鼎（Buydeem）电热水壶 1.5L 304不锈钢 K106 白色</span></h1>
<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">¥299.00</span></span></div></div>
<div id="prodDetails"><h2>产品信息</h2>
<table id="productDetails_techSpec_section_1" class="a-keyvalue prodDetTable">
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">品牌</th><td class="a-size-base prodDetAttrValue">&lrm;北鼎</td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">型号</th><td class="a-size-base prodDetAttrValue">&lrm;GB-2020</td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">执行标准</th><td class="a-size-base prodDetAttrValue">&lrm;GB 4706.1-2005；GB 4706.19-2008</td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">3C认证编号</th><td class="a-size-base prodDetAttrValue">&lrm;2020010719123456</td></tr>
<tr><th class="a-color-secondary a-size-base prodDetSectionEntry">容量</th><td class="a-size-base prodDetAttrValue">&lrm;1.5 升</td></tr>
</table>
<table id="productDetails_detailBullets_sections1" class="a-keyvalue prodDetTable">
<tr><th>ASIN</th><td>B08GB47061</td></tr><tr><th>用户评分</th><td>4.6 颗星，最多 5 颗星</td></tr>
<tr><th>亚马逊热销商品排名</th><td>家居第1,234名</td></tr></table></div>
<div id="ask-btf_feature_div"><h3>客户问答</h3><p>问：和美的那款GB 4706.19-2024新版的比哪个好？</p><p>答：没用过美的的。</p></div>
<div id="sims-fbt"><h3>经常一起购买的商品</h3><ul><li>小熊养生壶 3C 2019010719000888</li></ul></div>
<div id="navFooter">© 1996-2025, 亚马逊公司或其关联公司 京ICP备2022005678号</div></body></html>""",
     ["GB 4706.1-2005", "GB 4706.19-2008"], [["ccc", "2020010719123456"]]),
    ("amazoncn_bullets__schoolbag", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>亚马逊 - 卡拉羊 小学生书包 护脊减负 CX2588</title></head><body>
<div id="centerCol"><h1 id="title"><span id="productTitle">卡拉羊（Carany）小学生书包 1-3年级 护脊减负 CX2588 蓝色</span></h1>
<div id="corePrice_feature_div"><span class="a-offscreen">¥189.00</span></div>
<div id="feature-bullets"><ul class="a-unordered-list a-vertical">
<li><span class="a-list-item">【护脊设计】S型肩带，背负系统减轻肩部压力</span></li>
<li><span class="a-list-item">【安全标准】执行标准QB/T 1333-2018，符合GB 21027-2020《学生用品的安全通用要求》</span></li>
<li><span class="a-list-item">【尺寸】30 x 15 x 42 厘米，重量约0.9千克</span></li>
<li><span class="a-list-item">【售后】如有问题请联系客服 021-61231234</span></li></ul></div></div>
<div id="detailBullets_feature_div"><ul><li>商品型号 : CX2588</li><li>ASIN : B0C1333GB8</li><li>条形码 : 6953787325881</li></ul></div>
<div id="customerReviews"><div class="review">孩子的旧书包标的是GB/T 2912.1的甲醛检测，这个没写，不过质量好</div></div>
<div id="navFooter">© 1996-2025, 亚马逊公司或其关联公司 京ICP备2022005678号</div></body></html>""",
     ["QB/T 1333-2018", "GB 21027-2020"], []),
    # -- Meituan 美团 and 饿了么 food listings: the store's own 食品经营许可证 (JY) is not the product's -----------
    ("meituan_food__mooncake", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州酒家 双黄白莲蓉月饼 750g - 美团外卖</title></head><body>
<div class="food-detail"><div class="food-name">广州酒家 双黄白莲蓉月饼礼盒 750g（6个装）</div><div class="food-price">¥168 <del>¥198</del></div>
<div class="food-desc-title">商品详情</div>
<div class="food-desc">
<p>配料：白莲蓉（莲子、白砂糖、植物油）、小麦粉、咸鸭蛋黄、转化糖浆</p>
<p>产品标准号：GB/T 19855</p>
<p>食品生产许可证：{SC_MOONCAKE}</p>
<p>保质期：60天　贮存条件：阴凉干燥处</p>
<p>生产日期：见包装　批号：20250801A</p></div></div>
<div class="store-info"><p>广州酒家（体育西店）</p><p>食品经营许可证：JY14401060123456</p><p>营业执照：{SHOP2_USCC}</p><p>商家电话：020-38881234</p></div>
<div class="store-foods"><h4>本店其他商品</h4><div>蛋黄酥 6枚 执行标准Q/GZJJ 0003S</div><div>鲜肉月饼 {SC_OTHER}</div></div>
<div class="mt-footer">美团 京ICP备10211739号</div></body></html>""", ["GB/T 19855"], [["sc", SC_MOONCAKE]]),
    ("eleme_food__duckneck", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>绝味鸭脖 锁鲜装 - 饿了么</title></head><body>
<div class="shop-header"><h2>绝味鸭脖（滨江星光店）</h2><span class="rating">4.8分 月售2000+</span></div>
<div class="food-card selected"><h3>【锁鲜装】麻辣鸭脖 200g</h3><span class="price">¥26.8</span>
<div class="food-attrs"><span>规格：200g/盒</span><span>辣度：中辣</span></div>
<div class="food-label-text">预包装食品标签：执行标准 Q/JWSP 0001S-2023；生产许可证编号 {SC_DUCK}；生产商：湖南绝味食品股份有限公司</div></div>
<div class="shop-quals"><h4>商家资质</h4><p>食品经营许可证 JY23301080045678</p><p>营业执照 统一社会信用代码 {SHOP_USCC}</p></div>
<div class="rider">骑手电话：177 1234 5678　订单号：1304567890123456789</div>
<div class="other-foods"><h4>店铺推荐</h4><div>鸭锁骨 执行标准 SB/T 10379</div></div>
</body></html>""", ["Q/JWSP 0001S-2023"], [["sc", SC_DUCK]]),
    # -- Xianyu 闲鱼 second-hand: the seller's free text ----------------------------------------------------------
    ("xianyu_text__stroller", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>闲鱼 - 好孩子婴儿推车 九成新</title></head><body>
<div class="item-main"><div class="seller">宝妈小店 · 信用极好 · 闲鱼号 xy_mom2019</div>
<div class="price">¥380 <span class="orig">原价¥1299</span></div>
<div class="desc">出闲置好孩子婴儿推车GB689，宝宝大了用不上了，九成新无磕碰。<br>
车架底部铭牌：执行标准GB 14748-2006，3C证书编号2020011111234567，都还清楚。<br>
展开尺寸80×50×102cm，折叠后60×50×30cm。买的时候对比过另一款标GB 14748-1993的老款，没选。<br>
不包邮，同城自提，可验货。</div>
<div class="tags"><span>验货宝</span><span>24小时发货</span></div></div>
<div class="feeds"><h4>猜你喜欢</h4><div>babyzen yoyo 3C 2018011111000777</div></div>
</body></html>""", ["GB 14748-2006"], [["ccc", "2020011111234567"]]),
    # -- WeChat mini-program 小程序: the page's data JSON, with the store's licence in it ------------------------
    ("wxmini_json__rice", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>东北好粮</title></head><body><wx-view class="page"></wx-view>
<script>var __wxConfig = {{"appId": "wx1234567890abcdef", "entryPagePath": "pages/index/index"}};
var __pageData__ = {RICE_MP};</script></body></html>""", ["GB/T 19266"], [["sc", SC_RICE]]),
    # -- Pinduoduo 百亿补贴: the subsidy badge, a prop list and other subsidy items -------------------------------
    ("pdd_subsidy__powerbank", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>【百亿补贴】Anker安克 充电宝 20000毫安 - 拼多多</title></head><body>
<div class="goods-banner"><span class="bybt-tag">百亿补贴</span><span class="official">官方正品 假一赔十</span></div>
<div class="goods-title">Anker安克 充电宝20000毫安 22.5W快充 移动电源 A1384</div>
<div class="goods-price"><span class="group">拼单价 ¥109</span><span class="single">单买价 ¥129</span></div>
<div class="goods-props"><h4>商品参数</h4>
<div class="prop"><span class="prop-key">品牌</span><span class="prop-value">Anker/安克</span></div>
<div class="prop"><span class="prop-key">型号</span><span class="prop-value">A1384 (PB-2022)</span></div>
<div class="prop"><span class="prop-key">电芯容量</span><span class="prop-value">20000mAh</span></div>
<div class="prop"><span class="prop-key">额定容量</span><span class="prop-value">12000mAh(5.1V 2.4A)</span></div>
<div class="prop"><span class="prop-key">执行标准</span><span class="prop-value">GB 4943.1-2022 GB 31241-2022</span></div>
<div class="prop"><span class="prop-key">CCC证书编号</span><span class="prop-value">2024011609123456</span></div></div>
<div class="bybt-more"><h4>百亿补贴 · 更多好物</h4><div class="card">小米充电宝 10000 3C:2023011609001122</div><div class="card">罗马仕 GB 31241-2014</div></div>
<div class="group-list"><p>张**正在拼单，还差1人 订单编号 250801-123456789012345</p></div>
</body></html>""", ["GB 4943.1-2022", "GB 31241-2022"], [["ccc", "2024011609123456"]]),
    # -- Vipshop 唯品会 detail rows (label span with its own colon), a size chart ---------------------------------
    ("vip_detail__dress", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>ONLY 连衣裙 女 2025夏季新款 - 唯品会</title></head><body>
<div class="pi-title-box"><p class="pib-title-detail">ONLY 2025夏季新款碎花雪纺中长款连衣裙 12423C001</p><span class="sp-price">¥259</span></div>
<div class="dc-info"><ul class="dc-info-list">
<li class="dc-info-item"><span class="dc-info-label">货号：</span><span class="dc-info-value">12423C001-VIP</span></li>
<li class="dc-info-item"><span class="dc-info-label">面料：</span><span class="dc-info-value">100%聚酯纤维</span></li>
<li class="dc-info-item"><span class="dc-info-label">执行标准：</span><span class="dc-info-value">FZ/T 81004-2022</span></li>
<li class="dc-info-item"><span class="dc-info-label">安全类别：</span><span class="dc-info-value">GB 18401-2010 B类</span></li>
<li class="dc-info-item"><span class="dc-info-label">产地：</span><span class="dc-info-value">中国</span></li></ul></div>
<table class="size-table"><tr><th>尺码</th><th>号型</th><th>胸围</th></tr><tr><td>S</td><td>155/80A</td><td>84</td></tr>
<tr><td>M</td><td>160/84A</td><td>88</td></tr></table>
<div class="vip-recommend"><h4>猜你喜欢</h4><div>童装连衣裙 GB 31701-2015 A类</div><div>半身裙 FZ/T 81004-2012</div></div>
{footer("唯品会")}</body></html>""", ["FZ/T 81004-2022", "GB 18401-2010"], []),
    # -- 网易严选 attribute list, 得物 parameter rows ---------------------------------------------------------------
    ("yanxuan_attrs__towel", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>网易严选 新疆长绒棉毛巾 2条装</title></head><body>
<div class="detailHd"><div class="name">新疆长绒棉A类毛巾 2条装</div><div class="price"><span class="rp">¥39.9</span></div></div>
<div class="m-attrList"><ul>
<li class="item"><span class="name">规格</span><span class="value">34×76cm/条</span></li>
<li class="item"><span class="name">执行标准</span><span class="value">GB/T 22864-2009 一等品</span></li>
<li class="item"><span class="name">安全类别</span><span class="value">GB 18401-2010 A类 婴幼儿用品</span></li>
<li class="item"><span class="name">制造商</span><span class="value">严选合作工厂·江苏</span></li></ul></div>
<div class="m-comment"><p>评价：和上次买的GB/T 22864-2020那批一样厚实</p></div>
<div class="m-recommend"><h4>大家都在看</h4><div>长绒棉浴巾 GB/T 22866-2008</div></div>
{footer("网易严选")}</body></html>""", ["GB/T 22864-2009", "GB 18401-2010"], []),
    ("dewu_params__sneakers", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Nike Air Force 1 '07 空军一号 白色 - 得物</title></head><body>
<div class="product-title">Nike Air Force 1 '07 空军一号 低帮板鞋 白色 CW2288-111</div><div class="product-price">¥699</div>
<div class="param-list">
<div class="param-item"><div class="param-key">货号</div><div class="param-value">CW2288-111</div></div>
<div class="param-item"><div class="param-key">发售日期</div><div class="param-value">2019.12.01</div></div>
<div class="param-item"><div class="param-key">执行标准</div><div class="param-value">QB/T 2955-2017</div></div>
<div class="param-item"><div class="param-key">鞋码</div><div class="param-value">36-47.5</div></div></div>
<div class="identify"><p>得物鉴别 · 证书编号 DW2025070112345678</p></div>
<div class="same-series"><h4>同系列推荐</h4><div>Air Max 90 执行标准 GB/T 15107-2013</div></div>
{footer("得物App")}</body></html>""", ["QB/T 2955-2017"], []),
]

BLANKET_DESC = html.escape("""<html><body><h3>产品参数</h3><table border="1">
<tr><td>品名</td><td>双人电热毯 150×180cm</td></tr><tr><td>额定电压</td><td>220V~ 50Hz</td></tr>
<tr><td>执行标准</td><td>GB 4706.1-2005 / GB 4706.8-2008</td></tr>
<tr><td>3C认证</td><td>2021010801234567</td></tr><tr><td>型号</td><td>TT150×180-2X</td></tr></table></body></html>""")

PAGES += [
    # -- The spec table lives in the description iframe's srcdoc, escaped into the attribute --------------------
    ("iframe_srcdoc__blanket", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>彩虹电热毯 双人 150×180 - 商品详情</title></head><body>
<div class="item-hd"><h1>彩虹（RAINBOW）电热毯 双人双控 150×180cm 除螨</h1><div class="price">¥159</div></div>
<div class="item-desc"><iframe id="desc-frame" title="商品描述" srcdoc="{BLANKET_DESC}"></iframe></div>
<div class="guess-like"><h4>猜你喜欢</h4><div>电热毯单人 GB 4706.8-2003 3C 2016010801000111</div></div>
{footer("彩虹电器官方店")}</body></html>""", ["GB 4706.1-2005", "GB 4706.8-2008"], [["ccc", "2021010801234567"]]),
    # -- Facts only in image alt text (the detail is a stack of images) -------------------------------------------
    ("imgalt__helmet", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>野马 电动车头盔 3C认证 - 详情</title></head><body>
<div class="item-hd"><h1>野马（YEMA）电动车头盔 3C认证 四季通用 头围54-62cm</h1><div class="price">¥89</div></div>
<div class="detail-images">
<img src="//img.example.com/d/01.jpg" alt="野马头盔 四季通用 高清镜片">
<img src="//img.example.com/d/02.jpg" alt="执行标准：GB 811-2022 A类">
<img src="//img.example.com/d/03.jpg" alt="3C认证 证书编号：2023011703123456">
<img src="//img.example.com/d/04.jpg" alt="尺码 头围54-62cm 可调节 重量约900g"></div>
<div class="recommend"><h4>店铺推荐</h4><a href="/item/2"><img src="//img.example.com/r/2.jpg" alt="老款半盔 GB 811-2010"></a>
<a href="/item/3"><img src="//img.example.com/r/3.jpg" alt="儿童头盔 3C 2020011703000222"></a></div>
{footer("野马头盔专营店")}</body></html>""", ["GB 811-2022"], [["ccc", "2023011703123456"]]),
    # -- Full-width letters, digits and punctuation throughout ----------------------------------------------------
    ("fullwidth__desklamp", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>欧普 护眼台灯 学生 ＡＡ级 - 详情</title></head><body>
<div class="item-hd"><h1>欧普（ＯＰＰＬＥ）ＬＥＤ护眼台灯 国ＡＡ级 学生书桌 ＴＤ－７０００</h1><div class="price">￥１９９</div></div>
<div class="desc">
<p>型号：ＴＤ－７０００</p><p>功率：１２Ｗ　色温：４０００Ｋ</p>
<p>执行标准：ＧＢ　７０００．１－２０１５，ＧＢ／Ｔ９４７３－２０１７</p>
<p>３Ｃ证书编号：２０２１０１１００１２３４５６７</p>
<p>客服：４００－６７８－１２３４</p></div>
<div class="others"><h4>看了又看</h4><div>ＬＥＤ台灯 ＧＢ／Ｔ９４７３－２００８</div></div>
{footer("欧普照明旗舰店")}</body></html>""", ["GB 7000.1-2015", "GB/T 9473-2017"], [["ccc", "2021011001234567"]]),
    # -- Traditional characters (Big5-shaped text, saved as UTF-8) ------------------------------------------------
    ("trad_big5__tea", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>安溪鐵觀音 特級 清香型 250g - 商品詳情</title></head><body>
<div class="prd-name"><h1>安溪鐵觀音 特級 清香型 250g 罐裝</h1><p class="prd-price">NT$ 980 / 約 ¥218</p></div>
<table class="prd-spec">
<tr><th>品名</th><td>安溪鐵觀音</td></tr><tr><th>淨含量</th><td>250公克</td></tr>
<tr><th>執行標準</th><td>GB/T 19598-2006 特級</td></tr>
<tr><th>食品生產許可證編號</th><td>{SC_TEA}</td></tr>
<tr><th>保存期限</th><td>18個月</td></tr><tr><th>產地</th><td>福建省安溪縣</td></tr></table>
<div class="shop-info"><p>茶香小舖 統一編號：24536789 電話：(02)2345-6789</p></div>
<div class="recommend"><h4>推薦商品</h4><div>凍頂烏龍 執行標準 GB/T 30357.1-2013</div><div>大紅袍 {SC_OTHER}</div></div>
</body></html>""", ["GB/T 19598-2006"], [["sc", SC_TEA]]),
    ("trad_big5__serum", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>淨白煥顏精華液 30ml - 商品詳情</title></head><body>
<div class="prd-name"><h1>淨白煥顏精華液 30ml 美白淡斑</h1><p class="prd-price">¥299</p></div>
<ul class="prd-attrs">
<li>品牌：瑩潤</li><li>容量：30ml</li><li>功效：美白、淡斑</li>
<li>執行標準：QB/T 2874-2007</li>
<li>特殊化妝品註冊證編號：國妝特字G20220789</li>
<li>保存期限：3年</li></ul>
<div class="qa"><p>問：和你們家那款國妝特字G20190001的乳液能一起用嗎？</p><p>答：可以的親。</p></div>
<div class="shop-footer">瑩潤美妝官方店 客服專線：0800-123-456</div>
</body></html>""", ["QB/T 2874-2007"], [["cosmetics", "国妆特字G20220789"]]),
    # -- Comparison pages: only the main product's column (or block) counts --------------------------------------
    ("compare_table__ebike", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>雅迪 DE3 电动自行车 新国标 - 参数对比</title></head><body>
<div class="item-hd"><h1>雅迪（Yadea）DE3 新国标电动自行车 48V24Ah 锂电</h1><div class="price">¥2999</div></div>
<div class="compare"><h3>同价位参数对比</h3>
<table class="compare-table">
<tr><th>参数</th><th class="current">本商品 雅迪 DE3</th><th>爱玛 A500</th><th>台铃 T3</th></tr>
<tr><td>执行标准</td><td class="current">GB 17761—2024</td><td>GB 17761-2018</td><td>GB 17761-2018</td></tr>
<tr><td>电池标准</td><td class="current">GB 43854-2024</td><td>—</td><td>GB/T 36972-2018</td></tr>
<tr><td>3C证书编号</td><td class="current">2024011119012345</td><td>2019011119000456</td><td>2020011119000789</td></tr>
<tr><td>续航</td><td class="current">60km</td><td>55km</td><td>65km</td></tr>
<tr><td>整车质量</td><td class="current">54.8kg</td><td>53kg</td><td>55kg</td></tr></table></div>
{footer("雅迪官方旗舰店")}</body></html>""", ["GB 17761-2024", "GB 43854-2024"], [["ccc", "2024011119012345"]]),
    ("compare_cards__waterheater", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>海尔 电热水器 60升 EC6001-GD - 详情</title></head><body>
<div class="item-hd"><h1>海尔（Haier）60升电热水器 一级能效 EC6001-GD</h1><div class="price">¥1299</div></div>
<ul class="spec-list">
<li>型号：EC6001-GD</li><li>容量：60L</li><li>额定功率：3000W</li>
<li>执行标准：GB 4706.1-2005、GB 4706.12-2006</li>
<li>能效标准：GB 21519-2008 一级</li>
<li>3C认证编号：2021010710345678</li></ul>
<div class="vs-cards"><h3>同类商品对比</h3>
<div class="vs-card"><h4>美的 F6021-JA1</h4><p>执行标准 GB 4706.12-2006 GB 21519-2023</p><p>3C 2019010710111222</p></div>
<div class="vs-card"><h4>A.O.史密斯 E60VC</h4><p>能效 GB 21519-2023 一级 3C 2022010710333444</p></div></div>
{footer("海尔官方旗舰店")}</body></html>""", ["GB 4706.1-2005", "GB 4706.12-2006", "GB 21519-2008"],
     [["ccc", "2021010710345678"]]),
    # -- Local DB and group T/ standards beside an SC number -----------------------------------------------------
    ("local_group__ricenoodle", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>南昌拌粉 江西米粉 干米粉 2kg - 农特产馆</title></head><body>
<div class="item-hd"><h1>江西米粉 南昌拌粉 干米粉 2kg 家庭装</h1><div class="price">¥29.9</div></div>
<div class="attr-rows">
<div class="row"><label>产地</label><span>江西省南昌市</span></div>
<div class="row"><label>产品标准号</label><span>DB36/T 1186-2019、T/JXSP 003-2021</span></div>
<div class="row"><label>生产许可证</label><span>{SC_NOODLE}</span></div>
<div class="row"><label>配料</label><span>大米、水</span></div>
<div class="row"><label>规格</label><span>500g×4袋</span></div></div>
<div class="reviews"><p>买家：比上次那家写DB36/T 922-2023的口感好</p></div>
<div class="store-rec"><h4>店铺推荐</h4><div>赣南脐橙 DB36/T 1051-2018</div><div>萍乡米粉 {SC_OTHER}</div></div>
{footer("江西农特产馆")}</body></html>""", ["DB36/T 1186-2019", "T/JXSP 003-2021"], [["sc", SC_NOODLE]]),
    # -- XK production licences: national, and provincial with a full-width-bracketed prefix ---------------------
    ("xk_licence__cable", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>远东电缆 BV2.5平方 铜芯线 100米 - 慧聪网</title></head><body>
<div class="pro-title"><h1>远东电缆 BV2.5平方 国标铜芯电线 单芯硬线 100米 红色</h1><span class="price">¥239.00/卷</span></div>
<table class="pro-detail-table">
<tr><th>品牌</th><td>远东</td><th>型号</th><td>BV-2.5</td></tr>
<tr><th>产品标准</th><td>GB/T 5023.3-2008</td><th>规格</th><td>2.5mm² 100m</td></tr>
<tr><th>生产许可证编号</th><td>XK06-001-01234</td><th>3C证书编号</th><td>2020010105123456</td></tr>
<tr><th>颜色</th><td>红/蓝/黄绿双色</td><th>起订量</th><td>10卷</td></tr></table>
<div class="company-box"><p>无锡某某线缆经营部 联系人：王经理 13951234567</p><p>营业执照：{SHOP_USCC}</p></div>
<div class="similar"><h4>相似产品</h4><div>BVR软线 XK06-001-00999 GB/T 5023.3-1997</div></div>
</body></html>""", ["GB/T 5023.3-2008"], [["xk", "XK06-001-01234"], ["ccc", "2020010105123456"]]),
    ("xk_province__fertilizer", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>史丹利 复合肥 15-15-15 40kg - 农资商城</title></head><body>
<div class="goods-hd"><h1>史丹利 硫酸钾型复合肥 15-15-15 高浓度 40kg/袋</h1><div class="price">¥198/袋</div></div>
<div class="goods-params">
<p><b>总养分：</b>≥45%（N-P<sub>2</sub>O<sub>5</sub>-K<sub>2</sub>O 15-15-15）</p>
<p><b>执行标准：</b>GB/T 15063-2020 高浓度</p>
<p><b>生产许可证号：</b>（鲁）XK13-001-00456</p>
<p><b>肥料登记证：</b>鲁农肥（2021）准字1234号</p>
<p><b>净含量：</b>40kg</p></div>
<div class="dealer"><p>临沂农资服务站 联系电话：0539-8123456</p></div>
<div class="rec"><h4>为您推荐</h4><div>尿素 GB/T 2440-2017 （鲁）XK13-001-00111</div></div>
</body></html>""", ["GB/T 15063-2020"], [["xk", "(鲁)XK13-001-00456"]]),
    # -- Medical devices: a class II registration and a class I filing; the platform's and shop's own licences --
    ("meddev_reg__mask", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>稳健 医用外科口罩 50只 - 医药馆</title></head><body>
<div class="goods-hd"><h1>稳健医疗 一次性使用医用外科口罩 50只/盒 灭菌级</h1><div class="price">¥29.9</div></div>
<ul class="goods-attr">
<li>产品名称：一次性使用医用外科口罩</li><li>规格：17.5cm×9.5cm 耳挂式</li>
<li>注册证编号：鄂械注准20222140789</li>
<li>产品标准：YY 0469-2011</li>
<li>生产批号：20250612　有效期：2年</li></ul>
<div class="rec"><h4>看了又看</h4><div>普通医用口罩 YY/T 0969-2013 湘械注准20202140001</div></div>
<div class="platform-footer"><p>医疗器械网络交易服务第三方平台备案凭证：（浙）网械平台备字[2018]第00004号</p>
<p>本店：杭州某某大药房 医疗器械经营许可证 浙杭药监械经营许20190123号</p></div>
</body></html>""", ["YY 0469-2011"], [["medical_device", "鄂械注准20222140789"]]),
    ("meddev_filing__coldpatch", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>医用冷敷贴 械字号 修护 5片 - 医药馆</title></head><body>
<div class="goods-hd"><h1>可复美 医用冷敷贴 械字号 术后修护 5片/盒</h1><div class="price">¥89</div></div>
<ul class="goods-attr">
<li>产品名称：医用冷敷贴</li><li>管理类别：第一类医疗器械</li>
<li>备案凭证编号：苏苏械备20210123</li>
<li>规格：25ml×5片</li></ul>
<div class="qa"><p>问：和面膜有什么区别？答：本品为医疗器械，请参考说明书。</p><p>问：别家写的陕械注准20192140456是二类的吗</p></div>
<div class="platform-footer"><p>第二类医疗器械经营备案凭证：浙杭药监械经营备20190456号</p><p>客服：0571-88001234</p></div>
</body></html>""", [], [["medical_device", "苏苏械备20210123"]]),
    # -- Makers' credit codes: one valid, one with a wrong check character (still the maker's claim) -------------
    ("uscc_maker__detergent", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>蓝月亮 深层洁净洗衣液 3kg - 商品详情</title></head><body>
<div class="goods-hd"><h1>蓝月亮 深层洁净洗衣液 薰衣草香 3kg 瓶装</h1><div class="price">¥49.9</div></div>
<div class="label-info"><h3>产品标签信息</h3>
<p>执行标准：QB/T 1224-2012</p>
<p>生产企业：苏州某某日化有限公司</p>
<p>生产企业统一社会信用代码：{MAKER_USCC}</p>
<p>地址：江苏省苏州市吴中区某某路88号</p><p>商品条码：6902022135678</p></div>
<div class="rec"><h4>猜你喜欢</h4><div>洗衣凝珠 QB/T 5374-2019</div></div>
{footer("蓝月亮日化专营店")}</body></html>""", ["QB/T 1224-2012"], [["uscc", MAKER_USCC]]),
    ("uscc_badcheck__wipes", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>婴儿手口湿巾 80抽×5包 - 商品详情</title></head><body>
<div class="goods-hd"><h1>婴儿手口专用湿巾 80抽×5包 无酒精</h1><div class="price">¥25.9</div></div>
<div class="params"><table>
<tr><td>执行标准</td><td>GB/T 27728-2011</td></tr>
<tr><td>生产商</td><td>福建某某卫生用品有限公司</td></tr>
<tr><td>生产商统一社会信用代码</td><td>{MAKER_USCC_BAD}</td></tr>
<tr><td>规格</td><td>200mm×150mm×80片</td></tr></table></div>
<div class="rec"><h4>店铺推荐</h4><div>棉柔巾 GB/T 8939-2018</div></div>
{footer("母婴好物店", SHOP2_USCC)}</body></html>""", ["GB/T 27728-2011"], [["uscc", MAKER_USCC_BAD]]),
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, page, standards, certificates in PAGES:
        (OUT / f"{name}.html").write_bytes(page.encode("utf-8"))
        (OUT / f"{name}.json").write_text(
            json.dumps({"standards": standards, "certificates": certificates}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
