"""A second held-out set (``python -m tests.extractors.heldout.write_heldout2``), written after the fixes the first
set prompted, and scored once before any further change: new layouts, new label wordings, new noise names, new
products and numbers. Pages go to heldout/pages2.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path
from typing import Any

from tests.extractors.heldout.write_heldout import Item, sc, write_set

OUT = Path(__file__).resolve().parent / "pages2"
RNG = random.Random(777)

STD_LABELS = ["标准编号", "产品质量标准", "执行标准/技术要求", "企业执行标准", "技术标准", "产品标准代号", "遵循标准",
              "Product standard", "执 行 标 准"]
CCC_LABELS = ["CCC认证号", "3C认证证书编号", "强制认证编号", "3C编号", "CCC编号", "中国强制性认证证书",
              "3C Cert. No."]
SC_LABELS = ["食品生产许可编号", "SC证号", "生产许可证号码", "食品许可证", "SC许可证号", "生产许可"]
JOINERS = ["、", "；", " / ", "，", " "]

ITEMS = [
    Item(title="苏泊尔 电饭煲 4L 球釜 IH加热", brand="苏泊尔", maker="浙江苏泊尔家电制造有限公司",
         standards=[("GB 4706.1-2005", "GB 4706.1-2005"), ("GB 4706.19—2008", "GB 4706.19-2008"),
                    ("GB 12021.6-2017", "GB 12021.6-2017")], ccc="2017010719876543"),
    Item(title="五芳斋 粽子 鲜肉粽 礼盒 1.2kg", brand="五芳斋", maker="浙江五芳斋实业股份有限公司",
         standards=[("GB 19295-2021", "GB 19295-2021"), ("SB/T 10377-2004", "SB/T 10377-2004")],
         sc=sc("1043304020071")),
    Item(title="贝亲 婴儿奶瓶 宽口径 玻璃 240ml", brand="贝亲", maker="贝亲母婴用品（上海）有限公司",
         standards=[("GB 4806.5-2016", "GB 4806.5-2016"), ("GB 4806.11-2016", "GB 4806.11-2016")]),
    Item(title="罗马仕 充电宝 10000mAh 超薄 PD20W", brand="罗马仕", maker="深圳市罗马仕科技有限公司",
         standards=[("GB 31241-2022", "GB 31241-2022"), ("GB 4943.1-2022", "GB 4943.1-2022")],
         ccc="2023011609654321"),
    Item(title="蒙牛 纯牛奶 250ml*24盒 整箱", brand="蒙牛", maker="内蒙古蒙牛乳业（集团）股份有限公司",
         standards=[("GB 25190-2010", "GB 25190-2010")], sc=sc("1061501250030")),
    Item(title="雅迪 电动自行车 新国标 48V 长续航", brand="雅迪", maker="雅迪科技集团有限公司",
         standards=[("GB 17761-2024", "GB 17761-2024"), ("GB 43854-2024", "GB 43854-2024")],
         ccc="2025011119012345"),
    Item(title="巴拉巴拉 儿童卫衣 纯棉 春秋款", brand="巴拉巴拉", maker="浙江森马服饰股份有限公司",
         standards=[("GB 31701-2015 B类", "GB 31701-2015"), ("FZ/T 73045-2013", "FZ/T 73045-2013")]),
    Item(title="海天 蚝油 700g 鲜味调味", brand="海天", maker="佛山市海天调味食品股份有限公司",
         standards=[("GB/T 21999-2008", "GB/T 21999-2008"), ("Q/HTWY 0004S", "Q/HTWY 0004S")],
         sc=sc("1034406040001")),
    Item(title="欧普 LED吸顶灯 客厅 超薄 36W", brand="欧普", maker="欧普照明股份有限公司",
         standards=[("GB 7000.1-2015", "GB 7000.1-2015"), ("GB 7000.201-2008", "GB 7000.201-2008")],
         ccc="2016010801765432"),
    Item(title="可优比 婴儿湿巾 80抽*10包", brand="可优比", maker="杭州可优比母婴用品有限公司",
         standards=[("GB/T 27728.1-2024", "GB/T 27728.1-2024"), ("GB 15979-2002", "GB 15979-2002")]),
]
NOISE = ["GB 4806.9-2023", "GB/T 22866-2008", "GB 6675.2-2014"]


def _facts(it: Item) -> list[tuple[str, str]]:
    rows = [("品牌", it.brand), ("制造商", it.maker),
            (RNG.choice(STD_LABELS), RNG.choice(JOINERS).join(w for w, _ in it.standards))]
    if it.ccc:
        rows.append((RNG.choice(CCC_LABELS), it.ccc))
    if it.sc:
        rows.append((RNG.choice(SC_LABELS), it.sc))
    rows += [("运行内存", "6GB"), ("型号", "HT-2024"), ("商品编码", "10086123456"), ("售后电话", "95105555")]
    RNG.shuffle(rows)
    return rows


def _noise() -> str:
    kind = RNG.randrange(3)
    if kind == 0:
        return (f'<div class="box"><h3>店长推荐</h3><ul><li>砂锅 {NOISE[0]}</li></ul></div>'
                f'<div class="reviews"><p>好评！跟{NOISE[2]}说的一样</p></div>')
    if kind == 1:
        return (f'<div class="recommend-goods"><p>热门商品：毛巾 {NOISE[1]}</p><p>台灯 3C证书编号 2018010801000111</p>'
                "</div>")
    return ('<div class="bottom"><p>本店营业执照：统一社会信用代码 91330783MA2HXXXX1B</p>'
            "<p>浙ICP备2021000001号</p></div>")


def label_tail(it: Item) -> str:
    return "".join(f'<p class="attr"><label>{k}：</label>{html.escape(v)}</p>' for k, v in _facts(it))


def cells_with_colons(it: Item) -> str:
    facts = _facts(it)
    tds = "".join(f"<td>{k}：{html.escape(v)}</td>" for k, v in facts)
    return f'<table class="goods-table"><tr>{tds}</tr></table>'


def pre_block(it: Item) -> str:
    return "<pre>" + "\n".join(f"{k}: {html.escape(v)}" for k, v in _facts(it)) + "</pre>"


def mobile_rows(it: Item) -> str:
    rows = "".join(f'<div class="row"><span class="l">{k}</span><span class="r">{html.escape(v)}</span></div>'
                   for k, v in _facts(it))
    return f'<div class="sku-info">{rows}</div>'


def jsonld_description(it: Item) -> str:
    facts = _facts(it)
    text = "；".join(f"{k}：{v}" for k, v in facts)
    data = {"@context": "https://schema.org", "@type": "Product", "name": it.title, "description": text,
            "brand": it.brand}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script><p>详见图片</p>'


LAYOUTS = [label_tail, cells_with_colons, pre_block, mobile_rows, jsonld_description]


def page(it: Item, layout: Any) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(it.title)}</title></head><body>'
            f'<div class="wrap"><h2 class="goods-title">{html.escape(it.title)}</h2><span class="sale">¥59</span>'
            f"{layout(it)}</div>{_noise()}</body></html>")


def main() -> None:
    write_set(OUT, ITEMS, LAYOUTS, page, second=2)


if __name__ == "__main__":
    main()
