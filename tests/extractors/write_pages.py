"""Writes the layout pages of tests/extractors/pages (``python -m tests.extractors.write_pages``).

Each page lays one product out the way a real platform does (shapes after JD, Tmall, 1688, Pinduoduo, Suning, a
cross-border schema.org shop, a legacy GBK shop, a WeChat article, a page with facts only in running text), with the
noise real pages carry: recommendations of other products, reviews, a shop footer with its ICP number and business
licence, navigation, charset names, memory sizes, model numbers, barcodes, phone and order numbers. The expected
output beside each page comes from the product's own facts below, never from running the extractors. Once written
the pages are data: edit a page by hand only together with its .json.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stdnum.iso7064 import mod_11_10

PAGES = Path(__file__).resolve().parent / "pages"


def sc(digits13: str) -> str:
    """A food licence SC number with its true ISO 7064 MOD 11,10 check digit."""
    return "SC" + digits13 + mod_11_10.calc_check_digit(digits13)


@dataclass(kw_only=True)
class Product:
    slug: str
    title: str
    brand: str
    maker: str
    address: str
    seller: str
    model: str
    price: float
    list_price: float | None = None
    category: list[str]
    standards: list[tuple[str, str]]
    """(as written, canonical)."""
    certificates: list[tuple[str, str, str, bool]] = field(default_factory=list)
    """(label, number as written, type, valid); the canonical number is the written one without spaces."""
    extra: list[tuple[str, str]] = field(default_factory=list)
    """Further parameters, look-alikes among them (内存 8GB, 型号, 条形码)."""
    description: str = ""
    gtin: str = ""


PRODUCTS = [
    Product(slug="towel", title="洁丽雅 纯棉毛巾 加厚吸水 洗脸巾 3条装", brand="洁丽雅", maker="洁丽雅集团股份有限公司",
            address="浙江省绍兴市诸暨市璜山镇", seller="洁丽雅家居旗舰店", model="JLY-6650", price=29.9,
            list_price=59.0, category=["家居日用", "毛巾浴巾", "毛巾"],
            standards=[("GB/T 22864-2008", "GB/T 22864-2008"), ("GB18401-2010 B类", "GB 18401-2010")],
            extra=[("面料", "100%棉"), ("规格", "34cm×76cm"), ("商品条形码", "6901234567892")], gtin="6901234567892",
            description="毛巾采用新疆长绒棉，柔软亲肤，吸水性好。洗涤时水温不超过40℃。"),
    Product(slug="downjacket", title="小熊星 儿童羽绒服 冬季加厚 90白鸭绒", brand="小熊星", maker="浙江织里某某服饰有限公司",
            address="浙江省湖州市吴兴区织里镇童装城8号", seller="小熊星童装旗舰店", model="XB-2301", price=299.0,
            category=["童装童鞋", "羽绒服"],
            standards=[("GB/T 14272-2021", "GB/T 14272-2021"), ("GB 31701—2015", "GB 31701-2015")],
            extra=[("充绒量", "120g"), ("含绒量", "90%"), ("货号", "GB-2301")],
            description="90%白鸭绒填充，防钻绒面料，三防工艺。"),
    Product(slug="powerbank", title="倍思 充电宝 20000毫安 22.5W快充 移动电源", brand="倍思", maker="深圳市倍思科技有限公司",
            address="广东省深圳市宝安区西乡街道固戍社区", seller="倍思数码专营店", model="PPBD050101", price=129.0,
            list_price=199.0, category=["手机通讯", "手机配件", "移动电源"],
            standards=[("GB 4943.1-2022", "GB 4943.1-2022"), ("GB 31241-2022", "GB 31241-2022")],
            certificates=[("3C证书编号", "2024011609123456", "ccc", True)],
            extra=[("电池容量", "20000mAh"), ("内存", "8GB"), ("接口", "USB-C"), ("重量", "420g")],
            description="支持PD 22.5W快充，可同时为两台设备充电。"),
    Product(slug="ricenoodle", title="赣南特产 鲜湿米粉 500g*5袋 早餐速食", brand="赣味坊", maker="江西赣味坊食品有限公司",
            address="江西省赣州市章贡区水西工业园", seller="赣味坊食品旗舰店", model="", price=39.9, list_price=49.9,
            category=["食品饮料", "方便速食", "米粉"],
            standards=[("Q/GWF0002S", "Q/GWF 0002S")],
            certificates=[("生产许可证编号", sc("1233607020123"), "sc", True)],
            extra=[("保质期", "180天"), ("净含量", "2500g"), ("储存方法", "常温避光"), ("配料表", "大米、水")],
            description="精选赣南早籼米，石磨水浆，口感爽滑。"),
    Product(slug="toy", title="乐高式 拼装积木 城市系列 儿童益智玩具 6岁+", brand="启蒙", maker="广东启蒙玩具有限公司",
            address="广东省汕头市澄海区玩具工业区", seller="启蒙玩具官方旗舰店", model="QM-23015", price=89.0,
            category=["玩具乐器", "积木拼插"],
            standards=[("GB 6675.1-2014", "GB 6675.1-2014"), ("GB 6675.2-2014", "GB 6675.2-2014")],
            certificates=[("CCC证书编号", "2021011601234567", "ccc", True)],
            extra=[("适用年龄", "6岁以上"), ("颗粒数", "520"), ("材质", "ABS")],
            description="ABS环保材质，边角圆润，拼搭顺滑。"),
    Product(slug="helmet", title="新日 电动车头盔 3C认证 男女四季通用 半盔", brand="新日", maker="天津新日头盔制造有限公司",
            address="天津市静海区大邱庄工业园", seller="新日骑行装备店", model="XR-H01", price=69.0,
            category=["运动户外", "骑行运动", "头盔"],
            standards=[("GB 811-2022", "GB 811-2022")],
            certificates=[("CCC证书编号", "2023011202345678", "ccc", True)],
            extra=[("尺码", "均码"), ("颜色分类", "珍珠白")],
            description="ABS外壳，EPS缓冲层，透气内衬可拆洗。"),
    Product(slug="kettle", title="美的 电热水壶 1.7L 304不锈钢 自动断电", brand="美的", maker="广东美的生活电器制造有限公司",
            address="广东省佛山市顺德区北滘镇", seller="美的生活电器旗舰店", model="MK-SH17X1-101", price=79.0,
            category=["家用电器", "厨房小电", "电水壶"],
            standards=[("GB 4706.1-2005", "GB 4706.1-2005"), ("GB4706.19-2008", "GB 4706.19-2008")],
            certificates=[("3C证书编号", "2019010711234567", "ccc", True)],
            extra=[("容量", "1.7L"), ("功率", "1800W"), ("客服电话", "400-889-9315")],
            description="304不锈钢内胆，沸腾自动断电，防干烧保护。"),
    Product(slug="facecream", title="百雀羚 水能量保湿霜 50g 补水滋润面霜", brand="百雀羚", maker="上海百雀羚日用化学有限公司",
            address="上海市长宁区延安西路", seller="百雀羚官方旗舰店", model="", price=128.0, list_price=168.0,
            category=["美妆护肤", "面部护肤", "面霜"],
            standards=[("QB/T 1857-2013", "QB/T 1857-2013")],
            certificates=[("备案编号", "沪G妆网备字2021012345", "cosmetics", True)],
            extra=[("净含量", "50g"), ("适合肤质", "任何肤质")],
            description="深层补水，长效保湿，质地清爽不油腻。"),
    Product(slug="mask", title="振德 一次性医用外科口罩 50只 独立包装", brand="振德", maker="振德医疗用品股份有限公司",
            address="浙江省绍兴市越城区皋埠镇", seller="振德医疗旗舰店", model="ZD-YWK", price=25.9,
            category=["医疗保健", "防护用品", "口罩"],
            standards=[("YY 0469-2011", "YY 0469-2011")],
            certificates=[("注册证编号", "浙械注准20172640123", "medical_device", True)],
            extra=[("数量", "50只"), ("订单号", "2024051512345678901")],
            description="三层防护，熔喷布过滤，独立包装更卫生。"),
    Product(slug="tea", title="秦府 绿茶 炒青 250g 罐装 2024新茶", brand="秦府", maker="陕西秦府茶业有限公司",
            address="陕西省汉中市西乡县城关镇", seller="秦府茶行", model="", price=58.0,
            category=["茶", "绿茶"],
            standards=[("GB/T 14456.2-2008", "GB/T 14456.2-2008"), ("T/SXTA 001-2019", "T/SXTA 001-2019")],
            certificates=[("生产许可证编号", sc("1146107230040"), "sc", True)],
            extra=[("保质期", "540天"), ("产地", "陕西汉中")],
            description="高山云雾绿茶，汤色嫩绿明亮。"),
    Product(slug="sausage", title="老字号 广式腊肠 500g 甜味 腊味", brand="皇上皇", maker="广州皇上皇集团股份有限公司",
            address="广东省广州市荔湾区", seller="皇上皇食品旗舰店", model="", price=45.8,
            category=["食品饮料", "肉干肉脯", "腊肠"],
            standards=[("GB 2730-2015", "GB 2730-2015"), ("Q/HSH 0105S", "Q/HSH 0105S")],
            certificates=[("生产许可证编号", sc("1044010300012"), "sc", True)],
            extra=[("保质期", "180天"), ("储存条件", "阴凉干燥处")],
            description="精选猪后腿肉，传统工艺晾晒。"),
    Product(slug="ebattery", title="天能 电动车锂电池 48V20Ah 新国标", brand="天能", maker="天能电池集团股份有限公司",
            address="浙江省长兴县画溪工业功能区", seller="天能电池旗舰店", model="TN-4820L", price=899.0,
            category=["汽车用品", "电动车配件", "电池"],
            standards=[("GB 43854-2024", "GB 43854-2024"), ("GB/T 36972-2018", "GB/T 36972-2018")],
            certificates=[("CCC证书编号", "2024011101456789", "ccc", True)],
            extra=[("电压", "48V"), ("容量", "20Ah"), ("循环次数", "1000次")],
            description="磷酸铁锂电芯，BMS保护板，续航更长。"),
]
BY_SLUG = {p.slug: p for p in PRODUCTS}

# Look-alikes a page's noise carries, none of them this product's claim: (text, what it is, why it is ignored).
NOISE_RECOMMENDED = "GB 9706.1-2020"  # a medical electrical standard of a recommended item, not this product's
NOISE_REVIEW = "GB 19083-2010"
ICP = "浙ICP备12345678号-1"
SHOP_LICENCE = "91330100MA2B0XYZ1K"  # the shop's business licence (credit code) in its footer
SHOP_FOOD_LICENCE = "JY13301060123456"


def _params(p: Product, std_label: str = "执行标准") -> list[tuple[str, str]]:
    rows = [("品牌", p.brand)]
    if p.model:
        rows.append(("型号", p.model))
    rows += [("生产企业", p.maker), ("厂址", p.address)]
    rows.append((std_label, "、".join(w for w, _ in p.standards)))
    rows += [(label, number) for label, number, _, _ in p.certificates]
    rows += p.extra
    return rows


def _noise_blocks() -> str:
    return (
        '<div class="guess-you-like"><h3>猜你喜欢</h3><ul>'
        f'<li><a href="/item/1.html">家用制氧机 执行标准：{NOISE_RECOMMENDED}</a><span class="price">¥1999</span></li>'
        '<li><a href="/item/2.html">3C证书编号：2020011606000001 充电器</a></li></ul></div>'
        '<div id="comment" class="comment-list"><h3>商品评价</h3>'
        f'<p class="comment-item">口罩符合{NOISE_REVIEW}吗？客服说是的，订单号：2023110812345678</p></div>'
    )


def _footer() -> str:
    return (
        f'<div class="footer"><p>{ICP} 营业执照：统一社会信用代码：{SHOP_LICENCE}</p>'
        f"<p>食品经营许可证：{SHOP_FOOD_LICENCE} 客服热线：400-800-8888</p></div>"
    )


def _head(title: str, charset: str = "utf-8") -> str:
    return (f'<head><meta charset="{charset}"><title>{html.escape(title)}</title>'
            "<style>.price{color:#e4393c} /* font: GB2312 */</style></head>")


# -- layouts: each returns the page's HTML and where each kind of claim is found --------------------------------


def jd_spec(p: Product) -> tuple[str, dict[str, str]]:
    """JD: 商品介绍 list (ul.p-parameter-list) and 规格与包装 (div.Ptable dl/dt/dd, with a tips dd)."""
    params = _params(p)
    head_rows = params[:3]
    spec_rows = params[3:]
    lis = "".join(f'<li title="{html.escape(v)}">{k}：{html.escape(v)}</li>' for k, v in head_rows)
    dls = "".join(
        f'<dl class="clearfix"><dt>{k}</dt><dd class="Ptable-tips"><a href="#none"><i class="Ptable-sprite-question">'
        f'</i></a><div class="tips"><div class="content"><p>说明</p></div></div></dd><dd>{html.escape(v)}</dd></dl>'
        for k, v in spec_rows
    )
    crumbs = "".join(f'<div class="item"><a>{c}</a></div><div class="item sep">&gt;</div>' for c in p.category[:-1])
    page = (
        f"<!DOCTYPE html><html>{_head('【' + p.brand + '】' + p.title + '-京东')}<body>"
        '<div id="shortcut-2014"><ul class="fl"><li>京东首页</li><li>你好，请登录</li></ul></div>'
        f'<div class="crumb-wrap"><div class="crumb fl clearfix">{crumbs}<div class="item ellipsis">{p.category[-1]}</div>'
        '</div></div>'
        f'<div class="product-intro clearfix"><div class="sku-name">{html.escape(p.title)}</div>'
        f'<div class="summary-price J-summary-price"><span class="p-price"><span>￥</span>'
        f'<span class="price J-p-100">{p.price:.2f}</span></span></div>'
        f'<div class="J-hove-wrap"><div class="name"><a>{p.seller}</a></div></div></div>'
        f'<div class="p-parameter"><ul class="parameter2 p-parameter-list">{lis}</ul></div>'
        f'<div class="Ptable"><div class="Ptable-item"><h3>主体</h3>{dls}</div></div>'
        f'<div id="J-detail-content"><p>{p.description}</p></div>'
        f"{_noise_blocks()}{_footer()}</body></html>"
    )
    return page, {"params": "param", "category": " > ".join(p.category)}


def tmall_attrul(p: Product) -> tuple[str, dict[str, str]]:
    """Tmall: #J_AttrUL li "品牌:&nbsp;xx" with a title attribute; promo price and the crossed-out original."""
    lis = "".join(f'<li title="&nbsp;{html.escape(v)}">{k}:&nbsp;{html.escape(v)}</li>' for k, v in _params(p))
    original = f'<dl class="tm-price-panel"><dt class="tb-metatit">价格</dt><dd><span class="tm-price">{p.list_price:.2f}</span></dd></dl>' if p.list_price else ""
    promo_price = (f'<dl class="tm-promo-panel"><dt class="tb-metatit">促销价</dt><dd><span class="tm-price">'
                   f"{p.price:.2f}</span></dd></dl>")
    page = (
        f"<!DOCTYPE html><html>{_head(p.title + '-tmall.com天猫')}<body>"
        f'<div id="header"><div class="slogo"><a class="slogo-shopname" href="//shop.tmall.com"><strong>{p.seller}'
        "</strong></a></div></div>"
        f'<div id="J_DetailMeta" class="tm-detail-meta"><div class="tb-detail-hd"><h1>{html.escape(p.title)}</h1></div>'
        f'<div class="tm-fcs-panel">{original}{promo_price}</div></div>'
        f'<div id="J_AttrList" class="attributes"><div class="attributes-list"><p class="attr-list-hd tm-clear">'
        f'<em>产品参数：</em></p><ul id="J_AttrUL">{lis}</ul></div></div>'
        f'<div id="description" class="J_DetailSection"><div class="content ke-post"><p>{p.description}</p></div></div>'
        f"{_noise_blocks()}{_footer()}</body></html>"
    )
    return page, {"params": "param", "category": ""}


