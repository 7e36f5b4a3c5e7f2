"""A fourth held-out set (``python -m tests.extractors.heldout.write_heldout4``), written after the fixes the third
set prompted and scored once before any further change: three more layouts, sentences that put words between a
label and its number, bundles of other products (组合套餐), coupons and activity boxes, labels drawn from all earlier
lists and a new one, other products. Pages go to heldout/pages4.
"""

from __future__ import annotations

import html
import random
from pathlib import Path
from typing import Any

from tests.extractors.heldout import write_heldout as h1
from tests.extractors.heldout import write_heldout2 as h2
from tests.extractors.heldout import write_heldout3 as h3
from tests.extractors.heldout.write_heldout import Item, sc, write_set

OUT = Path(__file__).resolve().parent / "pages4"
RNG = random.Random(4444)

STD_LABELS = [*h1.STD_LABELS, *h2.STD_LABELS, *h3.STD_LABELS, "产品符合标准", "检验标准", "执行标准（国标）"]
CCC_LABELS = [*h1.CCC_LABELS, *h2.CCC_LABELS, *h3.CCC_LABELS, "3C认证证书", "CCC强制认证编号"]
SC_LABELS = [*h1.SC_LABELS, *h2.SC_LABELS, *h3.SC_LABELS, "食品SC编号", "生产许可证编码"]

ITEMS = [
    Item(title="格力 电风扇 落地扇 七叶 遥控定时", brand="格力", maker="珠海格力电器股份有限公司",
         standards=[("GB 4706.27-2008", "GB 4706.27-2008"), ("GB 12021.9-2021", "GB 12021.9-2021")],
         ccc="2021010707123456"),
    Item(title="卫龙 辣条 大面筋 106g*10袋", brand="卫龙", maker="漯河市平平食品有限责任公司",
         standards=[("GB 2711-2014", "GB 2711-2014"), ("Q/PPSP 0004S", "Q/PPSP 0004S")], sc=sc("1234111020004")),
    Item(title="可爱多 儿童牙刷 软毛 3支装", brand="可爱多", maker="扬州某某口腔护理用品有限公司",
         standards=[("GB 30002-2013", "GB 30002-2013"), ("QB/T 2935-2007", "QB/T 2935-2007")]),
    Item(title="奥克斯 电暖器 取暖器 家用 节能", brand="奥克斯", maker="宁波奥克斯电气股份有限公司",
         standards=[("GB 4706.23-2007", "GB 4706.23-2007")], ccc="2020010710987654"),
    Item(title="三元 鲜牛奶 950ml 巴氏杀菌", brand="三元", maker="北京三元食品股份有限公司",
         standards=[("GB 19645-2010", "GB 19645-2010")], sc=sc("1061105010003")),
    Item(title="孩子王 婴儿连体衣 纯棉 新生儿", brand="孩子王", maker="孩子王儿童用品股份有限公司",
         standards=[("GB 31701-2015", "GB 31701-2015"), ("FZ/T 81014-2008", "FZ/T 81014-2008")]),
    Item(title="绿联 充电器 65W 氮化镓 三口", brand="绿联", maker="深圳市绿联科技股份有限公司",
         standards=[("GB 4943.1-2022", "GB 4943.1-2022"), ("GB/T 9254.1-2021", "GB/T 9254.1-2021")],
         ccc="2023010907456123"),
    Item(title="思念 水饺 猪肉白菜 1kg 速冻", brand="思念", maker="郑州思念食品有限公司",
         standards=[("GB 19295-2021", "GB 19295-2021"), ("SB/T 10412-2007", "SB/T 10412-2007")],
         sc=sc("1114101030016")),
    Item(title="九牧 水龙头 厨房 冷热 不锈钢", brand="九牧", maker="九牧厨卫股份有限公司",
         standards=[("GB 18145-2014", "GB 18145-2014"), ("GB 25501-2019", "GB 25501-2019")]),
    Item(title="飞科 剃须刀 电动 全身水洗 FS927", brand="飞科", maker="上海飞科电器股份有限公司",
         standards=[("GB 4706.9-2008", "GB 4706.9-2008")], ccc="2018010703112233"),
]
NOISE = ["GB 4806.8-2022", "GB/T 26125-2011", "GB 28007-2024"]


def _facts(it: Item) -> list[tuple[str, str]]:
    rows = [("品牌", it.brand), ("生产商", it.maker),
            (RNG.choice(STD_LABELS), RNG.choice(h1.JOINERS).join(w for w, _ in it.standards))]
    if it.ccc:
        rows.append((RNG.choice(CCC_LABELS), it.ccc))
    if it.sc:
        rows.append((RNG.choice(SC_LABELS), it.sc))
    rows += [("机身内存", "256GB"), ("型号", "FS-927"), ("商品条码", "6971234567801"), ("服务热线", "400-600-8686")]
    RNG.shuffle(rows)
    return rows


def _noise() -> str:
    kind = RNG.randrange(4)
    if kind == 0:
        return (f'<div class="combo"><h4>组合套餐</h4><p>搭配 保鲜盒 执行标准 {NOISE[0]} 立省20元</p></div>')
    if kind == 1:
        return ('<div class="activity"><p>店铺活动：满199减20，券号 2024052000112233</p>'
                f'<p>看了该商品的人还看了：清洁剂 {NOISE[1]}</p></div>')
    if kind == 2:
        return f'<aside class="side-recommend"><p>婴儿床 {NOISE[2]}</p></aside>'
    return ('<div class="foot-info"><p>卖家营业执照：统一社会信用代码 91440101MA5CXXXX2Y</p>'
            "<p>粤ICP备2019000000号-2</p></div>")


def dd_span(it: Item) -> str:
    return '<dl class="item-props">' + "".join(f"<dd><span>{k}：</span>{html.escape(v)}</dd>"
                                                for k, v in _facts(it)) + "</dl>"


def plain_div_pairs(it: Item) -> str:
    return "".join(f'<div class="prop"><div>{k}</div><div>{html.escape(v)}</div></div>' for k, v in _facts(it))


def header_table(it: Item) -> str:
    trs = "".join(f"<tr><td>{k}</td><td>{html.escape(v)}</td></tr>" for k, v in _facts(it))
    return f"<table><tr><th>参数</th><th>值</th></tr>{trs}</table>"


def sentences(it: Item) -> str:
    parts = [f"本品由{it.maker}制造，符合国家标准{'和'.join(w for w, _ in it.standards)}的要求"]
    if it.ccc:
        parts.append(f"已通过3C认证，证书编号为{it.ccc}")
    if it.sc:
        parts.append(f"食品生产许可证编号是{it.sc}")
    return f'<div class="detail"><p>{"，".join(parts)}。售后电话400-600-8686。</p></div>'


LAYOUTS: list[Any] = [dd_span, plain_div_pairs, header_table, sentences, h2.label_tail, h3.six_cells, h1.ib_list]


def page(it: Item, layout: Any) -> str:
    body = layout(it)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(it.title)}</title></head><body>'
            f'<div class="goods"><h1>{html.escape(it.title)}</h1><p class="price">¥66.00</p>{body}</div>'
            f"{_noise()}</body></html>")


def main() -> None:
    # The layouts borrowed from earlier sets draw their labels from those sets' lists: give them this set's.
    for module in (h1, h2, h3):
        module.STD_LABELS[:] = STD_LABELS
        module.CCC_LABELS[:] = CCC_LABELS
        module.SC_LABELS[:] = SC_LABELS
    write_set(OUT, ITEMS, LAYOUTS, page, second=4)


if __name__ == "__main__":
    main()
