"""A third held-out set (``python -m tests.extractors.heldout.write_heldout3``), written after the fixes the second
set prompted and scored once before any further change: four more layouts, other wordings, other noise, other
products. Pages go to heldout/pages3.
"""

from __future__ import annotations

import html
import json
import random
from pathlib import Path
from typing import Any

from tests.extractors.heldout.write_heldout import Item, sc, write_set

OUT = Path(__file__).resolve().parent / "pages3"
RNG = random.Random(31337)

STD_LABELS = ["执行的标准", "标准", "生产标准", "国家标准", "产品执行标准号", "质量执行标准", "执行标准代号",
              "适用标准", "Implementation standard"]
CCC_LABELS = ["认证编号(3C)", "CCC认证编码", "3C认证号码", "CCC证书号码", "3C强制认证证书", "CCC certification number",
              "产品认证证书编号"]
SC_LABELS = ["SC生产许可证编号", "生产许可证书编号", "食品生产许可证书号", "SC码", "生产许可号", "许可证编号"]
JOINERS = ["、", "，", "/", "；", " 及 "]

ITEMS = [
    Item(title="美的 空调 1.5匹 新一级能效 变频冷暖", brand="美的", maker="美的集团武汉制冷设备有限公司",
         standards=[("GB 4706.32-2012", "GB 4706.32-2012"), ("GB 21455—2019", "GB 21455-2019")],
         ccc="2020010703298765"),
    Item(title="良品铺子 猪肉脯 200g 靖江风味", brand="良品铺子", maker="靖江市某某食品有限公司",
         standards=[("GB 2726-2016", "GB 2726-2016"), ("Q/LPPZ 0023S-2021", "Q/LPPZ 0023S-2021")],
         sc=sc("1043212820065")),
    Item(title="babycare 儿童餐椅 多功能 可折叠", brand="babycare", maker="杭州弘美生物科技有限公司",
         standards=[("GB 22793.1-2008", "GB 22793.1-2008"), ("GB 28007-2024", "GB 28007-2024")]),
    Item(title="小米 电动滑板车 4 Pro 续航55km", brand="小米", maker="九号科技有限公司",
         standards=[("GB/T 42825-2023", "GB/T 42825-2023")], ccc="2022011111445566"),
    Item(title="洽洽 香瓜子 308g*3袋 焦糖味", brand="洽洽", maker="洽洽食品股份有限公司",
         standards=[("GB 19300-2014", "GB 19300-2014"), ("GB/T 22165", "GB/T 22165")], sc=sc("1163401020087")),
    Item(title="爱华仕 拉杆箱 20寸 万向轮 登机箱", brand="爱华仕", maker="广州爱华仕箱包有限公司",
         standards=[("QB/T 2155-2018", "QB/T 2155-2018")]),
    Item(title="松下 电吹风 大功率 负离子 EH-NE2", brand="松下", maker="松下电器（中国）有限公司",
         standards=[("GB 4706.15-2008", "GB 4706.15-2008"), ("GB 4343.1-2018", "GB 4343.1-2018")],
         ccc="2019010708765432"),
    Item(title="元气森林 苏打气泡水 480ml*15瓶", brand="元气森林", maker="元气森林（滁州）饮料有限公司",
         standards=[("GB/T 10792-2008", "GB/T 10792-2008"), ("T/CBIA 002-2018", "T/CBIA 002-2018")],
         sc=sc("1063411010034")),
    Item(title="迪卡侬 儿童自行车 14寸 带辅助轮", brand="迪卡侬", maker="迪卡侬（上海）体育用品有限公司",
         standards=[("GB 14746-2006", "GB 14746-2006"), ("GB 3565.1-2022", "GB 3565.1-2022")], ccc=""),
    Item(title="德力西 空气开关 2P 32A 家用断路器", brand="德力西", maker="德力西电气有限公司",
         standards=[("GB/T 10963.1-2020", "GB/T 10963.1-2020")], ccc="2021010304765401"),
]
NOISE = ["GB 4806.7-2023", "GB/T 18883-2022", "GB 6675.4-2014"]


def _facts(it: Item) -> list[tuple[str, str]]:
    rows = [("品牌名称", it.brand), ("厂家", it.maker),
            (RNG.choice(STD_LABELS), RNG.choice(JOINERS).join(w for w, _ in it.standards))]
    if it.ccc:
        rows.append((RNG.choice(CCC_LABELS), it.ccc))
    if it.sc:
        rows.append((RNG.choice(SC_LABELS), it.sc))
    rows += [("存储容量", "128GB"), ("规格型号", "GB-5"), ("EAN", "6971234567894"), ("400热线", "4008-123-456")]
    RNG.shuffle(rows)
    return rows


def _noise() -> str:
    kind = RNG.randrange(4)
    if kind == 0:
        return f'<div class="tj-list"><h5>相关商品</h5><p>玻璃杯 {NOISE[0]}</p></div>'
    if kind == 1:
        return f'<div class="history"><div class="hd">浏览记录</div><p>净化器 执行标准 {NOISE[1]}</p></div>'
    if kind == 2:
        return (f'<div class="rate-box"><p class="rate-title">宝贝评价(2000+)</p><p>和{NOISE[2]}一样安全</p>'
                "<p>3C号2019010700000001对得上</p></div>")
    return ('<div class="copyright">© 2024 某某商城 版权所有 经营者营业执照：91310000MA1FL0XXXX '
            "沪ICP备2020000000号</div>")


def six_cells(it: Item) -> str:
    facts = _facts(it)
    while len(facts) % 3:
        facts.append(("", ""))
    trs = "".join("<tr>" + "".join(f'<td class="attr-name">{k}</td><td class="attr-value">{html.escape(v)}</td>'
                                   for k, v in facts[i : i + 3]) + "</tr>" for i in range(0, len(facts), 3))
    return f"<table>{trs}</table>"


def text_then_span(it: Item) -> str:
    return "<ul>" + "".join(f"<li>{k}<span>{html.escape(v)}</span></li>" for k, v in _facts(it)) + "</ul>"


def pipe_lines(it: Item) -> str:
    return '<div class="intro">' + "".join(f"<p>{k} | {html.escape(v)}</p>" for k, v in _facts(it)) + "</div>"


def jsonld_variant(it: Item) -> str:
    facts = _facts(it)
    std = next(v for k, v in facts if k in STD_LABELS)
    data: dict[str, Any] = {"@context": "http://schema.org/", "@type": ["Product", "IndividualProduct"],
                            "name": it.title, "brand": [{"@type": "Brand", "name": it.brand}],
                            "additionalProperty": {"@type": "PropertyValue", "name": "执行标准", "value": std}}
    certs = []
    if it.ccc:
        certs.append({"@type": "Certification", "certificationIdentification": it.ccc,
                      "name": "中国强制性产品认证", "issuedBy": "中国质量认证中心"})
    if it.sc:
        certs.append({"@type": "Certification", "identifier": it.sc, "name": "食品生产许可证"})
    if certs:
        data["hasCertification"] = certs if len(certs) > 1 else certs[0]
    return f'<script type="application/ld+json">\n{json.dumps(data, ensure_ascii=False, indent=2)}\n</script>'


LAYOUTS = [six_cells, text_then_span, pipe_lines, jsonld_variant]


def page(it: Item, layout: Any) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(it.title)}</title></head><body>'
            f'<div class="content"><div class="name">{html.escape(it.title)}</div><em class="money">¥88</em>'
            f"{layout(it)}</div>{_noise()}</body></html>")


def main() -> None:
    write_set(OUT, ITEMS, LAYOUTS, page, second=1)


if __name__ == "__main__":
    main()