def tmall_new(p: Product) -> tuple[str, dict[str, str]]:
    """Tmall's new detail page: hashed class names, Attrs--attr spans, ShopHeader--title."""
    spans = "".join(
        f'<div class="Attrs--attr--33ShB6X"><span class="Attrs--attrName--x1">{k}：</span>'
        f'<span class="Attrs--attrValue--y2">{html.escape(v)}</span></div>' if i % 2 else
        f'<span class="Attrs--attr--33ShB6X">{k}：{html.escape(v)}</span>'
        for i, (k, v) in enumerate(_params(p))
    )
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body>"
        f'<div class="ShopHeader--root--x"><span class="ShopHeader--title--2qsBE1A">{p.seller}</span></div>'
        f'<div class="ItemHeader--root"><h1 class="ItemHeader--mainTitle--3CIjqW5">{html.escape(p.title)}</h1></div>'
        f'<div class="Price--root"><span class="Price--priceText--2nLbVda">{p.price:.2f}</span>'
        '<span class="Price--sale--x">券后</span></div>'
        f'<div class="Attrs--root--x"><div class="Attrs--attrSection">{spans}</div></div>'
        f'<div class="desc-root"><p>{p.description}</p></div>'
        f"{_noise_blocks()}</body></html>"
    )
    return page, {"params": "param", "category": ""}


