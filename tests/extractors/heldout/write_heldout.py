"""Writes the held-out pages (``python -m tests.extractors.heldout.write_heldout``): layouts and wordings the
extractors were NOT tuned on, written after they were done, to measure F1 of standards and certificates.

Nothing here was chosen by looking at what the extractors do: eight layouts not used in tests/extractors/pages
(a Suning-style grouped table, a Vipshop-style div table, an i/b list, Next.js __NEXT_DATA__ JSON, <br>-separated
lines, an English cross-border page, a Xianyu-style free-text listing, a Kaola-style tab panel), label wordings
drawn at random from a wider list than the extractors' tests use, and noise with other names (同店推荐, 大家都在买,
买家秀, a ``site-foot``). The truth of each page comes from the product facts below. Seeded: the pages are the same
every run.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stdnum.iso7064 import mod_11_10

OUT = Path(__file__).resolve().parent / "pages"
RNG = random.Random(20261201)

STD_LABELS = ["执行标准", "产品标准号", "产品执行标准", "标准代号", "执行标准号", "质量标准", "产品标准", "标准号",
              "Executive standard", "Standard"]
CCC_LABELS = ["3C证书编号", "CCC认证证书号", "强制性产品认证证书编号", "3C认证", "CCC证书", "认证证书编号",
              "CCC Certificate No.", "3C certificate"]
SC_LABELS = ["生产许可证编号", "食品生产许可证号", "SC编号", "生产许可证", "食品生产许可证编号", "许可证号",
             "Food production licence"]
JOINERS = ["、", "，", "/", " ", "；", " 和 "]


def sc(d13: str) -> str:
    return "SC" + d13 + mod_11_10.calc_check_digit(d13)


@dataclass(kw_only=True)
class Item:
    title: str
    brand: str
    maker: str
    standards: list[tuple[str, str]]
    """(as written, canonical)."""
    ccc: str = ""
    sc: str = ""


ITEMS = [
    Item(title="飞利浦 电动牙刷 声波震动 HX2421", brand="飞利浦", maker="飞利浦（中国）投资有限公司",
         standards=[("GB 4706.1—2005", "GB 4706.1-2005"), ("GB4706.54-2008", "GB 4706.54-2008")],
         ccc="2020010711312345"),
    Item(title="好孩子 婴儿推车 轻便折叠 可坐可躺", brand="好孩子", maker="好孩子儿童用品有限公司",
         standards=[("GB 14748-2006", "GB 14748-2006")], ccc="2019011111223344"),
    Item(title="三只松鼠 每日坚果 750g 30袋", brand="三只松鼠", maker="三只松鼠股份有限公司",
         standards=[("GB/T 22165-2008", "GB/T 22165-2008"), ("Q/SZSS 0012S", "Q/SZSS 0012S")],
         sc=sc("1163402050122")),
    Item(title="九阳 豆浆机 1.2L 免滤 DJ12", brand="九阳", maker="九阳股份有限公司",
         standards=[("GB 4706.1-2005", "GB 4706.1-2005"), ("GB 4706.30-2008", "GB 4706.30-2008")],
         ccc="2018010711009876"),
    Item(title="晨光 中性笔 0.5mm 12支 考试专用", brand="晨光", maker="上海晨光文具股份有限公司",
         standards=[("GB 21027-2020", "GB 21027-2020"), ("QB/T 2625-2012", "QB/T 2625-2012")]),
    Item(title="李锦记 薄盐生抽 500ml 酿造酱油", brand="李锦记", maker="李锦记（新会）食品有限公司",
         standards=[("GB/T 18186—2000", "GB/T 18186-2000")], sc=sc("1034407050087")),
    Item(title="安踏 儿童运动鞋 网面透气 男童", brand="安踏", maker="安踏（中国）有限公司",
         standards=[("GB 30585-2014", "GB 30585-2014"), ("QB/T 4331-2012", "QB/T 4331-2012")]),
    Item(title="公牛 插线板 6位总控 1.8米", brand="公牛", maker="公牛集团股份有限公司",
         standards=[("GB/T 2099.1-2021", "GB/T 2099.1-2021"), ("GB 2099.3-2015", "GB 2099.3-2015")],
         ccc="2021010202412345"),
    Item(title="金龙鱼 东北大米 5kg 珍珠米", brand="金龙鱼", maker="益海嘉里（哈尔滨）粮油食品工业有限公司",
         standards=[("GB/T 1354-2018", "GB/T 1354-2018")], sc=sc("1012301080004")),
    Item(title="小天鹅 洗衣机 10公斤 滚筒 变频", brand="小天鹅", maker="无锡小天鹅电器有限公司",
         standards=[("GB 4706.24-2008", "GB 4706.24-2008"), ("GB 12021.4-2013", "GB 12021.4-2013")],
         ccc="2022010703567890"),
    Item(title="得力 儿童剪刀 安全圆头 手工", brand="得力", maker="得力集团有限公司",
         standards=[("GB 21027-2020", "GB 21027-2020"), ("DB33/T 2123-2018", "DB33/T 2123-2018")]),
    Item(title="旺旺 雪饼 520g 大礼包", brand="旺旺", maker="湖南旺旺食品有限公司",
         standards=[("GB 7100-2015", "GB 7100-2015"), ("T/CNFIA 001-2017", "T/CNFIA 001-2017")],
         sc=sc("1084301810031")),
]
NOISE_STD = ["GB 4806.7-2016", "GB/T 3280-2015", "GB 19083-2010"]  # other items' / buyers' codes
NOISE_CCC = "2017011606000123"


def _facts(it: Item) -> list[tuple[str, str]]:
    joiner = RNG.choice(JOINERS)
    rows = [("品牌", it.brand), ("生产厂家", it.maker), (RNG.choice(STD_LABELS), joiner.join(w for w, _ in it.standards))]
    if it.ccc:
        rows.append((RNG.choice(CCC_LABELS), it.ccc))
    if it.sc:
        rows.append((RNG.choice(SC_LABELS), it.sc))
    rows += [("颜色", "白色"), ("内存", "4GB"), ("货号", "GB-88"), ("条码", "6921234567890")]
    RNG.shuffle(rows)
    return rows


def _noise() -> str:
    kind = RNG.randrange(3)
    if kind == 0:
        return (f'<div class="same-shop"><h4>同店推荐</h4><p>不锈钢保温杯 执行标准：{NOISE_STD[0]}</p></div>'
                f'<div class="buyer-show"><h4>买家秀</h4><p>收到了，说是{NOISE_STD[2]}</p></div>')
    if kind == 1:
        return (f'<div class="everyone-buy"><div class="title">大家都在买</div><ul><li>不锈钢板 {NOISE_STD[1]}</li>'
                f"<li>充电器 3C证书编号：{NOISE_CCC}</li></ul></div>")
    return ('<div class="site-foot"><p>经营者营业执照 统一社会信用代码：91110108MA01XXXX0A</p>'
            "<p>增值电信业务经营许可证：京B2-20201234 客服 400-123-4567</p></div>")


def suning_grouped(it: Item) -> str:
    trs = "".join(f'<tr><td class="name"><div class="name-inner"><span>{k}</span></div></td>'
                  f'<td class="val">{html.escape(v)}</td></tr>' for k, v in _facts(it))
    return (f'<table id="itemParameter" class="table"><tbody><tr><th colspan="2">主体</th></tr>{trs}</tbody></table>')


def vip_divtable(it: Item) -> str:
    rows = "".join(f'<div class="dc-table-tr"><div class="dc-table-th">{k}：</div>'
                   f'<div class="dc-table-td">{html.escape(v)}</div></div>' for k, v in _facts(it))
    return f'<div class="dc-table">{rows}</div>'


def ib_list(it: Item) -> str:
    lis = "".join(f"<li><i>{k}</i><b>{html.escape(v)}</b></li>" for k, v in _facts(it))
    return f'<ul class="goods-param">{lis}</ul>'


def next_data(it: Item) -> str:
    data = {"props": {"pageProps": {"detail": {"title": it.title, "baseProperties": {
        "list": [{"key": k, "value": v} for k, v in _facts(it)]}}}}}
    return (f'<div id="__next"><h1>{html.escape(it.title)}</h1></div><script id="__NEXT_DATA__" '
            f'type="application/json">{json.dumps(data, ensure_ascii=False)}</script>')


def br_lines(it: Item) -> str:
    return '<div class="goods-info">' + "<br>".join(f"{k}：{html.escape(v)}" for k, v in _facts(it)) + "</div>"


def english(it: Item) -> str:
    rows = [("Brand", it.brand), ("Manufacturer", it.maker),
            ("Standard", ", ".join(w for w, _ in it.standards))]
    if it.ccc:
        rows.append(("CCC Certificate No.", it.ccc))
    if it.sc:
        rows.append(("Food production licence", it.sc))
    rows.append(("Memory", "8GB"))
    trs = "".join(f"<tr><td>{k}</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f'<section class="specs"><h2>Specifications</h2><table>{trs}</table></section>'


def xianyu_text(it: Item) -> str:
    std = "，".join(w for w, _ in it.standards)
    parts = [f"全新{it.title}，{it.maker}出品，执行的是{std}"]
    if it.ccc:
        parts.append(f"3C证书号{it.ccc}可以查")
    if it.sc:
        parts.append(f"食品生产许可证{it.sc}")
    parts.append("有意私聊，电话13912345678，不议价")
    return f'<div class="desc-text"><p>{"；".join(parts)}。</p></div>'


def kaola_tabs(it: Item) -> str:
    dds = "".join(f'<div class="prop-line"><span class="prop-key">{k}</span><span class="prop-sep">:</span>'
                  f'<span class="prop-val">{html.escape(v)}</span></div>' for k, v in _facts(it))
    return f'<div class="tab-panel" data-tab="spec"><div class="props">{dds}</div></div>'


LAYOUTS = [suning_grouped, vip_divtable, ib_list, next_data, br_lines, english, xianyu_text, kaola_tabs]


def page(it: Item, layout: Any) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(it.title)}</title></head><body>'
            f'<div class="main"><h1 class="title">{html.escape(it.title)}</h1><div class="price">¥99.00</div>'
            f"{layout(it)}</div>{_noise()}</body></html>")


def truth(it: Item) -> dict[str, Any]:
    certs = ([["ccc", it.ccc]] if it.ccc else []) + ([["sc", it.sc]] if it.sc else [])
    return {"standards": [code for _, code in it.standards], "certificates": certs}


def write_set(out: Path, items: list[Item], layouts: list[Any], page: Any, *, second: int) -> None:
    """Write each item in two layouts, its own and the one ``second`` further along, as NN_LAYOUT.html with its
    expected claims beside it in NN_LAYOUT.json (every set from 1 to 6 is written this way)."""
    out.mkdir(exist_ok=True)
    n = 0
    for i, it in enumerate(items):
        for layout in (layouts[i % len(layouts)], layouts[(i + second) % len(layouts)]):
            name = f"{n:02d}_{layout.__name__}"
            (out / f"{name}.html").write_text(page(it, layout), encoding="utf-8")
            (out / f"{name}.json").write_text(json.dumps(truth(it), ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")
            n += 1


def main() -> None:
    write_set(OUT, ITEMS, LAYOUTS, page, second=3)


if __name__ == "__main__":
    main()
