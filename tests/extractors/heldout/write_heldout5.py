"""The fifth held-out set (``python -m tests.extractors.heldout.write_heldout5``): written after the fixes the
fourth set prompted and scored once before any further change. Four more layouts, other wordings, noise shaped
as item cards that link to other items, buyers' Q&A, service promises and a shop-qualification box. Pages go to
heldout/pages5.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path
from typing import Any

from tests.extractors.heldout.write_heldout import Item, sc, write_set

OUT = Path(__file__).resolve().parent / "pages5"
RNG = random.Random(55555)

STD_LABELS = ["产品执行的标准", "执行标准编号", "标准依据", "依据标准", "所执行标准", "Standard No.", "GB标准"]
CCC_LABELS = ["3C认证编号", "CCC认证证书编号", "3C证号", "强制性认证编号", "CCC No.", "3C证书"]
SC_LABELS = ["SC许可编号", "食品生产许可", "生产许可证编号(SC)", "许可证编号SC", "食品生产许可证"]

ITEMS = [
    Item(title="摩飞 多功能料理锅 家用 电火锅", brand="摩飞", maker="广东摩飞电器有限公司",
         standards=[("GB 4706.1-2005", "GB 4706.1-2005"), ("GB4706.14—2008", "GB 4706.14-2008")],
         ccc="2020010711765432"),
    Item(title="百草味 芒果干 120g*3袋 果脯", brand="百草味", maker="杭州郝姆斯食品有限公司",
         standards=[("GB 14884-2016", "GB 14884-2016")], sc=sc("1173301100234")),
    Item(title="可孚 电子体温计 婴儿 腋下", brand="可孚", maker="可孚医疗科技股份有限公司",
         standards=[("GB 9706.1-2020", "GB 9706.1-2020"), ("YY 0785-2010", "YY 0785-2010")]),
    Item(title="倍思 数据线 Type-C 100W 快充 2米", brand="倍思", maker="深圳市倍思科技有限公司",
         standards=[("GB/T 36954-2018", "GB/T 36954-2018")]),
    Item(title="康师傅 红烧牛肉面 袋装 5连包", brand="康师傅", maker="天津顶益国际食品有限公司",
         standards=[("GB 17400-2015", "GB 17400-2015"), ("Q/TDY 0001S-2022", "Q/TDY 0001S-2022")],
         sc=sc("1041211080022")),
    Item(title="小熊 加湿器 大容量 卧室 静音 4L", brand="小熊", maker="小熊电器股份有限公司",
         standards=[("GB 4706.48-2009", "GB 4706.48-2009"), ("GB/T 23332-2018", "GB/T 23332-2018")],
         ccc="2019010712543210"),
    Item(title="全棉时代 婴儿棉柔巾 100抽*6包", brand="全棉时代", maker="深圳全棉时代科技有限公司",
         standards=[("GB/T 27728.2-2024", "GB/T 27728.2-2024"), ("GB 15979-2002", "GB 15979-2002")]),
    Item(title="宜家 儿童书桌 可升降 学习桌", brand="宜家", maker="宜家（中国）投资有限公司",
         standards=[("GB 28007-2024", "GB 28007-2024"), ("GB/T 3976-2014", "GB/T 3976-2014")]),
    Item(title="双汇 王中王 火腿肠 400g", brand="双汇", maker="河南双汇投资发展股份有限公司",
         standards=[("GB/T 20712-2022", "GB/T 20712-2022")], sc=sc("1044111020008")),
    Item(title="欧普 护眼台灯 学生 国AA级 LED", brand="欧普", maker="欧普照明股份有限公司",
         standards=[("GB 7000.1-2015", "GB 7000.1-2015"), ("GB/T 9473-2022", "GB/T 9473-2022"),
                    ("GB 40070-2021", "GB 40070-2021")], ccc="2022010801887766"),
]


def _facts(it: Item) -> list[tuple[str, str]]:
    rows = [("品牌", it.brand), ("出品方", it.maker),
            (RNG.choice(STD_LABELS), RNG.choice(["、", "，", "/", "；"]).join(w for w, _ in it.standards))]
    if it.ccc:
        rows.append((RNG.choice(CCC_LABELS), it.ccc))
    if it.sc:
        rows.append((RNG.choice(SC_LABELS), it.sc))
    rows += [("内存容量", "16GB"), ("产品型号", "MF-8G"), ("国际条码", "6970000123456"), ("订购热线", "0755-86001234")]
    RNG.shuffle(rows)
    return rows


def _noise() -> str:
    kind = RNG.randrange(4)
    if kind == 0:
        return ('<div class="mod-items"><div class="item-card"><a href="//item.example.com/item.htm?id=6012345">'
                "<p>同类好物 电水壶 GB 4706.19-2008</p></a></div><div class=\"item-card\">"
                '<a href="/goods/8812.html"><p>暖风机 3C证书编号：2018010711000222</p></a></div></div>')
    if kind == 1:
        return ('<div class="ask-answer"><p>问：这个符合GB 6675.1-2014吗？</p><p>答：不清楚，我买的是另一款</p></div>')
    if kind == 2:
        return ('<div class="service-promise"><span>正品保障</span><span>3C认证 全检</span><span>7天无理由</span>'
                "</div>")
    return ('<div class="qualification"><h6>店铺资质</h6><p>营业执照注册号：91440300MA5FXXXX3K</p>'
            "<p>食品经营许可证：JY14403050012345</p></div>")


def em_colon_span(it: Item) -> str:
    return '<div class="parameter">' + "".join(f"<p><em>{k}</em>：<span>{html.escape(v)}</span></p>"
                                               for k, v in _facts(it)) + "</div>"


def dash_list(it: Item) -> str:
    return "<ol>" + "".join(f"<li>{k}——{html.escape(v)}</li>" for k, v in _facts(it)) + "</ol>"


def captioned_table(it: Item) -> str:
    rows = []
    for k, v in _facts(it):
        if RNG.random() < 0.3:
            rows.append(f"<tr><td>{k}</td><td>{html.escape(v)}</td><td>以实物为准</td></tr>")
        else:
            rows.append(f'<tr><td>{k}</td><td colspan="3">{html.escape(v)}</td></tr>')
    return f"<table><caption>规格参数</caption>{''.join(rows)}</table>"


def textarea_json(it: Item) -> str:
    data = {"attrs": [{"n": k, "v": v} for k, v in _facts(it)]}
    return (f'<textarea id="initData" style="display:none">{html.escape(json.dumps(data, ensure_ascii=False))}'
            "</textarea><div id=\"mount\">加载中</div>")


LAYOUTS = [em_colon_span, dash_list, captioned_table, textarea_json]


def page(it: Item, layout: Any) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(it.title)}</title></head><body>'
            f'<div class="pdp"><div class="pdp-title">{html.escape(it.title)}</div><b class="cost">¥199</b>'
            f"{layout(it)}</div>{_noise()}</body></html>")


def main() -> None:
    write_set(OUT, ITEMS, LAYOUTS, page, second=1)


if __name__ == "__main__":
    main()