def alibaba_table(p: Product) -> tuple[str, dict[str, str]]:
    """1688: attribute table, two key/value pairs per row (td.de-feature / td.de-value)."""
    rows = _params(p)
    if len(rows) % 2:
        rows = [*rows, ("", "")]
    trs = "".join(
        f'<tr><td class="de-feature">{k1}</td><td class="de-value">{html.escape(v1)}</td>'
        f'<td class="de-feature">{k2}</td><td class="de-value">{html.escape(v2)}</td></tr>'
        for (k1, v1), (k2, v2) in zip(rows[::2], rows[1::2])
    )
    page = (
        f"<!DOCTYPE html><html>{_head(p.title + ' - 阿里巴巴')}<body>"
        f'<div class="mod-detail-title"><h1 class="d-title">{html.escape(p.title)}</h1></div>'
        f'<div class="price-original-sku"><span class="value price-length-5">{p.price:.2f}</span></div>'
        f'<div class="company-name"><a class="shopName">{p.seller}</a></div>'
        f'<div id="mod-detail-attributes" class="mod-detail-attributes"><div class="obj-content"><table><tbody>{trs}'
        "</tbody></table></div></div>"
        f'<div id="desc-lazyload-container" class="desc-lazyload-container"><p>{p.description}</p></div>'
        f"{_footer()}</body></html>"
    )
    return page, {"params": "param", "category": ""}


