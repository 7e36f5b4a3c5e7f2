"""The ninth held-out set (``python -m tests.extractors.heldout.write_heldout9``), written blind for issue 5's
done-when: by someone who had not read extractors/ or shelfwatch/standard_codes.py, after the extractors were done,
and scored once before any change.

Every page is written out by hand as a whole page after shapes a regulator meets and that sets 1-7 do not list:
Suning 规格参数 tables, Gome spec blocks, 1号店, 当当 baby goods, 京东到家 / 盒马 / 叮咚买菜 fresh food, 淘宝特价版,
淘特, a 抖音商城 detail state, 快团团 group-buy text, 微店, 有赞, Shopify-like cross-border shops with schema.org
JSON-LD (``hasCertification``, ``additionalProperty``), 阿里国际站, 慧聪 and 中国制造网 B2B pages, brand official
sites, a 政府采购 e-mall item, a second-hand phone with its IMEI, and GBK pages (declared and undeclared). Only
check characters are computed (SC: ISO 7064 MOD 11,10; credit codes: python-stdnum ``cn.uscc``).

The expected claims of each page are what the page says *this* product claims, written by hand, never by running
the extractors. Decisions taken where the contract is not spelled out:

- Standards in normal form: prefix, one space, number, ``-year`` when the page gives one (NFKC; ``—`` as ``-``;
  class suffixes such as ``B类`` dropped); a shared prefix carries over (``GB 4706.1-2005、4706.19-2008``). An
  enterprise standard written without a space (``Q/HMXS0003S``) is normalised with one (``Q/HMXS 0003S``).
- A page's note that its additives or label follow a standard (``食品添加剂符合GB 2760-2014``) is a claim of this
  product; a standard quoted in a review, a Q&A, another item's card or a general explainer is not.
- Foreign standards and marks (EN 71, ASTM F963, CE, FCC ID) are outside the contract and not expected.
- Certificates: the number as written without spaces (NFKC); cosmetics and medical-device numbers keep their
  prefix (``国妆特字G20210456``, ``粤穗械备20210567``; a closing ``号`` is not part of the number; full-width
  brackets become ASCII under NFKC). A number with a wrong check character is still the claim as written.
- The maker's credit code shown among the product's own facts (生产企业 统一社会信用代码) is a claim (type uscc);
  the shop's or supplier's own 营业执照 code, ICP, 食品经营许可证 JY... are the seller's, not the product's, and
  are not expected. A telecom 进网许可证 is outside the contract, as in set 7, and not expected.

Pages go to heldout/pages9; four are GBK (two declare it, two do not).

First run (once, against main at db18f0b, 2026-12-02; 51 standards and 33 certificates expected): standards
P 0.850 R 1.000 F1 0.919 (tp 51, fp 9, fn 0); certificates P 0.786 R 1.000 F1 0.880 (tp 33, fp 9, fn 0). Nothing
was missed; all 18 false claims come from text about other products or other editions: recommendation and
"bought together" blocks (``rec``, ``upsell``, ``recently-viewed``, ``ktt-other``, ``#relate``, a dealer's
``热门车型`` row, a tea shop's ``本店另售`` note), reviews (``eva-item``, ``koubei``, ``notes-feed``), a B2B page's
行业资讯, a store notice, and sentences in the product's own text that say the standard is *not* this product's
(``成人牙刷执行 GB 19342-2013，与本品不同``; ``是不是按 GH/T 18796-2012 的等级蜜，我们是农家蜜不分级``). Each was
checked against the page; no expected claim was changed after the run.
"""

from __future__ import annotations

import json
from pathlib import Path

from stdnum.cn import uscc as _uscc

from tests.extractors.heldout.write_heldout import sc

OUT = Path(__file__).resolve().parent / "pages9"


def uscc(first17: str) -> str:
    return first17 + _uscc.calc_check_digit(first17)


# Food licences (category + GB/T 2260 area + sequence; the check digit computed)
SC_YOGURT = sc("1053101150217")
SC_DUMPLING = sc("1113302120088")
SC_TOFU = sc("1253201060031")
SC_SAUSAGE = sc("1044401060452")
SC_HONEY = sc("1264201060019")
SC_FORMULA = sc("1293707830006")
SC_TEA = sc("1143507820113")
SC_NOODLE_REC = sc("1073101120045")  # in a recommended item's card only
SC_BAD_CHECK = "SC1093502030041" + str((int(sc("1093502030041")[-1]) + 1) % 10)  # check digit off by one, as written

# Credit codes: shops' and suppliers' own (negatives) and makers' (claims where the page lists them as product facts)
USCC_SHOP_DINGDONG = uscc("91310115MA1K3DD2T")
USCC_MAKER_TOFU = uscc("91320106MA1MTF01X")
USCC_SUPPLIER_CABLE = uscc("91330382MA2CB7711")
USCC_SHOP_WEIDIAN = uscc("92420106MA4KWD308")
USCC_BRAND = uscc("91330100143076509")
USCC_SHOP_YOUZAN = uscc("91440300MA5GYK121")

FOOT = ('<div class="site-footer"><p>营业执照 | 增值电信业务经营许可证：京B2-20180001 | 京ICP备18000001号-3 | '
        '京公网安备11010502031234号</p><p>违法和不良信息举报电话：400-810-0000</p></div>')

