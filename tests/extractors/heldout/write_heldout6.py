"""The sixth held-out set (``python -m tests.extractors.heldout.write_heldout6``): written after the fixes the fifth
set prompted and scored once before any change (two fixes followed: transposed tables, and a look-behind bug). Four
more layouts (alternating label/value spans in one box, a transposed table, <br> lines inside one cell, values with
prefixes and notes), other wordings and other noise. Pages go to heldout/pages6.
"""

from __future__ import annotations

import html
import random
from pathlib import Path
from typing import Any

from tests.extractors.heldout.write_heldout import Item, sc, write_set

OUT = Path(__file__).resolve().parent / "pages6"
RNG = random.Random(6)

STD_LABELS = ["执行标准", "产品标准", "标准号", "执 行 标 准", "执行的国家标准", "参照标准"]
CCC_LABELS = ["3C认证证书编号", "CCC证书", "3C", "CCC认证", "强制性产品认证证书号"]
SC_LABELS = ["生产许可证编号", "SC证书编号", "食品生产许可证号码"]
PREFIXES = ["", "国标", "标准号", "", "依据"]

ITEMS = [
    Item(title="爱仕达 不粘锅 炒锅 32cm 燃气电磁炉通用", brand="爱仕达", maker="爱仕达股份有限公司",
         standards=[("GB 4806.9-2023", "GB 4806.9-2023"), ("GB 4806.10-2016", "GB 4806.10-2016")]),
    Item(title="徐福记 酥心糖 500g 喜糖", brand="徐福记", maker="东莞徐记食品有限公司",
         standards=[("GB 17399-2016", "GB 17399-2016"), ("SB/T 10347-2017", "SB/T 10347-2017")],
         sc=sc("1134419010078")),
    Item(title="乐扣乐扣 保温杯 316不锈钢 500ml", brand="乐扣乐扣", maker="乐扣乐扣（苏州）工业有限公司",
         standards=[("GB 4806.9-2023", "GB 4806.9-2023"), ("GB/T 29606-2013", "GB/T 29606-2013")]),
    Item(title="艾美特 暖风机 浴室 防水 2000W", brand="艾美特", maker="艾美特电器（深圳）有限公司",
         standards=[("GB 4706.23-2007", "GB 4706.23-2007")], ccc="2019010710223344"),
    Item(title="好丽友 派 巧克力 12枚 礼盒", brand="好丽友", maker="好丽友食品（上海）有限公司",
         standards=[("GB/T 20977-2007", "GB/T 20977-2007")], sc=sc("1083101150012")),
    Item(title="英氏 婴儿辅食 米粉 258g 原味", brand="英氏", maker="英氏控股集团股份有限公司",
         standards=[("GB 10769-2010", "GB 10769-2010"), ("GB 10767-2021", "GB 10767-2021")],
         sc=sc("1404301050013")),
    Item(title="奥克斯 电热毯 双人 双控 1.8m", brand="奥克斯", maker="宁波奥克斯电气股份有限公司",
         standards=[("GB 4706.8-2008", "GB 4706.8-2008")], ccc="2020010712445566"),
    Item(title="泡泡玛特 盲盒 手办 潮玩 摆件", brand="泡泡玛特", maker="北京泡泡玛特文化创意有限公司",
         standards=[("GB 6675.1-2014", "GB 6675.1-2014"), ("GB 6675.4-2014", "GB 6675.4-2014")],
         ccc="2021011601998877"),
    Item(title="南极人 羽绒被 冬被 加厚 200x230", brand="南极人", maker="南通某某家纺有限公司",
         standards=[("GB/T 14272-2021", "GB/T 14272-2021"), ("GB 18401-2010", "GB 18401-2010"),
                    ("FZ/T 80001-2002", "FZ/T 80001-2002")]),
    Item(title="立白 洗衣液 3kg 薰衣草 深层洁净", brand="立白", maker="广州立白企业集团有限公司",
         standards=[("GB/T 13171.2-2009", "GB/T 13171.2-2009")]),
]


def _facts(it: Item) -> list[tuple[str, str]]:
    notes = ["", "（A类）", "", "(合格品)", ""]
    std = RNG.choice(["、", "，", "/"]).join(RNG.choice(PREFIXES) + w + RNG.choice(notes) for w, _ in it.standards)
    rows = [("品牌", it.brand), ("生产者", it.maker), (RNG.choice(STD_LABELS), std)]
    if it.ccc:
        rows.append((RNG.choice(CCC_LABELS), it.ccc))
    if it.sc:
        rows.append((RNG.choice(SC_LABELS), it.sc))
    rows += [("容量", "32GB"), ("型号规格", "GB-32"), ("条形码", "6901234000018"), ("售后", "400-820-0820")]
    RNG.shuffle(rows)
    return rows


def _noise() -> str:
    kind = RNG.randrange(4)
    if kind == 0:
        return ('<div class="float-coupon">领券立减 满100减10</div>'
                '<div class="brand-story"><h3>品牌故事</h3><p>品牌始创于1998年，专注品质二十余年。</p></div>')
    if kind == 1:
        return ('<div class="shop-hot"><h3>本店热卖</h3><ul><li><a href="/item/77001.html">电饭煲 GB 4706.19-2008'
                '</a></li><li><a href="/item/77002.html">电水壶 3C证书编号：2018010700000099</a></li></ul></div>')
    if kind == 2:
        return ('<div class="rate-list"><div class="rate-item">买家：包装有GB/T 18883-2022字样，应该没问题'
                "</div></div>")
    return ('<div class="shop-card"><p>掌柜：某某 旺旺在线</p><p>本店营业执照：91330100MA27XXXX8P '
            "经营许可证：JY13301000000001</p></div>")


def alternating_spans(it: Item) -> str:
    spans = "".join(f"<span class=\"k\">{k}：</span><span class=\"v\">{html.escape(v)}</span>" for k, v in _facts(it))
    return f'<div class="spec-box">{spans}</div>'


def transposed_table(it: Item) -> str:
    facts = _facts(it)
    head = "".join(f"<th>{k}</th>" for k, _ in facts)
    row = "".join(f"<td>{html.escape(v)}</td>" for _, v in facts)
    return f"<table><tr>{head}</tr><tr>{row}</tr></table>"


def br_in_cell(it: Item) -> str:
    lines = "<br/>".join(f"{k}：{html.escape(v)}" for k, v in _facts(it))
    return f'<table class="info"><tr><td class="label">商品信息</td><td>{lines}</td></tr></table>'


def prefixed_list(it: Item) -> str:
    return '<ul class="list">' + "".join(f"<li>{k} ： {html.escape(v)}</li>" for k, v in _facts(it)) + "</ul>"


LAYOUTS = [alternating_spans, transposed_table, br_in_cell, prefixed_list]


def page(it: Item, layout: Any) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(it.title)}</title></head><body>'
            f'<div class="item-main"><h1>{html.escape(it.title)}</h1><span class="num">¥128</span>'
            f"{layout(it)}</div>{_noise()}</body></html>")


def main() -> None:
    write_set(OUT, ITEMS, LAYOUTS, page, second=2)


if __name__ == "__main__":
    main()