def pdd_rawdata(p: Product) -> tuple[str, dict[str, str]]:
    """Pinduoduo: the facts are JSON in window.rawData; the page body is a near-empty shell."""
    data = {
        "store": {"initDataObj": {
            "goods": {"goodsName": p.title, "minGroupPrice": p.price,
                      "goodsProperty": [{"key": k, "values": [v]} for k, v in _params(p)],
                      "skus": [{"skuId": 1234567890123, "specs": [{"spec_key": "规格", "spec_value": "默认"}]}]},
            "mall": {"mallName": p.seller, "mallId": 987654321},
        }}
    }
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body><div id=\"main\">"
        f'<div class="goods-name">{html.escape(p.title)}</div>'
        f'<div class="goods-price"><span>¥</span>{p.price:.2f}</div></div>'
        f"<script>window.rawData = {json.dumps(data, ensure_ascii=False)};</script></body></html>"
    )
    return page, {"params": "param", "category": ""}


def crossborder_jsonld(p: Product) -> tuple[str, dict[str, str]]:
    """A cross-border shop: schema.org JSON-LD with @graph, brand and manufacturer objects, additionalProperty,
    hasCertification; a visible table repeats nothing."""
    props = [{"@type": "PropertyValue", "name": k, "value": v} for k, v in _params(p)
             if k not in {"品牌", "生产企业", "型号"} and not any(k == c[0] for c in p.certificates)]
    certs = [{"@type": "Certification", "name": "China Compulsory Certification (CCC)" if t == "ccc" else label,
              "certificationIdentification": number, "issuedBy": {"@type": "Organization", "name": "CQC"}}
             for label, number, t, _ in p.certificates]
    product: dict[str, Any] = {
        "@type": "Product", "name": p.title, "brand": {"@type": "Brand", "name": p.brand},
        "manufacturer": {"@type": "Organization", "name": p.maker, "address": p.address},
        "sku": "CB-" + p.slug.upper(), "mpn": p.model or None, "model": p.model or None,
        "additionalProperty": props, "hasCertification": certs,
        "offers": [{"@type": "Offer", "price": f"{p.price:.2f}", "priceCurrency": "CNY",
                    "availability": "https://schema.org/InStock",
                    "seller": {"@type": "Organization", "name": p.seller}}],
        "review": [{"@type": "Review", "reviewBody": f"不知道是否符合{NOISE_REVIEW}"}],
    }
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Global Buy"},
        {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": i + 1, "name": c} for i, c in enumerate(p.category)]},
        {k: v for k, v in product.items() if v is not None},
    ]}
    page = (
        f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(p.title)} | Global Buy</title>"
        f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Organization", '
        '"name": "Global Buy", "url": "https://globalbuy.example",}</script></head><body>'
        f'<nav class="site-nav"><a>Home</a> <a>Sale</a></nav><main><h1 class="product-title">{html.escape(p.title)}</h1>'
        f'<p class="product-description">{p.description}</p></main>'
        f"<footer>© Global Buy {ICP}</footer></body></html>"
    )
    return page, {"params": "jsonld", "category": " > ".join(p.category)}