PAGES: list[tuple[str, str, list[str], list[list[str]], str]] = [
    # -- Suning 规格参数: a grouped two-column table with group header rows -----------------------------------------
    ("suning_paratable__aircon", """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>格力(GREE) 1.5匹 云佳 新一级能效 变频冷暖 壁挂式空调 KFR-35GW/NhGd1B【价格 图片 品牌 报价】-苏宁易购</title></head><body>
<div class="ng-toolbar"><a href="//order.suning.com">我的订单</a><a href="//my.suning.com">我的易购</a></div>
<div class="proinfo-main"><h1 id="itemDisplayName">格力(GREE) 1.5匹 云佳 新一级能效 变频冷暖 壁挂式空调 KFR-35GW/NhGd1B</h1>
<div class="mainprice"><i>¥</i>2599<span>.00</span></div><div class="promo">以旧换新 至高补贴500元 | 30天价保</div></div>
<div id="itemParameter" class="pro-para-tbl"><table cellpadding="0" cellspacing="0">
<tbody><tr><th colspan="2" class="tdTitle">主体</th></tr>
<tr><td class="name"><div class="name-inner"><span>品牌</span></div></td><td class="val">格力(GREE)</td></tr>
<tr><td class="name"><div class="name-inner"><span>型号</span></div></td><td class="val">KFR-35GW/NhGd1B</td></tr>
<tr><td class="name"><div class="name-inner"><span>匹数</span></div></td><td class="val">1.5匹</td></tr></tbody>
<tbody><tr><th colspan="2" class="tdTitle">能效与认证</th></tr>
<tr><td class="name"><div class="name-inner"><span>能效等级</span></div></td><td class="val">一级能效</td></tr>
<tr><td class="name"><div class="name-inner"><span>能效标准</span><a class="tip" href="#">?</a></div></td><td class="val">GB 21455-2019</td></tr>
<tr><td class="name"><div class="name-inner"><span>CCC证书编号</span></div></td><td class="val">2021010703456120</td></tr>
<tr><td class="name"><div class="name-inner"><span>制冷量</span></div></td><td class="val">3500W</td></tr>
<tr><td class="name"><div class="name-inner"><span>循环风量</span></div></td><td class="val">650m³/h</td></tr></tbody>
<tbody><tr><th colspan="2" class="tdTitle">尺寸</th></tr>
<tr><td class="name"><div class="name-inner"><span>内机尺寸</span></div></td><td class="val">850×290×198mm</td></tr></tbody></table></div>
<div class="consult-list"><h3>商品咨询</h3><dl><dt>问：旧款是按GB 12021.3-2010标的一级吗？</dt><dd>答：您好，本款按新国标GB 21455-2019一级能效，旧标准已废止。</dd></dl></div>
<div class="guess-like"><h3>看了最终买</h3><ul><li><a href="//product.suning.com/0000000000/10123456789.html">美的 1.5匹 风酷 KFR-35GW/N8XHC1 3C:2020010703887766</a><span>¥2399</span></li></ul></div>
<div class="footer">苏宁易购集团股份有限公司 苏ICP备10207551号 营业执照 统一社会信用代码 91320000608950950D 客服 95177</div>
</body></html>""", ["GB 21455-2019"], [["ccc", "2021010703456120"]], "utf-8"),
    # -- Gome 国美: spec blocks as ul.specs-list with span.l / span.r ---------------------------------------------
    ("gome_specs__fridge", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>海尔冰箱BCD-510WGHTD59S9U1 510升十字对开门-国美</title></head><body>
<div class="hd-top"><span>欢迎来到国美</span><a>登录</a><a>注册</a></div>
<div class="prd-firstscreen"><h1 class="hgroup">海尔（Haier）510升 十字对开门 一级能效 风冷无霜 BCD-510WGHTD59S9U1</h1>
<div class="price-box"><span class="price">¥4299.00</span><span class="original">¥5999.00</span></div>
<div class="prd-tips">国美自营 | 预计12月05日送达 | 商品编号：A0006543217</div></div>
<div class="specbox"><h4>规格参数</h4>
<div class="specs-group"><h5>基本参数</h5><ul class="specs-list">
<li><span class="l">品牌</span><span class="r">海尔</span></li>
<li><span class="l">型号</span><span class="r">BCD-510WGHTD59S9U1</span></li>
<li><span class="l">总容积</span><span class="r">510L</span></li>
<li><span class="l">冷藏室容积</span><span class="r">300L</span></li></ul></div>
<div class="specs-group"><h5>认证与标准</h5><ul class="specs-list">
<li><span class="l">能效标识依据</span><span class="r">GB 12021.2—2015 家用电冰箱耗电量限定值及能效等级</span></li>
<li><span class="l">安全标准</span><span class="r">GB 4706.1-2005；GB 4706.13-2014</span></li>
<li><span class="l">3C认证</span><span class="r">已认证（证书编号：2022010701556677）</span></li>
<li><span class="l">噪音</span><span class="r">38dB(A)</span></li></ul></div></div>
<div class="prd-evaluate"><div class="eva-item"><p>送货师傅很专业，订单号 GM2024112298765432 已签收</p></div>
<div class="eva-item"><p>比我家旧的（执行GB 12021.2-2008的那台）省电多了</p></div></div>
<div class="recommend-bar"><h3>浏览此商品的用户还浏览了</h3><ul><li>容声 BCD-529WD18HP 3C证书 2021010701998877</li></ul></div>
{FOOT}</body></html>""", ["GB 12021.2-2015", "GB 4706.1-2005", "GB 4706.13-2014"], [["ccc", "2022010701556677"]], "utf-8"),
    # -- 1号店: an item-info panel with 'item-attr' pairs in em/strong, GBK declared by http-equiv ---------------
    ("yhd_attr__formula", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"><title>飞鹤 星飞帆 幼儿配方奶粉 3段 700g - 1号店</title></head><body>
<div class="head_top">1号店 只为更好的生活 | 服务热线 400-007-1111</div>
<div class="mod_detail_info"><h1 class="pd_tit">飞鹤(FIRMUS) 星飞帆 幼儿配方奶粉 3段(12-36个月) 700g罐装</h1>
<p class="pd_price">1号店价：￥268.00</p><p>商品编号：10089765423 | 条形码：6945681700312</p></div>
<div class="mod_pro_attr"><ul>
<li><em>品牌：</em><strong>飞鹤</strong></li>
<li><em>适用年龄：</em><strong>12-36个月</strong></li>
<li><em>产品标准代号：</em><strong>GB 10767</strong></li>
<li><em>食品生产许可证：</em><strong>{SC_FORMULA}</strong></li>
<li><em>净含量：</em><strong>700g</strong></li>
<li><em>保质期：</em><strong>720天</strong></li>
<li><em>生产日期：</em><strong>2024-09-18</strong></li></ul></div>
<div class="mod_recommend"><h3>购买此商品的顾客也购买了</h3><ul>
<li>今麦郎 方便面 5连包 许可证 {SC_NOODLE_REC}</li><li>伊利 金领冠 2段 GB 10766-2021</li></ul></div>
<div class="foot">纽海信息技术(上海)有限公司 沪ICP备13044278号 食品经营许可证 JY13101150056789</div>
</body></html>""", ["GB 10767"], [["sc", SC_FORMULA]], "gbk"),
    # -- 当当 baby goods: a 商品详情 table of th/td in four columns, books in the 'also bought' strip -------------
    ("dangdang_detailtable__stroller", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>好孩子 gb 婴儿推车 轻便折叠 可坐可躺 D850-当当网</title></head><body>
<div class="dd_header">当当 | 我的订单 | 购物车</div>
<div class="name_info" ddt-area="001"><h1 title="好孩子婴儿推车">好孩子（gb）婴儿推车 轻便折叠可坐可躺 高景观避震 D850</h1>
<h2><span class="head_title_name">双向推行 一键收车 适用0-36个月</span></h2></div>
<div class="price_info"><p id="dd-price"><span class="yen">¥</span>1299.00</p></div>
<div class="pro_content" id="detail"><table class="detail-tbl">
<tr><th>品牌</th><td>好孩子</td><th>型号</th><td>D850</td></tr>
<tr><th>适用年龄</th><td>0-36个月</td><th>承重</th><td>≤15kg</td></tr>
<tr><th>产品执行标准</th><td>GB 14748-2006 儿童推车安全要求</td><th>CCC编号</th><td>2019012101183456</td></tr>
<tr><th>展开尺寸</th><td>86×54×104cm</td><th>重量</th><td>6.8kg</td></tr></table>
<p class="tips">温馨提示：自2007年起婴儿推车须符合强制性国家标准并通过3C认证。</p></div>
<div class="buy_together"><h3>购买本商品的顾客还买过</h3><ul>
<li><a href="//product.dangdang.com/29123456.html">《育儿百科》 ISBN：9787530487654 定价：68.00</a></li>
<li><a href="//product.dangdang.com/11223344.html">宝宝好 婴儿推车 C3 执行标准 GB 14748-2006 3C：2020012101090909</a></li></ul></div>
<div class="comment_list"><div class="item"><p>物流很快，快递单号 YT7456123098765 已签收</p></div></div>
<div class="footer">北京当当网信息技术有限公司 京ICP证041189号 出版物经营许可证 新出发京批字第直0673号</div>
</body></html>""", ["GB 14748-2006"], [["ccc", "2019012101183456"]], "utf-8"),
    ("dangdang_bullets__diapers", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>花王 妙而舒 纸尿裤 L54片-当当网</title></head><body>
<div class="name_info"><h1>花王（Merries）妙而舒 纸尿裤 L54片（9-14kg）国产版</h1></div>
<div class="price_info"><p id="dd-price"><span class="yen">¥</span>109.00</p></div>
<div class="describe" id="feature"><div class="mall_title">产品特色</div>
<p>● 透气表层，三层结构吸收</p>
<p>● 产品标准：GB/T 28004.1-2021 纸尿裤 第1部分：婴儿纸尿裤</p>
<p>● 卫生标准：GB 15979-2002 一次性使用卫生用品卫生标准</p>
<p>● 规格：L码 54片，适合体重9-14kg</p>
<p>● 生产日期：见包装，有效期三年</p></div>
<div class="describe" id="qa"><div class="mall_title">问答</div>
<dl><dt>问：和日本产的有什么区别？</dt><dd>答：日本版执行的是 JIS 标准，国产版执行 GB/T 28004-2011 的旧版时就已经上市了。</dd></dl></div>
<div class="recommend"><h3>猜你喜欢</h3><ul><li>帮宝适 一级帮 拉拉裤 XL36 GB/T 28004.2-2021</li>
<li>《婴儿护理全书》 ISBN 978-7-5714-1234-5</li></ul></div>
<div class="footer">当当网 京ICP证041189号 客服电话 400-106-6666</div>
</body></html>""", ["GB/T 28004.1-2021", "GB 15979-2002"], [], "utf-8"),
    # -- 京东到家: a mobile H5 page; the facts sit in a 'goods-info' list of label/value divs ----------------------
    ("jddaojia_h5__yogurt", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>京东到家-光明 如实 发酵乳 原味 135g*8</title></head><body>
<div class="store-head"><span class="store-name">永辉超市（徐汇店）</span><span class="dist">1.2km | 最快30分钟送达</span></div>
<div class="goods-main"><div class="goods-name">光明 如实 原味发酵乳 135g*8杯 无添加剂</div>
<div class="goods-price"><span class="now">¥25.8</span><span class="old">¥32.9</span><span class="sold">月售 1000+</span></div></div>
<div class="goods-info"><div class="gi-title">商品信息</div>
<div class="gi-row"><div class="gi-label">产地</div><div class="gi-val">上海</div></div>
<div class="gi-row"><div class="gi-label">储存条件</div><div class="gi-val">2-6℃冷藏</div></div>
<div class="gi-row"><div class="gi-label">保质期</div><div class="gi-val">21天</div></div>
<div class="gi-row"><div class="gi-label">产品标准号</div><div class="gi-val">GB19302</div></div>
<div class="gi-row"><div class="gi-label">生产许可证</div><div class="gi-val">{SC_YOGURT}</div></div>
<div class="gi-row"><div class="gi-label">配料</div><div class="gi-val">生牛乳、保加利亚乳杆菌、嗜热链球菌</div></div>
<div class="gi-row"><div class="gi-label">商品条码</div><div class="gi-val">6901209210123</div></div></div>
<div class="store-qual"><div class="gi-title">门店资质</div><p>食品经营许可证：JY13101040012345</p><p>营业执照：91310104MA1FR0XY2A</p></div>
<div class="more-goods"><div class="mg-item">光明 优倍 鲜牛奶 950ml <span>¥15.9</span></div><div class="mg-item">蒙牛 纯甄 200g*10 <span>¥39.9</span></div></div>
</body></html>""", ["GB 19302"], [["sc", SC_YOGURT]], "utf-8"),
    # -- 盒马: an app-share page; the facts come in a JSON blob in a <script> (props.itemDetail) -----------------
    ("hema_appshare__dumplings", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>盒马 荠菜猪肉大馄饨 420g</title></head><body>
<div id="root"><div class="share-card"><img src="//img.alicdn.com/imgextra/i4/6000000001234/O1CN01ab3456_!!6000000001234-0-hema.jpg">
<div class="t">盒马 荠菜猪肉大馄饨 420g（20只）</div><div class="p">¥19.9</div><a class="open">打开盒马APP查看更多</a></div></div>
<script>window.__HEMA_SHARE__ = {{"props": {{"itemDetail": {{"itemId": "710234567890", "title": "盒马 荠菜猪肉大馄饨 420g",
"price": "19.90", "skuId": "5123456789012", "barcode": "6973541234019",
"properties": [{{"name": "品牌", "value": "盒马"}}, {{"name": "储藏方法", "value": "-18℃以下冷冻保存"}},
{{"name": "产品标准号", "value": "GB 19295-2021"}}, {{"name": "生产许可证编号", "value": "{SC_DUMPLING}"}},
{{"name": "配料表", "value": "小麦粉、猪肉、荠菜、饮用水、大豆油、食用盐、味精、白砂糖（食品添加剂的使用符合GB 2760-2014）"}},
{{"name": "保质期", "value": "12个月"}}, {{"name": "生产日期", "value": "2024-11-02"}}],
"shop": {{"name": "盒马鲜生", "license": "食品经营许可证 JY13101150098765"}},
"recommend": [{{"title": "盒马 三鲜水饺 1kg", "props": "执行标准：SB/T 10412-2007"}}]}}}}}};</script>
</body></html>""", ["GB 19295-2021", "GB 2760-2014"], [["sc", SC_DUMPLING]], "utf-8"),
    # -- 叮咚买菜: a product sheet with <p><label>…</label><span>…</span></p>, maker's credit code among the facts --
    ("dingdong_sheet__tofu", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>叮咚买菜 | 清美 内酯豆腐 400g</title></head><body>
<header class="dd-top">叮咚买菜 · 29分钟送达 · 客服 400-100-9090</header>
<main><h1 class="goods-title">清美 内酯豆腐 400g 盒装</h1><div class="goods-sub">嫩滑细腻 凉拌火锅皆宜</div>
<div class="goods-price">¥3.59 <s>¥4.50</s></div>
<section class="goods-props"><h2>商品参数</h2>
<p><label>品牌</label><span>清美</span></p>
<p><label>执行标准</label><span>Q/HMXS0003S-2023</span></p>
<p><label>食品生产许可证编号</label><span>{SC_TOFU}</span></p>
<p><label>生产商</label><span>南京清美食品有限公司</span></p>
<p><label>生产商统一社会信用代码</label><span>{USCC_MAKER_TOFU}</span></p>
<p><label>配料</label><span>水、非转基因大豆、葡萄糖酸-δ-内酯（凝固剂）</span></p>
<p><label>标签说明</label><span>本品标签依据GB 7718-2011标注</span></p>
<p><label>规格</label><span>400g</span></p></section>
<section class="reviews"><h2>用户评价</h2><div class="rv">比GB/T 22106-2008那种非发酵豆制品的口感好，配送单号 DD20241130183309876 很快</div></section>
<section class="similar"><h2>相似商品</h2><div class="card">祖名 北豆腐 350g 执行标准 Q/ZMSP 0002S</div></section>
</main><footer>上海壹佰米网络科技有限公司 统一社会信用代码 {USCC_SHOP_DINGDONG} 沪ICP备15021412号</footer>
</body></html>""", ["Q/HMXS 0003S-2023", "GB 7718-2011"], [["sc", SC_TOFU], ["uscc", USCC_MAKER_TOFU]], "utf-8"),
    # -- 淘宝特价版: a mobile param sheet rendered as <div class="param-item"><p>label</p><p>value</p></div> ---------
    ("taobao_tejia__socks", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>淘宝特价版 - 10双装 男士中筒袜 纯棉 防臭吸汗</title></head><body>
<div class="tj-head"><span>淘宝特价版</span><span>1元包邮专区</span></div>
<div class="tj-item"><div class="tj-title">【10双装】男士中筒袜子纯棉防臭吸汗四季运动袜</div>
<div class="tj-price"><b>¥9.9</b><span>已拼 10万+ 件</span></div>
<div class="tj-sku">颜色分类：黑色5双+灰色5双 | 尺码：均码（39-44）</div></div>
<div class="param-sheet"><div class="ps-head">商品参数</div>
<div class="param-item"><p class="k">品牌</p><p class="v">南极人</p></div>
<div class="param-item"><p class="k">货号</p><p class="v">NJR-2099-10</p></div>
<div class="param-item"><p class="k">面料成分</p><p class="v">棉75% 聚酯纤维22% 氨纶3%</p></div>
<div class="param-item"><p class="k">执行标准</p><p class="v">FZ/T 73001-2016</p></div>
<div class="param-item"><p class="k">安全类别</p><p class="v">GB18401-2010 B类 直接接触皮肤</p></div>
<div class="param-item"><p class="k">尺码</p><p class="v">39-44</p></div></div>
<div class="tj-rates"><div class="rate">袜子挺厚，订单号 3782219456610234567，比上次买的 GB 18401 C类的舒服</div></div>
<div class="tj-shop">南极人袜业工厂店 | 营业执照已公示 | 店铺电话 0579-85123456</div>
</body></html>""", ["FZ/T 73001-2016", "GB 18401-2010"], [], "utf-8"),
    # -- 淘特: a 'detail-desc' free text block with 【】 headings, no parameter table at all ----------------------
    ("taote_desc__toothbrush", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>淘特 儿童牙刷 软毛 3-6-12岁 6支装</title></head><body>
<div class="tt-item"><h1>儿童牙刷软毛3-6-12岁宝宝换牙期专用 6支装</h1><p class="tt-price">¥6.8 <span>工厂直供</span></p></div>
<div class="detail-desc">
<p>【产品名称】儿童牙刷</p>
<p>【型号】KB-301（适用3-6岁） / KB-612（适用6-12岁）</p>
<p>【刷毛】杜邦软毛 0.15mm</p>
<p>【产品执行标准】GB 30002—2013《儿童牙刷》</p>
<p>【生产日期】2024年08月 【保质期】3年</p>
<p>【厂家】扬州市杭集镇某某刷业有限公司 电话 0514-87123456</p>
<p>温馨提示：本品刷毛经圆磨处理，符合国家标准要求；成人牙刷执行 GB 19342-2013，与本品不同。</p></div>
<div class="tt-other"><h3>工厂其他好货</h3><p>成人软毛牙刷 20支 ¥9.9 执行标准 QB/T 1659-2006</p></div>
</body></html>""", ["GB 30002-2013"], [], "utf-8"),
    # -- 抖音商城 product detail (not live): an SSR state in window._ROUTER_DATA with product_format groups -------
    ("douyin_state__powerstrip", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>公牛插座 新国标 1.8米 6位总控 GN-B3063 - 抖音商城</title></head><body>
<div id="root"><div class="goods-head">公牛插座新国标 1.8米 6位总控 GN-B3063</div><div class="goods-price">¥49.9</div>
<div class="shop-tag">公牛官方旗舰店 · 体验分 4.9</div></div>
<script>window._ROUTER_DATA = {"loaderData": {"product_detail": {"product_id": "3641298765432109876", "title": "公牛插座新国标 1.8米 6位总控 GN-B3063",
"min_price": 4990, "sku_code": "GN-B3063-1.8", "product_format_new": {"参数": [{"name": "品牌", "value": "公牛"},
{"name": "型号", "value": "GN-B3063"}, {"name": "线长", "value": "1.8m"}, {"name": "额定功率", "value": "2500W"},
{"name": "执行标准", "value": "GB/T 2099.1-2021，GB/T 2099.7-2015"}, {"name": "CCC认证编号", "value": "2021010202391847"}]},
"comment_preview": [{"content": "以前那个老款还是 GB 2099.1-2008 的，这个新国标的孔有保护门"}],
"shop_info": {"shop_name": "公牛官方旗舰店", "shop_license": "营业执照 913302007503032138"},
"recommend": [{"title": "公牛 USB插座 GN-U2040", "cert": "2020010202295511"}]}}};</script>
</body></html>""", ["GB/T 2099.1-2021", "GB/T 2099.7-2015"], [["ccc", "2021010202391847"]], "utf-8"),
    # -- 快团团 group-buy: a leader's text post with emoji lines, followers' orders below -------------------------
    ("kuaituantuan_post__sausage", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>快团团 · 广式腊肠 年货开团啦</title></head><body>
<div class="ktt-leader"><span class="nick">阿芳的小店（团长）</span><span class="tag">已开团 128 次</span></div>
<div class="ktt-post"><p>🔥🔥广式腊肠 年货开团啦！限时 12月01日-12月08日 🔥🔥</p>
<p>🌟 皇上皇 腊肠 500g ¥39.9 / 两包 ¥75</p>
<p>🌟 8分瘦2分肥，甜度适中，蒸饭一绝</p>
<p>📦 执行标准：GB/T 23493-2009 中式香肠</p>
<p>📦 生产许可证：{SC_SAUSAGE}</p>
<p>📦 保质期：180天 阴凉干燥处</p>
<p>🚚 顺丰冷链，下单后48小时内发货，团长微信 13826061234</p></div>
<div class="ktt-orders"><h3>跟团记录</h3>
<div class="o">跟团号 #0086 李** 买了 2 件 订单号 2412011230456789 ｜ 12-01 12:30</div>
<div class="o">跟团号 #0087 王** 买了 1 件 订单号 2412011235123456 ｜ 12-01 12:35</div></div>
<div class="ktt-other"><h3>团长其他团购</h3><p>手工腊肉 1斤 执行标准 GB 2730-2015 ¥45</p></div>
</body></html>""", ["GB/T 23493-2009"], [["sc", SC_SAUSAGE]], "utf-8"),
    # -- 微店: a 'wd-detail' page where the facts are an image-text description of <h4> + <p> pairs -------------
    ("weidian_desc__honey", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>神农架土蜂蜜 500g 农家自产 - 微店</title></head><body>
<div class="wd-shop"><span class="shop-name">神农架老杨蜂场</span><span>微店认证 · 信誉 5钻</span></div>
<div class="wd-item"><h1>神农架土蜂蜜 农家自产百花蜜 500g 玻璃瓶装</h1><div class="wd-price">¥68.00</div><div class="wd-stock">库存 236 件 · 已售 1538</div></div>
<div class="wd-detail">
<h4>产品信息</h4><p>品名：百花蜂蜜　净含量：500g　产地：湖北神农架</p>
<h4>执行标准</h4><p>GB 14963-2011 食品安全国家标准 蜂蜜</p>
<h4>生产许可</h4><p>生产许可证编号 {SC_HONEY}（分装厂：武汉某某蜂业有限公司）</p>
<h4>储存</h4><p>常温密封保存，低于10℃可能结晶，属正常现象</p>
<h4>店主说</h4><p>有朋友问是不是按 GH/T 18796-2012 的等级蜜，我们是农家蜜不分级哈。</p></div>
<div class="wd-cert"><p>店铺主体：武汉某某商贸有限公司 统一社会信用代码 {USCC_SHOP_WEIDIAN}</p>
<p>食品经营许可证 JY14201060123457</p></div>
<div class="wd-recommend"><p>同店：土鸡蛋 30枚 ¥49.9 · 野生葛根粉 500g 执行标准 Q/SNJ 0001S-2021</p></div>
</body></html>""", ["GB 14963-2011"], [["sc", SC_HONEY]], "utf-8"),
    # -- 有赞: a SaaS shop page; the params come as a 'goods-attr' table under the rich text ----------------------
    ("youzan_goods__helmet", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>野马 电动车头盔 3C认证 新国标 A类 - 有赞</title></head><body>
<div class="van-nav-bar"><div class="van-nav-bar__title">商品详情</div></div>
<div class="goods-header"><h2 class="goods-header__title">野马 电动车头盔 新国标3C认证 四季通用半盔 A类</h2>
<div class="goods-header__price">¥89.00 <span class="origin">¥129.00</span></div>
<div class="goods-header__sub">运费 ¥0 · 剩余 312 · 销量 2078</div></div>
<div class="goods-detail"><div class="custom-richtext"><p>四季通用 透气内衬可拆洗 头围54-61cm可调</p>
<p><img src="https://img01.yzcdn.cn/upload_files/2024/03/11/FmD3k2YzNTQ1ODc0MjU.jpg"></p></div>
<table class="goods-attr"><tr><td>品牌</td><td>野马</td></tr>
<tr><td>型号</td><td>YM-811A</td></tr>
<tr><td>头围</td><td>54-61cm</td></tr>
<tr><td>产品标准</td><td>GB 811-2022（A类）</td></tr>
<tr><td>强制认证</td><td>CCC 2023011120044381</td></tr>
<tr><td>重量</td><td>约 480g</td></tr></table></div>
<div class="goods-reviews"><p>买家：收到了，内衬上印着 GB 811-2010 字样是老款吗？</p><p>商家回复：亲，老款标签已更换，现行为 GB 811-2022，您的订单 E20241128093012345678 可以退换哦</p></div>
<div class="shop-info">深圳市野马骑行用品有限公司 营业执照 {USCC_SHOP_YOUZAN} | 有赞提供技术支持</div>
</body></html>""", ["GB 811-2022"], [["ccc", "2023011120044381"]], "utf-8"),
    # -- Shopify-like cross-border shop: JSON-LD with hasCertification and additionalProperty, bilingual ---------
    ("xshop_jsonld__ebike", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Aima A500 Electric Bicycle 48V | 爱玛电动自行车 – VoltRide Store</title>
<script type="application/ld+json">{"@context": "https://schema.org/", "@type": "Product",
"name": "Aima A500 Electric Bicycle 48V 爱玛电动自行车", "sku": "AIMA-A500-48V", "mpn": "TDT1201Z", "gtin13": "6972345600123",
"brand": {"@type": "Brand", "name": "Aima 爱玛"},
"hasCertification": [{"@type": "Certification", "name": "CCC 中国强制性产品认证", "certificationIdentification": "2024011119012345",
  "issuedBy": {"@type": "Organization", "name": "China Quality Certification Centre"}}],
"additionalProperty": [{"@type": "PropertyValue", "name": "Standard 执行标准", "value": "GB 17761-2024"},
  {"@type": "PropertyValue", "name": "Battery standard 电池标准", "value": "GB 43854-2024"},
  {"@type": "PropertyValue", "name": "Max speed", "value": "25 km/h"},
  {"@type": "PropertyValue", "name": "Battery", "value": "48V 24Ah lithium"}],
"offers": {"@type": "Offer", "price": "3299.00", "priceCurrency": "CNY", "availability": "https://schema.org/InStock",
  "seller": {"@type": "Organization", "name": "VoltRide Trading Co., Ltd."}}}</script></head><body>
<header class="site-header"><a href="/">VoltRide</a><nav><a href="/collections/all">Shop</a><a href="/pages/contact">Contact</a></nav></header>
<main class="product"><h1 class="product__title">Aima A500 Electric Bicycle 48V 爱玛电动自行车</h1>
<div class="price">¥3,299.00 CNY</div>
<div class="product__description rte"><p>Complies with the new national standard. 符合新国标，最高车速25km/h，整车质量≤55kg。</p>
<p>Frame no. sample: LA9AM0A5XR1234567 (for illustration only)</p></div></main>
<section class="related-products"><h2>You may also like</h2><ul>
<li class="card"><span>Yadea DE3 e-bike</span><span>GB 17761-2018 · CCC 2019011119000777</span></li>
<li class="card"><span>Helmet H1</span><span>GB 811-2022</span></li></ul></section>
<footer><p>© 2024 VoltRide Trading Co., Ltd. · Order tracking: enter your order no. (e.g. #VR100234)</p></footer>
</body></html>""", ["GB 17761-2024", "GB 43854-2024"], [["ccc", "2024011119012345"]], "utf-8"),
    ("xshop_jsonld__serum", """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>La Roche-Posay 理肤泉 B5 修复精华 30ml – GlowBox Global</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
{"@type": "Organization", "name": "GlowBox Global Ltd", "url": "https://glowbox.example"},
{"@type": "Product", "name": "La Roche-Posay Cicaplast B5 Serum 30ml 理肤泉B5修复精华",
 "gtin13": "3337875747123", "sku": "LRP-B5-30",
 "brand": {"@type": "Brand", "name": "La Roche-Posay"},
 "hasCertification": {"@type": "Certification", "name": "进口普通化妆品备案", "certificationIdentification": "国妆网备进字（沪）2023001234"},
 "additionalProperty": [{"@type": "PropertyValue", "name": "Origin 产地", "value": "France 法国"},
  {"@type": "PropertyValue", "name": "Volume", "value": "30ml"},
  {"@type": "PropertyValue", "name": "PAO", "value": "12M"}],
 "offers": {"@type": "Offer", "price": "289", "priceCurrency": "CNY"}}]}</script></head><body>
<main><h1>理肤泉 B5 修复精华 30ml</h1><p class="price">¥289.00</p>
<div class="rte"><p>Made in France. 中文标签随货附上，备案信息可在国家药监局化妆品备案平台查询。</p>
<p>Ingredients: Aqua, Panthenol, Glycerin, Madecassoside...</p></div></main>
<section class="recently-viewed"><h2>Recently viewed</h2>
<div class="card">薇诺娜 舒敏保湿特护霜 50g · 滇G妆网备字2021001122</div>
<div class="card">安耐晒 金瓶 防晒乳 · 国妆特进字J20190456</div></section>
<footer>GlowBox Global Ltd · Hong Kong · Customer service: +852 3000 1234</footer>
</body></html>""", [], [["cosmetics", "国妆网备进字(沪)2023001234"]], "utf-8"),
    ("xshop_jsonld__earbuds", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>SoundPeak Air 3 Wireless Earbuds – SoundPeak Official</title>
<script type="application/ld+json">{"@context": "https://schema.org/", "@type": "Product", "name": "SoundPeak Air 3 Wireless Earbuds",
"model": "SP-A3", "sku": "SPA3-BLK", "gtin13": "6975512340018",
"hasCertification": [
 {"@type": "Certification", "name": "FCC", "certificationIdentification": "2AXYZ-SPA3"},
 {"@type": "Certification", "name": "CE", "certificationIdentification": "CE-RED-2023-0912"},
 {"@type": "Certification", "name": "China Compulsory Certification (CCC)", "certificationIdentification": "2023010805612390"}],
"additionalProperty": [
 {"@type": "PropertyValue", "name": "Safety standard", "value": "GB 4943.1-2022"},
 {"@type": "PropertyValue", "name": "Battery safety", "value": "GB 31241-2022"},
 {"@type": "PropertyValue", "name": "Bluetooth", "value": "5.3"},
 {"@type": "PropertyValue", "name": "Battery capacity", "value": "40mAh x2 + 400mAh case"}],
"offers": {"@type": "Offer", "price": "59.99", "priceCurrency": "USD"}}</script></head><body>
<main><h1>SoundPeak Air 3 Wireless Earbuds</h1><p class="price">$59.99 USD</p>
<ul class="features"><li>Up to 30 hours with case</li><li>IPX5 sweat resistant</li><li>Model SP-A3, 4.2 g per bud</li></ul>
<div class="reviews"><p>"Works fine. My old pair was only tested to GB 8898-2011." – Ken, order #SP-20240911-5521</p></div></main>
<section class="upsell"><h3>Frequently bought together</h3><p>SoundPeak Charge 20 power bank · CCC 2022010911778899 · GB 31241-2022</p></section>
</body></html>""", ["GB 4943.1-2022", "GB 31241-2022"], [["ccc", "2023010805612390"]], "utf-8"),
    # -- 阿里国际站 (alibaba.com): English B2B page, 'Key attributes' table plus the supplier's verified box ------
    ("alibaba_intl__cable", f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>BV 2.5mm2 Copper Building Wire PVC Insulated 450/750V - Buy on Alibaba.com</title></head><body>
<div class="product-title"><h1>BV 2.5mm2 Solid Copper Building Wire PVC Insulated 450/750V 100m/roll</h1></div>
<div class="price-list"><div class="price-item"><span>500 - 1999 rolls</span><span>$18.50</span></div><div class="price-item"><span>&gt;= 2000 rolls</span><span>$17.20</span></div></div>
<div class="do-entry-list"><h3>Key attributes</h3><table class="attr-table">
<tr><td class="attr-name">Place of Origin</td><td class="attr-value">Zhejiang, China</td></tr>
<tr><td class="attr-name">Brand Name</td><td class="attr-value">DELIXI</td></tr>
<tr><td class="attr-name">Model Number</td><td class="attr-value">BV-2.5-450/750</td></tr>
<tr><td class="attr-name">Standard</td><td class="attr-value">GB/T 5023.3-2008 (IEC 60227-3)</td></tr>
<tr><td class="attr-name">Certification</td><td class="attr-value">CCC No. 2020010105329876, CE, RoHS</td></tr>
<tr><td class="attr-name">Conductor</td><td class="attr-value">Class 1 solid copper, 1x2.5mm2</td></tr>
<tr><td class="attr-name">HS Code</td><td class="attr-value">8544492100</td></tr></table></div>
<div class="supplier-card"><h3>Zhejiang Yueqing Hongda Cable Co., Ltd.</h3><p>Verified Supplier · 12 yrs · CN</p>
<p>Business license: {USCC_SUPPLIER_CABLE} · Main markets: Southeast Asia 40%</p><p>Tel: +86-577-6212 3456</p></div>
<div class="recommend-list"><h3>Similar products</h3><div class="card">RVV 3x1.5mm2 flexible cable GB/T 5023.5-2008 CCC 2019010105001234</div></div>
</body></html>""", ["GB/T 5023.3-2008"], [["ccc", "2020010105329876"]], "utf-8"),
    # -- 慧聪网 (hc360): Chinese B2B, a 'd-vopy' parameter table with a production licence -------------------------
    ("hc360_params__wire", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>【熊猫电线 BVR 4平方 铜芯多股软线】价格_厂家 - 慧聪网</title></head><body>
<div class="hc-top">慧聪网 | 买家服务 | 卖家中心 | 客服 400-6360-888</div>
<div class="d-title"><h1>熊猫电线 BVR 4平方 国标铜芯多股软线 100米</h1><p>起订量：10卷 | 供货总量：50000卷 | 发货期限：3天内</p></div>
<div class="d-vopy"><table><caption>详细参数</caption>
<tr><th>品牌</th><td>熊猫</td><th>型号</th><td>BVR-4</td></tr>
<tr><th>导体材质</th><td>无氧铜</td><th>额定电压</th><td>450/750V</td></tr>
<tr><th>执行标准</th><td>GB/T5023.3-2008</td><th>全国工业产品生产许可证</th><td>XK06-001-00517</td></tr>
<tr><th>3C证书</th><td>2019010105227731</td><th>长度</th><td>100m±0.5m</td></tr></table></div>
<div class="company-box"><p>南京熊猫电线电缆有限公司 · 慧聪第8年 · 营业执照已认证</p><p>电话：025-5212 3456 手机：13905141234</p></div>
<div class="d-news"><h3>行业资讯</h3><p>新版 GB/T 5023 系列标准征求意见稿发布，涉及 GB/T 5023.1-2008 的修订……</p></div>
</body></html>""", ["GB/T 5023.3-2008"], [["xk", "XK06-001-00517"], ["ccc", "2019010105227731"]], "utf-8"),
    # -- 中国制造网 (made-in-china.com): bilingual 'Basic Info.' rows, export standards alongside the Chinese ones ---
    ("madeinchina_basicinfo__blocks", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kids Magnetic Building Blocks 64PCS 儿童磁力片 - Made-in-China.com</title></head><body>
<div class="sr-proMainInfo"><h1>Kids Magnetic Building Blocks 64PCS / 儿童磁力片积木 64片</h1>
<div class="swiper-price"><span>US$ 6.20-7.80</span><span>/ Set | 500 Sets (MOQ)</span></div></div>
<div class="basic-info-list"><h2>Basic Info.</h2>
<div class="bsc-item"><div class="bac-item-label">Model NO.</div><div class="bac-item-value">MT-64B</div></div>
<div class="bsc-item"><div class="bac-item-label">Age</div><div class="bac-item-value">3+ years</div></div>
<div class="bsc-item"><div class="bac-item-label">Certification</div><div class="bac-item-value">EN71, ASTM F963, CCC</div></div>
<div class="bsc-item"><div class="bac-item-label">CCC证书编号</div><div class="bac-item-value">2022012103876541</div></div>
<div class="bsc-item"><div class="bac-item-label">执行标准 / Standard</div><div class="bac-item-value">GB6675.1-2014、GB6675.2-2014、GB6675.3-2014、GB6675.4-2014</div></div>
<div class="bsc-item"><div class="bac-item-label">Package</div><div class="bac-item-value">Color box 38x28x8cm</div></div>
<div class="bsc-item"><div class="bac-item-label">HS Code</div><div class="bac-item-value">9503008900</div></div></div>
<div class="com-info"><p>Shantou Chenghai Meitai Toys Co., Ltd. · Audited Supplier · Tel 86-754-8581 2345</p></div>
<div class="related-pro"><h3>Related Products</h3><p>Magnetic sticks 100PCS · GB 6675.1-2014 · CCC 2021012103001122</p></div>
</body></html>""", ["GB 6675.1-2014", "GB 6675.2-2014", "GB 6675.3-2014", "GB 6675.4-2014"], [["ccc", "2022012103876541"]], "utf-8"),
    # -- a brand's own official site: a product page with a spec accordion and the company's licences below ----
    ("brandsite_spec__ricecooker", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>苏泊尔 球釜IH电饭煲 SF40HC750 4L - 苏泊尔官网</title></head><body>
<nav class="top-nav"><a href="/">首页</a><a href="/products/kitchen">厨房电器</a><a href="/service">服务中心</a></nav>
<section class="prod-hero"><h1>球釜IH电饭煲 SF40HC750</h1><p class="slogan">鲜呼吸 · 球釜内胆 · 4L 适用3-8人</p><p class="msrp">建议零售价 ¥699</p></section>
<section class="accordion"><button class="acc-head">技术规格</button><div class="acc-body"><ul class="spec">
<li><span>产品型号</span><b>SF40HC750</b></li><li><span>额定功率</span><b>1100W</b></li>
<li><span>额定容量</span><b>4.0L</b></li><li><span>产品尺寸</span><b>386×284×266mm</b></li>
<li><span>依据标准</span><b>GB 4706.1-2005、GB 4706.19-2008、GB 12021.6-2017</b></li>
<li><span>CCC认证</span><b>2022010719501234</b></li>
<li><span>能效等级</span><b>2级</b></li></ul></div>
<button class="acc-head">包装清单</button><div class="acc-body"><p>主机×1、蒸笼×1、饭勺×1、量杯×1、说明书×1</p></div></section>
<section class="service-faq"><h3>常见问题</h3><p>问：老款 CFXB40FC8055 的内胆符合什么标准？答：该款内胆涂层符合 GB 4806.10-2016，本款见技术规格。</p></section>
<section class="more"><h3>同系列产品</h3><div class="card">SF50HC751 5L ¥799</div><div class="card">CFXB40FC8055-75 4L ¥399</div></section>
<footer>浙江苏泊尔股份有限公司 统一社会信用代码 {USCC_BRAND} 浙ICP备05027653号-1 服务热线 400-6186-999</footer>
</body></html>""", ["GB 4706.1-2005", "GB 4706.19-2008", "GB 12021.6-2017"], [["ccc", "2022010719501234"]], "utf-8"),
    # -- 政府采购 e-mall: an item page of a 电子卖场 with agreement and catalogue numbers -------------------------
    ("govmall_item__laptop", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>联想 昭阳K4e 14英寸 i5-1335U 16G 512G - 政府采购电子卖场</title></head><body>
<div class="gm-head">XX省政府采购电子卖场 | 采购人登录 | 供应商登录 | 监督举报 0791-8888 1234</div>
<div class="gm-item"><h1>联想（Lenovo）昭阳K4e 14英寸商用笔记本 i5-1335U/16G/512G SSD/集显</h1>
<table class="gm-base"><tr><td>商品编号</td><td>1000234567</td><td>协议编号</td><td>GPA-2024-JX-0345</td></tr>
<tr><td>品目</td><td>A02010105 便携式计算机</td><td>协议价</td><td>¥4,650.00</td></tr>
<tr><td>供应商</td><td>江西某某信息技术有限公司</td><td>节能/环保</td><td>是（政府采购节能产品品目清单）</td></tr></table></div>
<div class="gm-params"><h3>技术参数</h3><table>
<tr><td>CPU</td><td>Intel Core i5-1335U</td></tr><tr><td>内存</td><td>16GB DDR4 3200</td></tr>
<tr><td>硬盘</td><td>512GB PCIe SSD</td></tr><tr><td>屏幕</td><td>14英寸 1920×1080</td></tr>
<tr><td>国家标准</td><td>GB/T 9813.2-2016</td></tr>
<tr><td>安全认证</td><td>CCC（证书号 2023010902551234），符合 GB 4943.1-2022</td></tr>
<tr><td>电磁兼容</td><td>GB/T 9254.1-2021 Class B</td></tr>
<tr><td>质保</td><td>3年上门</td></tr></table></div>
<div class="gm-deal"><h3>成交记录</h3><p>采购单号 CG202411280012 XX县教育局 10台 2024-11-28</p></div>
</body></html>""", ["GB/T 9813.2-2016", "GB 4943.1-2022", "GB/T 9254.1-2021"], [["ccc", "2023010902551234"]], "utf-8"),
    # -- second-hand electronics: a 转转/爱回收-style inspection report, IMEI and serial numbers ------------------
    ("secondhand_report__iphone", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>【95新】Apple iPhone 13 128GB 午夜色 国行 - 二手优品</title></head><body>
<div class="sh-head"><h1>【95新】iPhone 13 128GB 午夜色 国行 全网通</h1><p class="price">¥2,458 <span>新机价 ¥5,199</span></p></div>
<div class="inspect-report"><h3>官方质检报告（68项）</h3><ul>
<li><span>型号</span><span>A2634</span></li><li><span>IMEI</span><span>356789104567893</span></li>
<li><span>序列号</span><span>F2LXK0ABCD12</span></li><li><span>存储</span><span>128GB</span></li>
<li><span>电池健康</span><span>88%</span></li><li><span>保修</span><span>已过保（激活日期 2022-03-15）</span></li>
<li><span>网络制式</span><span>5G 全网通</span></li>
<li><span>3C认证</span><span>2021011606432178（机身铭牌与原厂一致）</span></li>
<li><span>进网许可</span><span>02-B451-212345</span></li></ul></div>
<div class="sh-service"><p>质检编号 QC2411300456789 · 7天无理由 · 顺丰单号 SF1456789012345</p></div>
<div class="sh-more"><h3>相似好物</h3><p>iPhone 12 64GB 9成新 ¥1,699 · IMEI 353012118765430</p></div>
</body></html>""", [], [["ccc", "2021011606432178"]], "utf-8"),
    # -- 小红书商城: a note-style product page; the params sit in a 'goods-params' swiper of cells ----------------
    ("xiaohongshu_params__puzzle", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>小红书商城 | 弥鹿 儿童木质拼图 交通工具 3-6岁</title></head><body>
<div class="goods-top"><h1 class="goods-name">弥鹿 MiDeer 儿童木质拼图 交通工具 6合1 3-6岁 早教玩具</h1>
<div class="goods-price"><span class="sale">¥59</span><span class="tag">包邮 · 7天无理由</span></div></div>
<div class="goods-params"><div class="cell"><div class="cell-t">品牌</div><div class="cell-v">弥鹿</div></div>
<div class="cell"><div class="cell-t">货号</div><div class="cell-v">MD3051</div></div>
<div class="cell"><div class="cell-t">适用年龄</div><div class="cell-v">3岁以上</div></div>
<div class="cell"><div class="cell-t">材质</div><div class="cell-v">椴木多层板 水性漆</div></div>
<div class="cell"><div class="cell-t">3C证书编号</div><div class="cell-v">2021012106123459</div></div>
<div class="cell"><div class="cell-t">执行标准</div><div class="cell-v">GB 6675.1-2014 GB 6675.2-2014 GB 6675.3-2014 GB 6675.4-2014 GB/T 26701-2011</div></div></div>
<div class="notes-feed"><h3>相关笔记</h3><div class="note"><p>对比了好几家，另一家的拼图只写了 GB 6675-2003 老标准，果断选了这个～</p><span>♥ 1.2万</span></div></div>
<div class="shop-bar">弥鹿官方旗舰店 · 粉丝 28.6万 · 客服 400-820-1234</div>
</body></html>""", ["GB 6675.1-2014", "GB 6675.2-2014", "GB 6675.3-2014", "GB 6675.4-2014", "GB/T 26701-2011"],
     [["ccc", "2021012106123459"]], "utf-8"),
    # -- a local e-bike dealer's site, GBK bytes without any declaration, an old-standard stock clearance ------
    ("dealer_gbk_undeclared__ebike", """<html><head><title>台铃电动车 超能版 TDT1523Z 特价清仓 - 南昌台铃专卖店</title></head><body>
<table width="960" border="0" align="center"><tr><td class="nav">首页 | 新车报价 | 二手车 | 维修保养 | 联系我们</td></tr></table>
<table width="960" align="center" class="pro"><tr><td colspan="2"><h2>台铃 超能版 电动自行车 TDT1523Z 清仓价 ￥2380</h2></td></tr>
<tr><td width="120">产品型号</td><td>TDT1523Z</td></tr>
<tr><td>电机功率</td><td>400W</td></tr>
<tr><td>电池</td><td>48V20Ah 铅酸</td></tr>
<tr><td>执行标准</td><td>GB17761-2018（库存车，新国标过渡期内销售）</td></tr>
<tr><td>3C证书编号</td><td>2021011119387654</td></tr>
<tr><td>整车质量</td><td>54.5kg</td></tr></table>
<table width="960" align="center" class="news"><tr><td><b>店内公告</b>：按 GB 17761-2024 生产的新车已到店，详询店长。旧车上牌请带发票及合格证。</td></tr>
<tr><td>热门车型：雅迪 冠能E8 3C 2024011119551234 ￥3999 | 爱玛 A500 ￥3299</td></tr></table>
<table width="960" align="center"><tr><td class="foot">南昌市某某电动车商行 电话：0791-86123456 手机：13907912345 赣ICP备20001234号-1</td></tr></table>
</body></html>""", ["GB 17761-2018"], [["ccc", "2021011119387654"]], "gbk"),
    # -- a legacy gb2312 product page of a power strip (an old B2C shop), declared in the meta ------------------
    ("legacy_gb2312__powerstrip", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>突破插座 TP-K406 4位 3米 -数码电器城</title></head><body>
<div id="top">数码电器城 - 正品保证 货到付款 | 热线：020-38123456</div>
<div id="pro"><h1>突破 TP-K406 四位分控插座 3米线</h1><p>本店价：<font color="red">￥36.00</font> 市场价：￥58.00</p>
<p>商品货号：DQC0008812 &nbsp; 库存：充足 &nbsp; 重量：0.45千克</p></div>
<div id="intro"><p>【产品名称】延长线插座</p><p>【规格】10A 250V~ 2500W 3×0.75平方毫米 3米</p>
<p>【执行标准】GB 2099.1-2008；GB 2099.3-2008</p><p>【认证】中国国家强制性产品认证 证书编号：2011010202501234</p>
<p>【售后】一年包换</p></div>
<div id="relate"><p>相关商品：公牛 GN-403 3C:2009010202334455 ￥45.00 | 鸿雁 ￥39.00</p></div>
<div id="foot">Copyright 2006-2012 数码电器城 粤ICP备06012345号</div>
</body></html>""", ["GB 2099.1-2008", "GB 2099.3-2008"], [["ccc", "2011010202501234"]], "gbk"),
    # -- 聚美优品-style cosmetics page: 'product_info' dl with a special-use cosmetics number ---------------------
    ("jumei_info__sunscreen", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>珀莱雅 羽感防晒霜 SPF50+ PA++++ 30g - 聚美优品</title></head><body>
<div class="deal_con"><h1>珀莱雅 羽感轻盈防晒霜 SPF50+ PA++++ 30g</h1><div class="price_box"><em>¥129</em><del>¥169</del><span>已售 8562 件</span></div></div>
<div class="product_info"><dl><dt>品牌：</dt><dd>珀莱雅 PROYA</dd></dl>
<dl><dt>规格：</dt><dd>30g</dd></dl>
<dl><dt>功效：</dt><dd>防晒 SPF50+ PA++++</dd></dl>
<dl><dt>特殊化妆品注册证编号：</dt><dd>国妆特字G20210456</dd></dl>
<dl><dt>化妆品生产许可证：</dt><dd>浙妆20160003</dd></dl>
<dl><dt>执行标准：</dt><dd>QB/T 1857—2013</dd></dl>
<dl><dt>限期使用日期：</dt><dd>2027-05-20</dd></dl></div>
<div class="koubei"><div class="k_item">用户 187****5621：和之前用的那款（国妆特字G20180321）比不油</div></div>
<div class="other_deals"><h3>聚美推荐</h3><p>自然堂 雪域精粹 面霜 · 沪G妆网备字2020012345 · ¥198</p></div>
<div class="footer">聚美优品 京ICP证100795号 客服 400-123-8888</div>
</body></html>""", ["QB/T 1857-2013"], [["cosmetics", "国妆特字G20210456"], ["cosmetics", "浙妆20160003"]], "utf-8"),
    # -- 微信小商店: a mini-program page rendered to HTML, facts as 'spu-attr' view pairs ------------------------
    ("wxshop_attrs__cleanser", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>微信小商店 - 氨基酸洁面乳 120g</title></head><body>
<view class="spu-head"><text class="spu-title">溪木源 氨基酸温和洁面乳 120g 敏感肌可用</text><text class="spu-price">¥39.90</text></view>
<view class="spu-attrs"><view class="attr"><text class="attr-k">品牌</text><text class="attr-v">溪木源</text></view>
<view class="attr"><text class="attr-k">净含量</text><text class="attr-v">120g</text></view>
<view class="attr"><text class="attr-k">备案编号</text><text class="attr-v">粤G妆网备字2023135678</text></view>
<view class="attr"><text class="attr-k">生产企业</text><text class="attr-v">广州某某化妆品有限公司</text></view>
<view class="attr"><text class="attr-k">生产许可证号</text><text class="attr-v">粤妆20170234</text></view>
<view class="attr"><text class="attr-k">产品标准</text><text class="attr-v">GB/T 29680-2013</text></view>
<view class="attr"><text class="attr-k">使用期限</text><text class="attr-v">3年</text></view></view>
<view class="shop-qual"><text>店铺资质：广州某某贸易有限公司 营业执照 91440101MA5CXY1234 | 客服 020-2912 3456</text></view>
<view class="rec"><text>你可能还喜欢：溪木源 山茶花面霜 粤G妆网备字2022098765 ¥89</text></view>
</body></html>""", ["GB/T 29680-2013"], [["cosmetics", "粤G妆网备字2023135678"], ["cosmetics", "粤妆20170234"]], "utf-8"),
    # -- a pharmacy (阿里健康大药房-style) contact-lens page, a class III registration ---------------------------
    ("pharmacy_regtable__lens", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>海昌 隐形眼镜 月抛 2片装 - 阿里健康大药房</title></head><body>
<div class="drug-head"><h1>海昌（HYDRON）新能 月抛型软性亲水接触镜 2片装 -3.00</h1><p class="price">¥49.00</p>
<p class="rx-tip">医疗器械请仔细阅读说明书或在医务人员指导下购买和使用</p></div>
<table class="reg-table"><tr><td>产品名称</td><td>软性亲水接触镜</td></tr>
<tr><td>注册证编号</td><td>国械注准20193160457</td></tr>
<tr><td>注册人</td><td>海昌隐形眼镜有限公司</td></tr>
<tr><td>型号规格</td><td>基弧8.6mm 直径14.0mm 度数-0.50D～-8.00D</td></tr>
<tr><td>产品标准</td><td>GB 11417.2-2012</td></tr>
<tr><td>有效期</td><td>5年</td></tr>
<tr><td>医疗器械网络交易服务第三方平台备案凭证</td><td>（浙）网械平台备字〔2018〕第00004号</td></tr></table>
<div class="shop-qual"><p>药品网络销售备案 · 药品经营许可证 浙AA5710123 · 第二类医疗器械经营备案 浙杭食药监械经营备20180123号</p></div>
<div class="rec"><p>博士伦 清朗 日抛 30片 国械注进20163162345 ¥109</p></div>
</body></html>""", ["GB 11417.2-2012"], [["medical_device", "国械注准20193160457"]], "utf-8"),
    # -- the same pharmacy, a class I device (filed, not registered): 医用棉签 ---------------------------------
    ("pharmacy_regtable__swabs", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>稳健 医用棉签 无菌 10支*20包 - 阿里健康大药房</title></head><body>
<div class="drug-head"><h1>稳健（winner）医用棉签 无菌 10支/包 ×20包</h1><p class="price">¥16.90</p></div>
<table class="reg-table"><tr><td>产品名称</td><td>医用棉签</td></tr>
<tr><td>备案凭证编号</td><td>粤深械备20210567号</td></tr>
<tr><td>备案人</td><td>稳健医疗用品股份有限公司</td></tr>
<tr><td>规格</td><td>10支/包，长度 7.5cm</td></tr>
<tr><td>灭菌方式</td><td>环氧乙烷灭菌</td></tr>
<tr><td>生产日期</td><td>2024-06-11 有效期至 2027-06-10</td></tr></table>
<div class="qa"><p>问：是不是和医用口罩一样要注册？答：棉签属于第一类医疗器械，实行备案管理；医用外科口罩是二类，需注册证（如 鄂械注准20202140123）。</p></div>
<div class="shop-qual"><p>药品经营许可证 浙AA5710123 · 客服 400-811-0000</p></div>
</body></html>""", [], [["medical_device", "粤深械备20210567"]], "utf-8"),
    # -- a tea shop's old GBK page, undeclared, with an SC whose check digit does not compute -----------------
    ("teashop_gbk_undeclared__oolong", f"""<html><head><title>安溪铁观音 浓香型 250g 礼盒装 - 茗香茶行</title></head><body>
<div class="top">茗香茶行 · 安溪源头茶厂直供 · 咨询电话 0595-23212345</div>
<div class="goods"><h1>安溪铁观音 浓香型 一级 250g 礼盒装</h1><p>售价：￥168.00 会员价：￥150.00</p></div>
<div class="info"><ul>
<li>品名：铁观音（乌龙茶）</li><li>等级：一级</li><li>产地：福建安溪</li>
<li>执行标准：GB/T 30357.2-2013</li>
<li>生产许可证编号：{SC_BAD_CHECK}</li>
<li>净含量：250g（8g×31泡）</li><li>生产日期：2024年10月</li></ul></div>
<div class="note">本店另售 正山小种 执行标准 GB/T 13738.2-2017 生产许可证 {SC_TEA}</div>
<div class="foot">泉州市安溪县某某茶叶商行 闽ICP备12012345号</div>
</body></html>""", ["GB/T 30357.2-2013"], [["sc", SC_BAD_CHECK]], "gbk"),
    # -- Suning second page: a gas hob, the 参数 in a dl 'param-box' with a tips row --------------------------
    ("suning_parambox__gashob", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>方太(FOTILE) 燃气灶 JZT-TH29B 天然气 嵌入式-苏宁易购</title></head><body>
<div class="proinfo-main"><h1 id="itemDisplayName">方太(FOTILE) 燃气灶 5.2kW 一级能效 天然气 嵌入式双灶 JZT-TH29B</h1>
<div class="mainprice"><i>¥</i>2199<span>.00</span></div></div>
<div class="param-box"><h3>规格参数</h3>
<dl><dt>品牌</dt><dd>方太</dd></dl>
<dl><dt>型号</dt><dd>JZT-TH29B</dd></dl>
<dl><dt>气源</dt><dd>天然气（12T）</dd></dl>
<dl><dt>热负荷</dt><dd>5.2kW</dd></dl>
<dl><dt>热效率</dt><dd>≥68%</dd></dl>
<dl><dt>执行标准</dt><dd>GB 16410-2020 / GB 30720-2014</dd></dl>
<dl class="tips"><dt>温馨提示</dt><dd>燃气灶具属CCC认证目录（2020年起），证书编号：2020012301005678</dd></dl>
<dl><dt>开孔尺寸</dt><dd>650×350mm</dd></dl></div>
<div class="consult-list"><dl><dt>问：和 GB 16410-2007 的老灶比安全吗？</dt><dd>答：新标准增加了熄火保护要求。</dd></dl></div>
<div class="footer">苏ICP备10207551号 客服 95177</div>
</body></html>""", ["GB 16410-2020", "GB 30720-2014"], [["ccc", "2020012301005678"]], "utf-8"),
]


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, page, standards, certificates, encoding in PAGES:
        (OUT / f"{name}.html").write_bytes(page.encode(encoding))
        (OUT / f"{name}.json").write_text(
            json.dumps({"standards": standards, "certificates": certificates}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
