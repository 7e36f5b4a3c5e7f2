"""The seventh held-out set (``python -m tests.extractors.heldout.write_heldout7``), written for issue 5's done-when
after the speed work and the listing-field columns were finished, and scored once before any change.

Unlike sets 1-6 (generated from one item table through layout functions), every page here is written out by hand
as a whole page after the shape of a real platform (JD 规格与包装 ``dl``, Tmall ``Attrs--attr`` spans and
``J_AttrUL``, 1688 attribute tables with the supplier's company box, Pinduoduo ``window.rawData``, a cross-border
schema.org shop, a GBK legacy table page, WeChat articles, running text only) or of a shape invented to be
realistic (a live-shop mobile attribute grid, a spec grid of ``dl``, a phone listing with no standard at all).
The expected claims beside each page are what the page itself says this product claims, written by hand, never
by running the extractors: codes and numbers in other items' cards, reviews, the shop's own licences, sizes,
model numbers, barcodes, IMEIs, phone and order numbers are hard negatives and expected absent. A telecom
network-access licence (进网许可证, type ``other``) is outside the claims contract, as in ../shared/realworld, and
is not expected.
Pages go to heldout/pages7 (one GBK page is written in GBK).
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.extractors.heldout.write_heldout import sc

OUT = Path(__file__).resolve().parent / "pages7"

FOOTER = ('<div class="footer"><p>Copyright © 2024 某某商城 版权所有 浙ICP备12345678号-1 '
          '浙公网安备33010602001234号</p><p>客服热线：400-860-0000</p></div>')

SC_NUTS = sc("1163401120012")
SC_MILK = sc("1064403061234")
SC_RICE = sc("1013205810023")
SC_SNACK = sc("1164309280045")
SC_SAUCE = sc("1034406060078")
SC_LIQUOR = sc("1155205250001")
SC_TISSUE_REC = sc("1233100200001")  # in a recommended item's card only

PAGES: list[tuple[str, str, list[str], list[list[str]], str]] = [
    # -- JD 规格与包装: dl per parameter inside Ptable-item groups, a tips dd, a "看了又看" column -----------------
    ("jd_ptable__downjacket", f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>波司登儿童羽绒服男童女童中大童加厚冬装【行情 报价 价格 评测】-京东</title></head><body>
<div id="shortcut-2014"><ul class="fr"><li>你好，请登录</li><li>我的订单</li></ul></div>
<div class="crumb-wrap"><div class="crumb"><div class="item first"><a href="//list.jd.com/list.html?cat=1319">母婴</a></div>
<div class="item sep">&gt;</div><div class="item"><a href="//list.jd.com/list.html?cat=1319,11842">童装</a></div></div></div>
<div class="sku-name">波司登儿童羽绒服男童女童中大童加厚冬装 藏青 150</div>
<div class="summary-price"><span class="p-price"><span>￥</span><span class="price J-p-100038">599.00</span></span></div>
<div id="detail"><div class="tab-con"><div class="Ptable">
<div class="Ptable-item"><h3>主体</h3>
<dl class="clearfix"><dt>品牌</dt><dd>波司登（BOSIDENG）</dd></dl>
<dl class="clearfix"><dt>货号</dt><dd>T30142106B</dd></dl>
<dl class="clearfix"><dt>执行标准</dt><dd class="Ptable-tips"><a href="#none"><i class="Ptable-sprite-question"></i></a></dd><dd>GB/T 14272-2021</dd></dl>
<dl class="clearfix"><dt>安全技术类别</dt><dd>GB 31701-2015 B类</dd></dl>
</div>
<div class="Ptable-item"><h3>填充物</h3>
<dl class="clearfix"><dt>含绒量</dt><dd>90%</dd></dl><dl class="clearfix"><dt>充绒量</dt><dd>150g-200g</dd></dl>
<dl class="clearfix"><dt>号型</dt><dd>150/72</dd></dl>
</div></div></div></div>
<div id="view-buy-buy"><div class="mt"><h3>看了又看</h3></div><ul>
<li><a href="//item.jd.com/100028661234.html">雪中飞儿童羽绒服 执行标准GB/T 14272-2011</a></li>
<li><a href="//item.jd.com/100019987765.html">巴拉巴拉儿童羽绒服 GB 31701-2015 A类</a></li></ul></div>
{FOOTER}</body></html>""", ["GB/T 14272-2021", "GB 31701-2015"], [], "utf-8"),
    ("jd_ptable__kettle", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>美的电水壶 1.7L 304不锈钢 - 京东</title></head><body>
<div class="sku-name">美的（Midea）电水壶 热水壶 1.7L大容量 304不锈钢 MK-SH17X301</div>
<div class="summary-price"><span class="p-price"><span class="price">89.00</span></span><del class="p-del">￥129.00</del></div>
<div class="p-parameter"><ul class="parameter2 p-parameter-list">
<li title="美的MK-SH17X301">商品名称：美的MK-SH17X301</li><li title="100009876543">商品编号：100009876543</li>
<li title="1.5L-2L">容量：1.5L-2L</li></ul></div>
<div class="Ptable"><div class="Ptable-item"><h3>认证信息</h3>
<dl class="clearfix"><dt>3C证书编号</dt><dd>2021010719345678</dd></dl>
<dl class="clearfix"><dt>执行标准</dt><dd>GB 4706.1-2005、4706.19-2008</dd></dl>
<dl class="clearfix"><dt>型号</dt><dd>MK-SH17X301</dd></dl>
</div><div class="Ptable-item"><h3>包装清单</h3><dl class="clearfix"><dt>清单</dt><dd>水壶×1 底座×1 说明书×1</dd></dl></div></div>
<div class="comment-list"><div class="comment-item"><p class="comment-con">看了下底部铭牌有3C标志，编号2019010700000001，放心</p></div></div>
{FOOTER}</body></html>""", ["GB 4706.1-2005", "GB 4706.19-2008"], [["ccc", "2021010719345678"]], "utf-8"),
    ("jd_ptable__nuts", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>三只松鼠 每日坚果 750g/30袋</title></head><body>
<div class="sku-name">三只松鼠 每日坚果 750g/30袋 混合果仁 休闲零食</div>
<div class="summary-price"><span class="p-price"><span class="price">109.90</span></span></div>
<div class="Ptable"><div class="Ptable-item"><h3>主体</h3>
<dl><dt>品牌</dt><dd>三只松鼠</dd></dl><dl><dt>产品标准号</dt><dd>GB/T 22165</dd></dl>
<dl><dt>食品生产许可证编号</dt><dd>{SC_NUTS}</dd></dl>
<dl><dt>商品条形码</dt><dd>6971543210987</dd></dl><dl><dt>保质期</dt><dd>180天</dd></dl>
<dl><dt>厂家联系方式</dt><dd>400-800-4900</dd></dl></div></div>
<div class="m-item-recommend"><h3>店长推荐</h3><ul><li><a href="//item.jd.com/3456789.html">碧根果 SC11634011200999</a></li></ul></div>
{FOOTER}</body></html>""", ["GB/T 22165"], [["sc", SC_NUTS]], "utf-8"),
    # -- Tmall new detail page: Attrs--attr spans; older J_AttrUL list; shop header with the shop's licence -------
    ("tmall_attrs__tshirt", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>安奈儿童装男童短袖T恤-tmall.com天猫</title></head><body>
<div class="ShopHeader--root--x1"><a class="ShopHeader--title--y2">安奈儿官方旗舰店</a>
<div class="ShopHeader--license">营业执照：91440300279350123X</div></div>
<div class="ItemHeader--root"><h1 class="ItemHeader--mainTitle--3CIjqW5">安奈儿童装男童短袖T恤纯棉2024夏季新款</h1></div>
<div class="Price--root"><span class="Price--priceText--2nLbVda">129</span></div>
<div class="Attrs--attrSection--2_G8xGa"><div class="Attrs--attrs--3_tQG9G">
<span class="Attrs--attr--33ShB6X" title="安奈儿">品牌：安奈儿</span>
<span class="Attrs--attr--33ShB6X" title="AB321456">货号：AB321456</span>
<span class="Attrs--attr--33ShB6X">面料：棉100%</span>
<span class="Attrs--attr--33ShB6X">执行标准：GB 18401-2010 B类</span>
<span class="Attrs--attr--33ShB6X">安全类别：GB 31701-2015 B类</span>
<span class="Attrs--attr--33ShB6X">产品标准：FZ/T 73020-2019</span>
<span class="Attrs--attr--33ShB6X">适用身高：110cm 120cm 130cm</span></div></div>
<div class="Tabs--root"><div class="Comments--root"><div class="Comment--content">衣服标签写的GB/T 22849-2014，质量好</div></div></div>
</body></html>""", ["GB 18401-2010", "GB 31701-2015", "FZ/T 73020-2019"], [], "utf-8"),
    ("tmall_attrul__socket", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>公牛插座 新国标 GN-B3050-tmall.com天猫</title></head><body>
<div id="J_DetailMeta"><div class="tb-detail-hd"><h1>公牛插座 新国标 5孔位 1.8米 总控 GN-B3050</h1></div>
<div class="tm-fcs-panel"><dl class="tm-price-panel"><dt>价格</dt><dd><span class="tm-price">49.90</span></dd></dl>
<dl class="tm-promo-panel"><dt>促销价</dt><dd><span class="tm-price">39.90</span></dd></dl></div>
<div class="slogo"><a class="slogo-shopname">公牛官方旗舰店</a></div></div>
<div id="J_AttrList"><ul id="J_AttrUL">
<li title="&nbsp;公牛">品牌:&nbsp;公牛</li><li title="&nbsp;GN-B3050">型号:&nbsp;GN-B3050</li>
<li title="&nbsp;2020010202345678">3C证书编号:&nbsp;2020010202345678</li>
<li title="&nbsp;GB/T 2099.1-2021">执行标准:&nbsp;GB/T 2099.1-2021 GB/T 2099.3-2015</li>
<li title="&nbsp;10A">额定电流:&nbsp;10A</li><li title="&nbsp;2500W">额定功率:&nbsp;2500W</li></ul></div>
<div class="tm-shop-qualification"><h4>店铺资质</h4><p>营业执照注册号：330282000123456</p></div>
</body></html>""", ["GB/T 2099.1-2021", "GB/T 2099.3-2015"], [["ccc", "2020010202345678"]], "utf-8"),
    ("tmall_attrs__facecream", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>珀莱雅 红宝石面霜 50g-tmall.com天猫</title></head><body>
<div class="ItemHeader--root"><h1 class="ItemHeader--mainTitle--x">珀莱雅红宝石面霜3.0 抗皱紧致 50g</h1></div>
<div class="Price--root"><span class="Price--priceText--x">券后</span><span class="Price--priceText--x">¥299</span>
<span class="Price--originPrice">¥369</span></div>
<div class="Attrs--attrs--x">
<span class="Attrs--attr--x">品牌：珀莱雅</span><span class="Attrs--attr--x">净含量：50g</span>
<span class="Attrs--attr--x">化妆品备案编号：浙G妆网备字2022012345</span>
<span class="Attrs--attr--x">生产许可证编号：浙妆20160012</span>
<span class="Attrs--attr--x">执行标准：GB/T 29665-2013</span>
<span class="Attrs--attr--x">保质期：3年</span><span class="Attrs--attr--x">功效：抗皱 紧致</span></div>
<div class="Recommend--root"><h3>看了又看</h3><div class="Card--title">赫莲娜黑绷带 国妆特进字J20190123</div></div>
</body></html>""", ["GB/T 29665-2013"], [["cosmetics", "浙G妆网备字2022012345"], ["cosmetics", "浙妆20160012"]], "utf-8"),
    # -- 1688: four-cell attribute rows, wholesale price ladder, the supplier's company box ----------------------
    ("alibaba_attrs__cup", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>316不锈钢保温杯 定制logo 批发 - 阿里巴巴</title></head><body>
<div class="d-title"><h1>316不锈钢保温杯大容量男女士 定制logo礼品杯 厂家批发</h1></div>
<div class="price-original-sku"><span>¥18.50</span><span>¥16.80</span><span>¥15.20</span></div>
<div class="mod-detail-attributes"><table><tbody>
<tr><td class="de-feature">品牌</td><td class="de-value">禾惠</td><td class="de-feature">货号</td><td class="de-value">HH-500</td></tr>
<tr><td class="de-feature">材质</td><td class="de-value">316不锈钢</td><td class="de-feature">容量</td><td class="de-value">500ml</td></tr>
<tr><td class="de-feature">执行标准</td><td class="de-value">GB/T 29606-2013</td><td class="de-feature">食品接触材料标准</td><td class="de-value">GB 4806.9-2016</td></tr>
<tr><td class="de-feature">是否专利货源</td><td class="de-value">否</td><td class="de-feature">起批量</td><td class="de-value">≥2个</td></tr>
</tbody></table></div>
<div class="mod-company"><h4>公司档案</h4><p>永康市禾惠日用品有限公司</p>
<p>统一社会信用代码：91330784MA29C8XX1Q</p><p>诚信通第6年</p></div>
</body></html>""", ["GB/T 29606-2013", "GB 4806.9-2016"], [], "utf-8"),
    ("alibaba_attrs__blocks", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>儿童积木 大颗粒 拼装玩具 批发 - 阿里巴巴</title></head><body>
<div class="d-title"><h1>儿童积木大颗粒拼装玩具 益智早教 100粒桶装 跨境热销</h1></div>
<div class="price"><span class="value">¥23.00</span></div>
<div id="mod-detail-attributes"><table>
<tr><th>品牌</th><td>启蒙</td><th>型号</th><td>QM-8801</td></tr>
<tr><th>3C证书编号</th><td>2022011609876543</td><th>执行标准</th><td>GB 6675.1-2014/GB 6675.2-2014</td></tr>
<tr><th>适用年龄</th><td>3-6岁</td><th>材质</th><td>ABS</td></tr>
<tr><th>毛重</th><td>1.2kg</td><th>箱规</th><td>60*40*45cm 24桶/箱</td></tr></table></div>
<div class="mod-company"><h4>公司档案</h4><p>汕头市澄海区启蒙玩具厂</p><p>工厂认证：ISO9001:2015</p></div>
<div class="offer-recommend"><h3>相关推荐</h3><div><a href="https://detail.1688.com/offer/654321.html">磁力片 3C证书 2021011600112233</a></div></div>
</body></html>""", ["GB 6675.1-2014", "GB 6675.2-2014"], [["ccc", "2022011609876543"]], "utf-8"),
    ("alibaba_attrs__mask", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>医用外科口罩 一次性 三层 50只 - 阿里巴巴</title></head><body>
<div class="d-title"><h1>医用外科口罩一次性三层防护 独立包装 50只/盒</h1></div>
<div class="price-original-sku"><span>¥9.90</span></div>
<div class="mod-detail-attributes"><table>
<tr><td class="de-feature">产品名称</td><td class="de-value">医用外科口罩</td></tr>
<tr><td class="de-feature">执行标准</td><td class="de-value">YY 0469-2011</td></tr>
<tr><td class="de-feature">医疗器械注册证编号</td><td class="de-value">苏械注准20212140123</td></tr>
<tr><td class="de-feature">灭菌方式</td><td class="de-value">环氧乙烷灭菌</td></tr>
<tr><td class="de-feature">规格</td><td class="de-value">17.5cm×9.5cm</td></tr></table></div>
<div class="mod-company"><h4>公司档案</h4><p>经营许可证：苏食药监械经营许20190123号</p></div>
</body></html>""", ["YY 0469-2011"], [["medical_device", "苏械注准20212140123"]], "utf-8"),
    # -- Pinduoduo: facts only in window.rawData; a recommendation list inside the same state -------------------
    ("pdd_rawdata__tissue", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>拼多多</title></head><body>
<div id="main"></div>
<script>window.rawData={"store":{"initDataObj":{"goods":{"goodsName":"清风抽纸 原木纯品 3层120抽*24包 整箱","minGroupPrice":3990,
"goodsProperty":[{"key":"品牌","values":["清风"]},{"key":"执行标准","values":["GB/T 20808-2022"]},
{"key":"卫生标准","values":["GB 15979-2002"]},{"key":"层数","values":["3层"]},{"key":"规格","values":["120抽*24包"]}]},
"mall":{"mallName":"清风官方旗舰店","mallId":"12345678"},
"recommendList":[{"goodsName":"维达抽纸 执行标准GB/T 20808-2011","price":2990}]}}};</script>
</body></html>""", ["GB/T 20808-2022", "GB 15979-2002"], [], "utf-8"),
    ("pdd_rawdata__milk", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>拼多多</title></head><body>
<div id="main"><div class="goods-name">伊利 金典纯牛奶 250ml*12盒</div></div>
<script>window.rawData = {{"store":{{"initDataObj":{{"goods":{{"goodsName":"伊利 金典纯牛奶 250ml*12盒 整箱",
"goodsProperty":[{{"key":"品牌","values":["伊利"]}},{{"key":"产品标准号","values":["GB 25190"]}},
{{"key":"生产许可证编号","values":["{SC_MILK}"]}},{{"key":"保质期","values":["180天"]}},
{{"key":"客服电话","values":["4008169999"]}},{{"key":"订单号示例","values":["240512083012345678"]}}]}},
"mall":{{"mallName":"伊利官方旗舰店"}}}}}}}};</script>
</body></html>""", ["GB 25190"], [["sc", SC_MILK]], "utf-8"),
    # -- cross-border schema.org shops: JSON-LD with additionalProperty and hasCertification; microdata -----------
    ("xborder_jsonld__powerbank", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Anker Power Bank 10000mAh | ShopCN Global</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Electronics"},{"@type":"ListItem","position":2,"name":"Power Banks"}]},
{"@type":"Product","name":"Anker 533 Power Bank 10000mAh USB-C PD 20W","brand":{"@type":"Brand","name":"Anker"},"mpn":"A1256",
"gtin13":"0848061012345","manufacturer":{"@type":"Organization","name":"Hunan Oceanwing E-Commerce Co., Ltd."},
"additionalProperty":[{"@type":"PropertyValue","name":"Standard","value":"GB/T 35590-2017"},
{"@type":"PropertyValue","name":"Battery safety","value":"GB 31241-2022"},{"@type":"PropertyValue","name":"Capacity","value":"10000mAh / 37Wh"}],
"hasCertification":{"@type":"Certification","name":"CCC","certificationIdentification":"2019010911223344","issuedBy":{"@type":"Organization","name":"CQC"}},
"offers":{"@type":"Offer","price":"29.99","priceCurrency":"USD","availability":"https://schema.org/InStock"}}]}</script></head><body>
<h1>Anker 533 Power Bank 10000mAh USB-C PD 20W</h1>
<div class="reviews"><div class="review">Works with my phone with 8GB RAM / 256GB, charges twice.</div></div>
</body></html>""", ["GB/T 35590-2017", "GB 31241-2022"], [["ccc", "2019010911223344"]], "utf-8"),
    ("xborder_jsonld__carseat", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Child Car Seat ISOFIX 0-12 years</title>
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"Organization","name":"BabySafe Global Store","url":"https://shop.example.com"},
{"@context":"https://schema.org","@type":"Product","name":"BabySafe Child Car Seat ISOFIX 0-12 years 儿童安全座椅",
"brand":"BabySafe","description":"Certified to GB 27887-2011 and ECE R44/04. 360° rotation.",
"hasCertification":[{"@type":"Certification","certificationType":"China Compulsory Certification","identifier":"2020011119000123"},
{"@type":"Certification","name":"ECE R44/04","identifier":"E4-04443721"}],
"offers":{"@type":"AggregateOffer","lowPrice":"159.00","highPrice":"199.00","priceCurrency":"USD"}}]</script></head><body>
<h1>BabySafe Child Car Seat ISOFIX 0-12 years</h1><p class="ship">Ships from Ningbo, CN. Order no. format: 2024051200012345.</p>
</body></html>""", ["GB 27887-2011"], [["ccc", "2020011119000123"]], "utf-8"),
    ("xborder_microdata__toy", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Wooden Stacking Toy - KidsWorld</title></head><body>
<div itemscope itemtype="https://schema.org/Product">
<h1 itemprop="name">Wooden Rainbow Stacking Toy 木制彩虹叠叠乐</h1>
<span itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">KidsWorld</span></span>
<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><span itemprop="priceCurrency" content="CNY">¥</span><span itemprop="price" content="89.00">89.00</span></div>
<table class="specs"><tr><th>Standard / 执行标准</th><td>GB 6675.1-2014, GB 6675.4-2014</td></tr>
<tr><th>CCC No. / 3C证书编号</th><td>2023011601334455</td></tr><tr><th>Age</th><td>3+</td></tr></table>
<div itemprop="review" itemscope itemtype="https://schema.org/Review" class="review-box">
<span itemprop="reviewBody">Paint smells a bit, the box says GB 6675.2-2014 though.</span></div></div>
</body></html>""", ["GB 6675.1-2014", "GB 6675.4-2014"], [["ccc", "2023011601334455"]], "utf-8"),
    # -- legacy GBK table pages (font tags, full-width spaces, old QS numbers) ------------------------------------
    ("gbk_table__heater", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>先锋取暖器 DF1711 - 家电网上商城</title></head>
<body bgcolor="#FFFFFF"><table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td><font size="4"><b>先锋取暖器 DF1711 电暖器家用节能</b></font></td></tr></table>
<table width="760" border="1" cellpadding="3" cellspacing="0">
<tr><td width="120" bgcolor="#EEEEEE">商品价格：</td><td><font color="red">￥299.00</font></td></tr>
<tr><td bgcolor="#EEEEEE">品　　牌：</td><td>先锋（SINGFUN）</td></tr>
<tr><td bgcolor="#EEEEEE">型　　号：</td><td>DF1711</td></tr>
<tr><td bgcolor="#EEEEEE">执行标准：</td><td>GB4706.1-2005　GB4706.23-2007</td></tr>
<tr><td bgcolor="#EEEEEE">CCC认证：</td><td>2009010708123456</td></tr>
<tr><td bgcolor="#EEEEEE">生产厂家：</td><td>先锋电器集团有限公司</td></tr></table>
<table width="760"><tr><td><font size="2">网站备案：浙ICP备05001234号　本页面编码GB2312　联系电话：0574-87654321</font></td></tr></table>
</body></html>""", ["GB 4706.1-2005", "GB 4706.23-2007"], [["ccc", "2009010708123456"]], "gbk"),
    ("gbk_table__liquor", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>贵州茅台镇 酱香型白酒 53度 500ml</title></head>
<body><table width="100%" border="1">
<tr><td colspan="2"><b>贵州茅台镇 酱香型白酒 53度 500ml 纯粮酿造</b></td></tr>
<tr><td>产品类型：</td><td>酱香型白酒</td></tr>
<tr><td>产品标准代号：</td><td>GB/T 26760-2011(优级)</td></tr>
<tr><td>食品生产许可证编号：</td><td>{SC_LIQUOR}</td></tr>
<tr><td>原QS编号：</td><td>QS5200 1501 0012</td></tr>
<tr><td>酒精度：</td><td>53%vol</td></tr><tr><td>净含量：</td><td>500ml</td></tr></table>
<p>未成年人请勿饮酒。订购热线：0851-22345678</p></body></html>""",
     ["GB/T 26760-2011"], [["sc", SC_LIQUOR], ["qs", "QS520015010012"]], "gbk"),
    # -- WeChat-style article listings ------------------------------------------------------------------------------
    ("wechat_article__rice", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>今日团购｜五常稻花香大米 10斤装</title></head><body>
<div class="rich_media"><h1 class="rich_media_title" id="activity-name">今日团购｜五常稻花香大米 10斤装</h1>
<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">吉林好米社</a></span></div>
<div class="rich_media_content" id="js_content">
<p>新米上市啦！今年的稻花香颗粒饱满，煮饭满屋香。</p>
<p><span>【品名】</span><span>五常稻花香大米</span></p>
<p><span>【执行标准】</span><span>GB/T 19266-2008</span></p>
<p><span>【生产许可证】</span><span>{SC_RICE}</span></p>
<p><span>【团购价】</span><span>79元/袋</span></p>
<p>下单请加团长微信，或拨打 13800138000；订单号以小程序为准，例如 202405120001234567。</p>
<p>往期推荐：<a href="https://mp.weixin.qq.com/s/abc">东北黑木耳 执行标准GB/T 6192-2019</a></p>
</div></div></body></html>""", ["GB/T 19266-2008"], [["sc", SC_RICE]], "utf-8"),
    ("wechat_article__lotion", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>宝妈好物｜进口儿童润肤乳</title></head><body>
<div class="rich_media_content" id="js_content">
<section><p>宝宝秋冬皮肤干，这款润肤乳我们家用了两年。</p>
<p>产品名称：贝亲婴儿润肤乳 200ml</p>
<p>备案编号：国妆网备进字J20231234</p>
<p>原产国：日本　保质期：3年</p>
<p>（本文不构成广告，小编自用分享。公众号营业执照：91110105MA01XXXX9K）</p></section>
</div></body></html>""", [], [["cosmetics", "国妆网备进字J20231234"]], "utf-8"),
    # -- running text only (second-hand / forum posts) ----------------------------------------------------------------
    ("running_text__downcoat", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>闲置 儿童羽绒服 140码 九成新</title></head><body>
<div class="item-desc"><p>女儿穿小了，九成新，140码（号型140/68），没有起球。</p>
<p>吊牌还在：按照GB/T 14272-2021生产，安全类别GB 31701-2015 A类，可以贴身穿。</p>
<p>含绒量90%，充绒量120g。同城可以面交，不包邮。手机尾号8866。</p></div>
</body></html>""", ["GB/T 14272-2021", "GB 31701-2015"], [], "utf-8"),
    ("running_text__charger", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>转让 手机快充头 65W 氮化镓</title></head><body>
<div class="post-content"><p>买手机送的充电器，用不上了。充电器通过3C认证，证书编号2018011607123456，执行GB 4943.1-2022标准。</p>
<p>手机是8GB+256GB版本，IMEI 861234567890123，手机不卖只卖充电头。</p>
<p>支持PD3.0协议，Type-C口。</p></div>
</body></html>""", ["GB 4943.1-2022"], [["ccc", "2018011607123456"]], "utf-8"),
    # -- invented but realistic: live-shop mobile attribute rows; spec grid of dl; a phone with no standard --------
    ("liveshop_rows__spicystrip", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>卫龙 大面筋 辣条 106g*10袋</title></head><body>
<div class="goods-header"><div class="goods-title">卫龙 大面筋 辣条 106g*10袋 怀旧零食</div><div class="goods-price">¥25.9</div></div>
<div class="goods-attr-list">
<div class="goods-attr-row"><div class="attr-name">品牌</div><div class="attr-value">卫龙</div></div>
<div class="goods-attr-row"><div class="attr-name">执行标准</div><div class="attr-value">Q/LWS 0001S-2022</div></div>
<div class="goods-attr-row"><div class="attr-name">生产许可证号</div><div class="attr-value">{SC_SNACK}</div></div>
<div class="goods-attr-row"><div class="attr-name">储存条件</div><div class="attr-value">常温避光</div></div></div>
<div class="live-comments"><div class="comment">主播说这个是Q/ABC 0002S标准吗</div></div>
</body></html>""", ["Q/LWS 0001S-2022"], [["sc", SC_SNACK]], "utf-8"),
    ("liveshop_rows__soysauce", f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>海天 特级生抽 1.9L</title></head><body>
<div class="goods-header"><div class="goods-title">海天 特级生抽 1.9L 酿造酱油</div><div class="goods-price">¥19.9</div></div>
<div class="goods-attr-list">
<div class="goods-attr-row"><div class="attr-name">产品标准号</div><div class="attr-value">GB/T 18186-2000（特级）</div></div>
<div class="goods-attr-row"><div class="attr-name">食品安全标准</div><div class="attr-value">GB 2717-2018</div></div>
<div class="goods-attr-row"><div class="attr-name">生产许可证编号</div><div class="attr-value">{SC_SAUCE}</div></div>
<div class="goods-attr-row"><div class="attr-name">配料表</div><div class="attr-value">水、非转基因黄豆、小麦、食用盐</div></div></div>
<div class="shop-card"><div class="shop-name">海天官方旗舰店</div><div class="shop-license">食品经营许可证：JY14406040123456</div></div>
</body></html>""", ["GB/T 18186-2000", "GB 2717-2018"], [["sc", SC_SAUCE]], "utf-8"),
    ("specgrid_dl__sneakers", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>李宁 男子跑鞋 赤兔6 ARMT013</title></head><body>
<div class="product-main"><h1 class="product-title">李宁 男子跑鞋 赤兔6 轻质回弹 ARMT013</h1><div class="product-price">¥399</div></div>
<div class="spec-grid">
<dl><dt>品牌</dt><dd>李宁</dd></dl><dl><dt>货号</dt><dd>ARMT013-4</dd></dl>
<dl><dt>执行标准</dt><dd>QB/T 4331-2012</dd></dl><dl><dt>鞋码</dt><dd>39-45</dd></dl>
<dl><dt>型号</dt><dd>GB-4331</dd></dl><dl><dt>上市时间</dt><dd>2023年秋季</dd></dl></div>
<div class="similar-goods"><h3>相似商品</h3><dl><dt>安踏跑鞋</dt><dd>执行标准 GB/T 15107-2013</dd></dl></div>
</body></html>""", ["QB/T 4331-2012"], [], "utf-8"),
    ("specgrid_dl__phone", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>小米14 12GB+256GB 黑色 5G手机</title></head><body>
<div class="product-main"><h1 class="product-title">小米14 徕卡光学镜头 12GB+256GB 黑色 5G手机</h1><div class="product-price">¥3999</div></div>
<div class="spec-grid">
<dl><dt>品牌</dt><dd>小米（MI）</dd></dl><dl><dt>型号</dt><dd>23127PN0CC</dd></dl>
<dl><dt>运行内存</dt><dd>12GB</dd></dl><dl><dt>机身存储</dt><dd>256GB</dd></dl>
<dl><dt>3C证书编号</dt><dd>2023011606598765</dd></dl>
<dl><dt>进网许可证编号</dt><dd>02-D710-234567</dd></dl>
<dl><dt>字符编码</dt><dd>支持GB18030</dd></dl><dl><dt>电池容量</dt><dd>4610mAh</dd></dl></div>
</body></html>""", [], [["ccc", "2023011606598765"]], "utf-8"),
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