def legacy_gbk(p: Product) -> tuple[str, dict[str, str]]:
    """An old shop page in GB2312/GBK: one table, label cells ending in a colon, <font> tags, no classes."""
    trs = "".join(f'<tr><td align="right"><font color="#666">{k}：</font></td><td>{html.escape(v)}</td></tr>'
                  for k, v in _params(p))
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>{html.escape(p.title)}</title></head><body><center>"
        f'<table width="760"><tr><td><b>{html.escape(p.title)}</b></td></tr>'
        f"<tr><td>商城价：<font color=red>￥{p.price:.2f}</font></td></tr></table>"
        f'<table width="760" border="1" cellspacing="0">{trs}</table>'
        f"<p>{p.description}</p><hr><p>{ICP} 本店支持GB2312及GB18030编码浏览</p></center></body></html>"
    )
    return page, {"params": "param", "category": "", "encoding": "gbk"}


def wechat_article(p: Product) -> tuple[str, dict[str, str]]:
    """A WeChat official-account article selling the product: facts as 【key】value lines in the article body."""
    lines = "".join(f"<p><span>【{k}】</span><span>{html.escape(v)}</span></p>" for k, v in _params(p))
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body><div id=\"page-content\" class=\"rich_media_area_primary\">"
        f'<h1 class="rich_media_title" id="activity-name">{html.escape(p.title)}</h1>'
        f'<div class="rich_media_meta_list"><a id="js_name">{p.seller}</a></div>'
        f'<div class="rich_media_content" id="js_content"><p>今日团购：{html.escape(p.title)}，团购价 {p.price:.2f} 元。</p>'
        f"{lines}<p>{p.description}</p><p>咨询电话：0791-88886666，下单请备注订单号。</p></div>"
        '<div class="rich_media_tool"><span>阅读 10万+</span></div></div></body></html>'
    )
    # 【key】value lines: the brackets are stripped from the key, so these are parameters too.
    return page, {"params": "param", "category": ""}


def running_text(p: Product) -> tuple[str, dict[str, str]]:
    """Facts only in running text, no parameter block at all."""
    stds = "和".join(w for w, _ in p.standards)
    certs = "，".join(f"{label}{number}" for label, number, _, _ in p.certificates)
    text = (f"{p.title}。本产品由{p.maker}生产，严格执行{stds}标准"
            + (f"，{certs}" if certs else "") + f"。{p.description}如有疑问请拨打400-700-1234。")
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body><div class=\"page\"><h1>{html.escape(p.title)}</h1>"
        f'<div class="intro"><p>{text}</p></div>'
        f'<div class="buy">现价<span class="now-price">¥{p.price:.2f}</span></div></div></body></html>'
    )
    return page, {"params": "description", "category": ""}


def microdata(p: Product) -> tuple[str, dict[str, str]]:
    """A small shop with schema.org microdata (itemscope/itemprop) and a spec list of label/value spans."""
    items = "".join(f'<div class="spec-row"><span class="spec-name">{k}</span><span class="spec-value">'
                    f"{html.escape(v)}</span></div>" for k, v in _params(p))
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body>"
        '<div itemscope itemtype="https://schema.org/Product">'
        f'<h1 itemprop="name">{html.escape(p.title)}</h1>'
        f'<div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">{p.brand}</span></div>'
        f'<div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="CNY">'
        f'<span itemprop="price" content="{p.price:.2f}">¥{p.price:.2f}</span>'
        f'<div itemprop="seller" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">{p.seller}'
        "</span></div></div>"
        f'<div class="specs">{items}</div><div itemprop="description">{p.description}</div></div>'
        f"{_footer()}</body></html>"
    )
    return page, {"params": "param", "category": ""}


def coupon_dl(p: Product) -> tuple[str, dict[str, str]]:
    """A Suning-style page: 券后 price with the list price crossed out, a price range, and dl/dt/dd parameters."""
    dls = "".join(f"<dl><dt>{k}</dt><dd>{html.escape(v)}</dd></dl>" for k, v in _params(p))
    listed = f'<del class="price-del">¥{p.list_price:.2f}</del>' if p.list_price else ""
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body>"
        f'<div class="breadcrumb"><a>首页</a> &gt; ' + " &gt; ".join(f"<a>{c}</a>" for c in p.category) + "</div>"
        f'<div class="proinfo-title"><h1>{html.escape(p.title)}</h1></div>'
        f'<div class="proinfo-price"><span class="price-range">¥{p.price:.2f}-{p.price + 20:.2f}</span>'
        f'<span class="coupon-price">券后价 ¥{p.price:.2f}</span>{listed}</div>'
        f'<div class="proinfo-shop"><a class="store-name">{p.seller}</a></div>'
        f'<div class="prod-param"><h3>规格参数</h3>{dls}</div>'
        f'<div class="product-detail"><p>{p.description}</p></div>'
        f"{_noise_blocks()}{_footer()}</body></html>"
    )
    return page, {"params": "param", "category": " > ".join(p.category)}


def rdfa(p: Product) -> tuple[str, dict[str, str]]:
    """RDFa Lite (typeof/property), parameters in a two-column table with th/td."""
    trs = "".join(f"<tr><th>{k}</th><td>{html.escape(v)}</td></tr>" for k, v in _params(p))
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body vocab=\"https://schema.org/\">"
        f'<div typeof="Product"><h1 property="name">{html.escape(p.title)}</h1>'
        f'<span property="brand">{p.brand}</span>'
        f'<div property="offers" typeof="Offer"><span property="price" content="{p.price:.2f}">{p.price:.2f} 元</span>'
        '<meta property="priceCurrency" content="CNY"></div>'
        f'<table class="spec-table">{trs}</table><div property="description">{p.description}</div></div>'
        f'<div class="shop-info"><span class="shop-name">{p.seller}</span> 营业执照：{SHOP_LICENCE}</div>'
        "</body></html>"
    )
    return page, {"params": "param", "category": ""}


def vue_state(p: Product) -> tuple[str, dict[str, str]]:
    """A single-page shop that prints its state as JSON (__INITIAL_STATE__) and also renders the list server-side."""
    state = {"product": {"title": p.title, "attrs": [{"name": k, "value": v} for k, v in _params(p)]}}
    lis = "".join(f'<li class="attr-item"><label>{k}</label><em>{html.escape(v)}</em></li>' for k, v in _params(p))
    page = (
        f"<!DOCTYPE html><html>{_head(p.title)}<body><div id=\"app\">"
        f'<header class="site-header"><a class="logo">优选商城</a><span class="hotline">400-600-7000</span></header>'
        f'<section class="goods"><h1 class="goods-title">{html.escape(p.title)}</h1>'
        f'<p class="goods-price">到手价<b>¥{p.price:.2f}</b></p>'
        f'<p class="seller-name">{p.seller}</p><ul class="attr-list">{lis}</ul>'
        f'<article class="detail-desc"><p>{p.description}</p></article></section>'
        f"{_noise_blocks()}</div>"
        f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)}</script></body></html>"
    )
    return page, {"params": "param", "category": ""}


LAYOUTS = {
    "jd_spec": (jd_spec, ["towel", "powerbank", "kettle", "ebattery"]),
    "tmall_attrul": (tmall_attrul, ["downjacket", "facecream", "sausage", "towel"]),
    "tmall_new": (tmall_new, ["toy", "tea", "helmet"]),
    "alibaba_table": (alibaba_table, ["ricenoodle", "kettle", "mask"]),
    "pdd_rawdata": (pdd_rawdata, ["ricenoodle", "toy", "powerbank"]),
    "crossborder_jsonld": (crossborder_jsonld, ["powerbank", "facecream", "helmet", "toy"]),
    "legacy_gbk": (legacy_gbk, ["sausage", "tea", "downjacket"]),
    "wechat_article": (wechat_article, ["tea", "ricenoodle", "facecream"]),
    "running_text": (running_text, ["mask", "helmet", "sausage"]),
    "microdata": (microdata, ["kettle", "ebattery", "towel"]),
    "coupon_dl": (coupon_dl, ["facecream", "downjacket", "ricenoodle"]),
    "rdfa": (rdfa, ["tea", "mask", "powerbank"]),
    "vue_state": (vue_state, ["ebattery", "toy", "helmet"]),
}


PAGE_OBJECT = {"jd_spec": "jd", "tmall_attrul": "tmall", "tmall_new": "tmall", "pdd_rawdata": "pinduoduo"}
"""The page-object class the platform profile of each layout names (crawlers/platforms.toml)."""


def expected(p: Product, layout: str, meta: dict[str, str]) -> dict[str, Any]:
    where = meta["params"]
    std_label = "执行标准"
    # additionalProperty pairs are parameters; hasCertification entries stay "jsonld".
    std_where = "param" if where in {"param", "jsonld"} else where
    standards = [[code, f"param:{std_label}" if std_where == "param" else where] for _, code in p.standards]
    certificates = [[t, number.replace(" ", ""), valid, f"param:{label}" if where == "param" else where]
                    for label, number, t, valid in p.certificates]
    fields: dict[str, Any] = {"title": p.title, "price": p.price, "brand": p.brand, "seller": p.seller,
                              "maker": p.maker}
    if where != "description":
        fields["maker_address"] = p.address
        fields["model"] = p.model
    else:
        fields.pop("maker")
        fields.pop("brand")
    if layout in {"running_text", "legacy_gbk"}:
        fields.pop("seller")  # the page names no shop
    if meta["category"]:
        fields["category"] = meta["category"]
    if layout in {"tmall_attrul", "coupon_dl"}:
        fields["list_price"] = p.list_price
    return {
        "url": f"https://shop.example.cn/{layout}/{p.slug}.html",
        "layout": layout,
        "page_object": PAGE_OBJECT.get(layout, "generic"),
        "fields": fields,
        "standards": standards,
        "certificates": certificates,
        "noise": "recommended items, reviews, shop footer (ICP, credit code, 食品经营许可证), phone and order numbers",
    }


def main() -> None:
    for layout, (render, slugs) in LAYOUTS.items():
        for slug in slugs:
            p = BY_SLUG[slug]
            page, meta = render(p)
            name = f"{layout}__{slug}"
            (PAGES / f"{name}.html").write_bytes(page.encode(meta.get("encoding", "utf-8")))
            (PAGES / f"{name}.json").write_text(json.dumps(expected(p, layout, meta), ensure_ascii=False, indent=1)
                                                + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
