"""Messy listing text -> normalized claims, as a table (price-parser style). Known misses are strict xfails."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from extractors import extract_text_claims, find_certificates, find_standards, normalize_standard
from shelfwatch.folding import fold
from shelfwatch.models import ClaimKind
from shelfwatch.standard_codes import _RULES as _STANDARD_RULES


@dataclass(frozen=True, kw_only=True)
class Example:
    text: str
    standards: list[str] = field(default_factory=list)
    certificates: list[tuple[str, str, bool | None]] = field(default_factory=list)
    """(type, number, valid)"""
    why: str = ""


EXAMPLES: list[Example] = [
    # --- standards: how listings write them (domain.md §1)
    Example(text="执行标准：GB/T 14272-2011", standards=["GB/T 14272-2011"]),
    Example(text="执行标准: GB 21027—2020", standards=["GB 21027-2020"], why="em dash"),
    Example(text="执行标准：GB 21027–2020", standards=["GB 21027-2020"], why="en dash"),
    Example(text="产品标准号：GB/T10782", standards=["GB/T 10782"], why="no space, no year"),
    Example(text="GB31241-2014", standards=["GB 31241-2014"]),
    Example(text="执行标准：GB 18401-2010 B类", standards=["GB 18401-2010"], why="class suffix"),
    Example(text="安全类别：GB18401-2010B类", standards=["GB 18401-2010"], why="class suffix glued"),
    Example(text="产品标准号：GB/T10781.1(优级）", standards=["GB/T 10781.1"], why="grade suffix"),
    Example(text="执行标准：ＧＢ／Ｔ１４２７２－２０１１", standards=["GB/T 14272-2011"], why="full width"),
    Example(text="执行标准：gb/t 14272-2011", standards=["GB/T 14272-2011"], why="lower case"),
    Example(text="执行标准：GB／T 22165", standards=["GB/T 22165"], why="full-width slash only"),
    Example(text="GB 31701 婴幼儿用品", standards=["GB 31701"]),
    Example(text="执行标准：GB 6675.1-2014", standards=["GB 6675.1-2014"], why="part"),
    Example(
        text="执行标准：GB 6675.1-2014、GB 6675.2-2014，GB 6675.3-2014/GB 6675.4-2014",
        standards=["GB 6675.1-2014", "GB 6675.2-2014", "GB 6675.3-2014", "GB 6675.4-2014"],
    ),
    Example(text="GB 18401-2010 GB 31701-2015", standards=["GB 18401-2010", "GB 31701-2015"], why="space list"),
    Example(text="GB/T 14272-2011;GB 18401-2010", standards=["GB/T 14272-2011", "GB 18401-2010"]),
    Example(text="执行标准：GB 2760-96", standards=["GB 2760-1996"], why="2-digit year expanded"),
    Example(text="执行标准：GB 4806.7-16", standards=["GB 4806.7-2016"], why="2-digit year after 2000"),
    Example(text="本产品执行GB/T 14272-2021标准，含绒量90%", standards=["GB/T 14272-2021"], why="running text"),
    Example(text="执行标准GB/T 2828.1-2012检验合格", standards=["GB/T 2828.1-2012"]),
    Example(text="执行标准：GBT 14272-2011", standards=["GB/T 14272-2011"], why="slash left out"),
    Example(text="GB/Z 26337.1-2010", standards=["GB/Z 26337.1-2010"]),
    Example(text="GBZ 2.1-2019", standards=["GBZ 2.1-2019"], why="GBZ is a real prefix"),
    Example(text="GB 4943.1-2022 GB 31241-2022", standards=["GB 4943.1-2022", "GB 31241-2022"]),
    Example(text="执行标准：QB/T 1333-2018", standards=["QB/T 1333-2018"]),
    Example(text="执行标准：FZ/T 81010-2018 合格", standards=["FZ/T 81010-2018"]),
    Example(text="执行标准：FZ/T73020—2019", standards=["FZ/T 73020-2019"]),
    Example(text="SB/T 10379-2012", standards=["SB/T 10379-2012"]),
    Example(text="HG/T 2580-2008", standards=["HG/T 2580-2008"]),
    Example(text="SN/T 1522-2005", standards=["SN/T 1522-2005"]),
    Example(text="YY 0469-2011", standards=["YY 0469-2011"], why="mandatory industry standard"),
    Example(text="JB/T 7315-2008", standards=["JB/T 7315-2008"]),
    Example(text="QC/T 29106-2014", standards=["QC/T 29106-2014"]),
    Example(text="SJ/T 11364-2014", standards=["SJ/T 11364-2014"]),
    Example(text="BB/T 0034-2017", standards=["BB/T 0034-2017"]),
    Example(text="执行标准：sc/t 3035-2008", standards=["SC/T 3035-2008"], why="SC/T is aquatic, not a licence"),
    Example(text="LY/T 1659-2006", standards=["LY/T 1659-2006"], why="industry code outside the domain list"),
    Example(text="执行标准：DB36/T 922-2023", standards=["DB36/T 922-2023"]),
    Example(text="DB36/T 1915—2023", standards=["DB36/T 1915-2023"]),
    Example(text="DB36 1234-2020", standards=["DB36 1234-2020"], why="local mandatory"),
    Example(text="执行标准：T/CGCC 18-2018", standards=["T/CGCC 18-2018"]),
    Example(text="执行标准：Q/HYX 0001S-2020", standards=["Q/HYX 0001S-2020"]),
    Example(text="执行标准: Q/320585 JYL 01-2019", standards=["Q/320585JYL 01-2019"]),
    Example(
        text="GB/T 14272 羽绒服 执行GB/T 14272-2011",
        standards=["GB/T 14272-2011"],
        why="yearless mention dropped when the dated one is present",
    ),
    # --- certificates
    Example(text="3C证书编号：2022011606454871", certificates=[("ccc", "2022011606454871", True)]),
    Example(text="CCC证书编号:2020010703123456", certificates=[("ccc", "2020010703123456", True)]),
    Example(text="认证编号：2019011606125567（CCC）", certificates=[("ccc", "2019011606125567", True)]),
    Example(
        text="证书编号：2016010902879616证书状态：有效产品名称：便携式计算机3C规格型号：Lenovo",
        certificates=[("ccc", "2016010902879616", True)],
    ),
    Example(text="3C证书编号：1999011606454871", certificates=[("ccc", "1999011606454871", False)], why="year < 2002"),
    Example(text="3C证书编号：201801070856249", certificates=[("ccc", "201801070856249", False)],
            why="15 digits under a 3C label: the shop's claim, invalid"),
    Example(text="CCC证书编号：20230111062086601", certificates=[("ccc", "20230111062086601", False)],
            why="17 digits under a CCC label"),
    Example(text="订单编号：2024051512345678901", certificates=[], why="19-digit order number is no certificate"),
    Example(text="CCC：2050010703123456", certificates=[("ccc", "2050010703123456", False)], why="future year"),
    Example(text="生产许可证编号：SC11435078200021", certificates=[("sc", "SC11435078200021", True)]),
    Example(text="食品生产许可证编号 SC10600000000000", certificates=[("sc", "SC10600000000000", False)]),
    Example(text="SC12345678901234", certificates=[("sc", "SC12345678901234", False)], why="placeholder"),
    Example(text="许可证：ＳＣ１１４３５０７８２０００２１", certificates=[("sc", "SC11435078200021", True)]),
    Example(text="生产许可证编号：QS3301 1401 0973", certificates=[("qs", "QS330114010973", True)]),
    Example(text="QS350714012179", certificates=[("qs", "QS350714012179", True)]),
    Example(text="全国工业产品生产许可证：XK16-108-01234", certificates=[("xk", "XK16-108-01234", True)]),
    Example(text="生产许可证 （粤）XK16-204-00123", certificates=[("xk", "(粤)XK16-204-00123", True)]),
    Example(text="统一社会信用代码：91350100M000100Y43", certificates=[("uscc", "91350100M000100Y43", True)]),
    Example(text="统一社会信用代码：91350100M000100Y44", certificates=[("uscc", "91350100M000100Y44", False)]),
    Example(text="批准文号：国妆特字G20190372", certificates=[("cosmetics", "国妆特字G20190372", True)]),
    Example(text="国妆特进字J20190123", certificates=[("cosmetics", "国妆特进字J20190123", True)]),
    Example(text="备案编号：粤G妆网备字2021034379", certificates=[("cosmetics", "粤G妆网备字2021034379", True)]),
    Example(text="国妆网备进字（京）2019000000", certificates=[("cosmetics", "国妆网备进字(京)2019000000", True)]),
    Example(text="生产许可证：粤妆20160001", certificates=[("cosmetics", "粤妆20160001", True)]),
    Example(text="注册证编号：国械注准20193090123", certificates=[("medical_device", "国械注准20193090123", True)]),
    Example(text="国械注进20172461234", certificates=[("medical_device", "国械注进20172461234", True)]),
    Example(text="苏械注准20172640123", certificates=[("medical_device", "苏械注准20172640123", True)]),
    Example(text="京械备20150001", certificates=[("medical_device", "京械备20150001", True)]),
    Example(
        text="生产许可证编号：SC11435078200021产品标准号：GB/T13738.2-2008厂家联系方式：4000599567",
        standards=["GB/T 13738.2-2008"],
        certificates=[("sc", "SC11435078200021", True)],
    ),
    # --- the forms issue 5 names: separators, lists sharing a prefix, parts, suffixes
    Example(text="执行标准：GB-20977", standards=["GB 20977"], why="hyphen for the space"),
    Example(text="GB/T1234—2008", standards=["GB/T 1234-2008"], why="no space, em dash"),
    Example(text="执行标准：GB／T １２３４", standards=["GB/T 1234"], why="full-width slash and digits"),
    Example(text="执行标准：GB/T 2912.1/2913", standards=["GB/T 2912.1", "GB/T 2913"], why="slash list, one prefix"),
    Example(text="GB 2762、2763-2021", standards=["GB 2762", "GB 2763-2021"], why="、 list, one prefix"),
    Example(text="执行标准：GB/T 8939-2018，8940-2018", standards=["GB/T 8939-2018", "GB/T 8940-2018"]),
    Example(text="GB 4806.7-2016和4806.11-2016", standards=["GB 4806.7-2016", "GB 4806.11-2016"]),
    Example(text="执行标准：GB/T 14272-2011、2021版", standards=["GB/T 14272-2011"],
            why="an edition year after the list mark is no second number"),
    Example(text="GB 31701-2015、100%棉", standards=["GB 31701-2015"], why="a percentage is no second number"),
    Example(text="执行标准：GB 5009.201-2016", standards=["GB 5009.201-2016"], why="three-digit part"),
    Example(text="GB 2763-2021 第1号修改单", standards=["GB 2763-2021"], why="amendment is not part of the code"),
    Example(text="GB 2763-2021/XG1-2022", standards=["GB 2763-2021"], why="amendment notation"),
    Example(text="执行标准：GB/T 10781.1(优级)", standards=["GB/T 10781.1"], why="grade in brackets"),
    Example(text="执行标准：GB/T 10781.1-2021（一级）", standards=["GB/T 10781.1-2021"]),
    Example(text="GB 18401-2010 A类 婴幼儿用品", standards=["GB 18401-2010"]),
    Example(text="GB18401-2010C类", standards=["GB 18401-2010"], why="class glued"),
    Example(text="执行标准:GB 9706.1-2020 GB 9706.1—2020", standards=["GB 9706.1-2020"], why="repeat kept once"),
    Example(text="标准号 GB/T 1.1-2020", standards=["GB/T 1.1-2020"], why="one-digit number"),
    # --- enterprise standards of every shape
    Example(text="执行标准：Q/ABC0002S", standards=["Q/ABC 0002S"], why="food enterprise standard, no year"),
    Example(text="产品标准代号：Q/XYZ 0105S", standards=["Q/XYZ 0105S"]),
    Example(text="Q/DEF0003S 2019", standards=["Q/DEF 0003S-2019"], why="year after a space"),
    Example(text="执行标准：Q/DEF 0003S-2019", standards=["Q/DEF 0003S-2019"]),
    Example(text="执行标准：Q/330100 KLM01", standards=["Q/330100KLM 01"], why="area code before the company"),
    Example(text="Q/320585 JYL 01-2019", standards=["Q/320585JYL 01-2019"]),
    Example(text="企业标准 Q/GWF0002S—2020", standards=["Q/GWF 0002S-2020"]),
    Example(text="执行标准：Q/JS HYX 001-2018", standards=["Q/JSHYX 001-2018"], why="two-part company code"),
    Example(text="执行标准Q/HSH 0105S，保质期180天", standards=["Q/HSH 0105S"]),
    # --- group, local, industry families
    Example(text="T/CNLIC 0001-2019", standards=["T/CNLIC 0001-2019"]),
    Example(text="团体标准：T/ZZB 0386-2018", standards=["T/ZZB 0386-2018"]),
    Example(text="执行标准：T/SXTA 001-2019", standards=["T/SXTA 001-2019"]),
    Example(text="DB33/T 1234-2021", standards=["DB33/T 1234-2021"]),
    Example(text="DB44/ 1234-2019", standards=["DB44 1234-2019"], why="local mandatory with a stray slash"),
    Example(text="执行标准：DB36/T922-2023", standards=["DB36/T 922-2023"], why="no space"),
    Example(text="NY/T 391-2021 绿色食品", standards=["NY/T 391-2021"]),
    Example(text="执行标准：LS/T 3212-2014", standards=["LS/T 3212-2014"]),
    Example(text="执行标准：GH/T 1015-2007", standards=["GH/T 1015-2007"]),
    Example(text="执行标准：SB/T 10416-2007", standards=["SB/T 10416-2007"]),
    Example(text="QB/T 2686-2005", standards=["QB/T 2686-2005"]),
    Example(text="执行标准：QB 1007-2019", standards=["QB 1007-2019"], why="bare industry code with year"),
    Example(text="执行标准：FZ/T 81007-2022", standards=["FZ/T 81007-2022"]),
    Example(text="WB/T 1019-2002", standards=["WB/T 1019-2002"]),
    # --- labels that run into the value before them, split labels, spaced numbers
    Example(text="商品系列：263C证书编号：2021010901234567", certificates=[("ccc", "2021010901234567", True)],
            why="series 26, then the 3C label"),
    Example(text="系列：X93C认证编号：2022011606454871", certificates=[("ccc", "2022011606454871", True)]),
    Example(text="3C 证书 编号：2022011606454871", certificates=[("ccc", "2022011606454871", True)]),
    Example(text="CCC认证证书编号 2019 0109 0216 4458", certificates=[("ccc", "2019010902164458", True)]),
    Example(text="生产许可证编号：QS1234 5678 9012", certificates=[("qs", "QS123456789012", True)]),
    Example(text="QS3117 1202 0001(SJ)；QS1124 1202 0001(QY)",
            certificates=[("qs", "QS311712020001", True), ("qs", "QS112412020001", True)]),
    Example(text="【生产许可证号】：501204015424", certificates=[("qs", "501204015424", True)],
            why="QS digits under their label, prefix left out"),
    Example(text="食品生产许可证编号SC11435078200021产品标准号GB/T 20980",
            standards=["GB/T 20980"], certificates=[("sc", "SC11435078200021", True)], why="labels run together"),
    Example(text="生产许可证编号：SC 1143 5078 2000 21", certificates=[("sc", "SC11435078200021", True)]),
    Example(text="全国工业产品生产许可证编号：(浙)XK16-204-00123",
            certificates=[("xk", "(浙)XK16-204-00123", True)]),
    Example(text="注册证号：国械注准20203140456", certificates=[("medical_device", "国械注准20203140456", True)]),
    Example(text="国妆特字G20200123", certificates=[("cosmetics", "国妆特字G20200123", True)]),
    Example(text="营业执照注册号：91440300MA5DC6QX6A",
            certificates=[("uscc", "91440300MA5DC6QX6A", False)], why="credit code failing its check"),
    # --- more look-alikes
    Example(text="手机 12GB+256GB 5G全网通", why="RAM+ROM"),
    Example(text="显存：GDDR6 8GB", why="memory size"),
    Example(text="U盘 64GB USB3.0", why="size"),
    Example(text="条形码：6901234567892", why="EAN-13"),
    Example(text="ISBN 978-7-111-54742-6", why="ISBN"),
    Example(text="客服：400-700-1234 转 8", why="phone"),
    Example(text="快递单号：SF1234567890123", why="waybill number"),
    Example(text="防水等级 IP67", why="ingress rating"),
    Example(text="charset=gb2312", why="charset name"),
    Example(text="编码：GB18030", why="charset name without a year"),
    Example(text="型号：QB-2023", why="model"),
    Example(text="货号：GB2301", why="article number"),
    Example(text="尺码：GB 160/84A", why="size label GB 160/84A is a garment size"),
    Example(text="天猫 T/恤 男款", why="T/ without an organisation code"),
    Example(text="Q/版 特价", why="Q/ without a company code"),
    # --- look-alikes that must yield nothing
    Example(text="内存：8GB", why="memory size"),
    Example(text="存储容量：64GB/128GB", why="storage sizes joined by a slash"),
    Example(text="硬盘 500GB 固态", why="disk size"),
    Example(text="运行内存 16 GB 3200MHz", why="size then frequency"),
    Example(text="存储容量:4+64GB/6+64GB/6+128GB", why="RAM+ROM sizes"),
    Example(text="小米电视 2GB+8GB 智能网络电视", why="RAM+ROM sizes"),
    Example(text="型号：GB-200", why="model number with a hyphen"),
    Example(text="订单号：GB20231101234567", why="order number"),
    Example(text="订单编号：2022011606454871", why="16 digits without a certificate label"),
    Example(text="联系电话：13800138000 4000599567", why="phone numbers"),
    Example(text="厂家联系方式：510015010376", why="licence digits without the QS prefix"),
    Example(text="支持QC3.0快充 PD 20W", why="Quick Charge version, not QC/T"),
    Example(text="流量 GB 99元", why="a price after GB"),
    Example(text="GB 16410-2099", why="impossible year"),
    Example(text="统一社会信用代码：暂无", why="label without a code"),
    Example(text="商品编号：100012043978", why="item id"),
    Example(text="SC1143507820002", why="13 digits after SC"),
    Example(text="颜色分类：GB黑色 尺码:XL", why="letters after GB"),
    # --- shapes held-out set 8 found (issue 5)
    Example(text="执行标准：GB6675.1～4-2014",
            standards=["GB 6675.1-2014", "GB 6675.2-2014", "GB 6675.3-2014", "GB 6675.4-2014"],
            why="a range of parts (～) under one year is every part, not a false GB 6675.1"),
    Example(text="执行标准：GB 4806.1~3-2016、GB 9685-2016",
            standards=["GB 4806.1-2016", "GB 4806.2-2016", "GB 4806.3-2016", "GB 9685-2016"],
            why="a range, then a list"),
    Example(text="GB 4706.1至2-2005", standards=["GB 4706.1-2005", "GB 4706.2-2005"], why="至 as the range mark"),
    Example(text="GB 6675.1~40-2014", standards=["GB 6675.1"], why="a range of 40 parts is no range (too wide)"),
    Example(text="型号：\u200eGB-2020", why="model after a direction mark (Amazon's &lrm;)"),
    Example(text="GB-2020 款 黑色", why="a hyphen then a year-like number and no year: a model named after a year"),
    Example(text="型号 GB2013-BK 黑色", why="a code shape with a letter suffix after a hyphen is a model"),
    Example(text="出闲置婴儿推车GB689，九成新", why="a short bare code glued into running text is a model"),
    Example(text="执行标准GB811", standards=["GB 811"], why="a short bare code right after a standard label"),
    Example(text="头盔GB811-2022", standards=["GB 811-2022"], why="with its year it is a standard"),
    Example(text="執行標準：QB/T 2874-2007", standards=["QB/T 2874-2007"], why="traditional label"),
    Example(text="特殊化妝品註冊證編號：國妝特字G20220789",
            certificates=[("cosmetics", "国妆特字G20220789", True)], why="traditional prefix folded to simplified"),
    Example(text="粵械注準20193090123", certificates=[("medical_device", "粤械注准20193090123", True)],
            why="traditional province and registration words"),
    Example(text="型號：GB 200", why="traditional model label"),
    # --- known misses, where a real ambiguity remains
    pytest.param(
        Example(text="执行标准：GB/T 14272 2011", standards=["GB/T 14272-2011"]),
        marks=pytest.mark.xfail(strict=True, reason="a year after a bare space cannot be told from a second number "
                                "of a list (GB 2762 2763) or a quantity; national codes need the dash"),
    ),
    pytest.param(
        Example(text="执行标准：GB 18401 31701", standards=["GB 18401", "GB 31701"]),
        marks=pytest.mark.xfail(strict=True, reason="a space-separated number after a code may be a second code or "
                                "a size, count or item number; only 、，/和及 lists are expanded"),
    ),
    Example(text="执行标准：GB 4806.1、4806.7-2016", standards=["GB 4806.1", "GB 4806.7-2016"],
            why="a list that shares one prefix"),
    Example(text="型号：GB 200", why="model number written like a yearless standard, right after its label"),
    Example(text="3C认证 证书 编号 2022 0116 0645 4871 有效", certificates=[("ccc", "2022011606454871", True)],
            why="label split by spaces, number in groups of four"),
]


def _ids() -> list[str]:
    out = []
    for example in EXAMPLES:
        ex = example.values[0] if hasattr(example, "values") else example
        out.append(ex.text[:30])
    return out


@pytest.mark.parametrize("example", EXAMPLES, ids=_ids())
def test_example(example: Example) -> None:
    claims = extract_text_claims(example.text)
    assert [c.value for c in claims if c.kind is ClaimKind.STANDARD] == example.standards
    found = [(str(c.cert_type), c.value, c.valid) for c in claims if c.kind is ClaimKind.CERTIFICATE]
    assert found == example.certificates


def test_table_is_large_enough() -> None:
    assert len(EXAMPLES) >= 150


def test_raw_keeps_the_text_as_written() -> None:
    [claim] = find_standards("执行标准：ＧＢ／Ｔ１４２７２－２０１１ 合格", where="param:执行标准")
    assert claim.raw == "ＧＢ／Ｔ１４２７２－２０１１"
    assert claim.where == "param:执行标准"
    [cert] = find_certificates("生产许可证编号：QS3301 1401 0973 ")
    assert cert.raw == "QS3301 1401 0973" and cert.value == "QS330114010973"


def test_first_occurrence_is_kept() -> None:
    claims = find_standards("GB 18401-2010 … GB18401—2010")
    assert [c.raw for c in claims] == ["GB 18401-2010"]


def test_certificate_notes_are_chinese() -> None:
    for text in ("SC11435078200021", "QS350714012179", "3C证书编号：2022011606454871", "国械注准20193090123"):
        [claim] = find_certificates(text)
        assert claim.note and any("\u4e00" <= ch <= "\u9fff" for ch in claim.note)
    [qs] = find_certificates("QS350714012179")
    assert "SC" in qs.note  # tells the inspector the licence is a legacy one


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("GB/T14272—2011", "GB/T 14272-2011"),
        ("ＧＢ／Ｔ１４２７２", "GB/T 14272"),
        ("gb 18401-2010 B类", "GB 18401-2010"),
        ("DB36/T 922-2023", "DB36/T 922-2023"),
        ("64GB", None),
        ("", None),
    ],
)
def test_normalize_standard(raw: str, expected: str | None) -> None:
    assert normalize_standard(raw) == expected


# Every rule of the standard grammar is tried only where its cheap first test (a string, or a pattern opening with
# a literal) finds something in the upper-cased text: a rule that matched without it would silently lose claims.
_GATE_TEXTS = [
    *((example.values[0] if hasattr(example, "values") else example).text for example in EXAMPLES),  # xfails too
    "QB/T 1333-2018", "qb / t 1333", "FZ /  Z 81001-2016", "T/CNTAC 8-2018", "T / ZZB 0001-2020", "Q/HYX 0001S-2020",
    "Q / 330100KLM 01", "Q/ABC  0002S",
]


@pytest.mark.parametrize("text", _GATE_TEXTS)
def test_every_standard_rule_that_matches_passes_its_first_test(text: str) -> None:
    folded = fold(text).text
    upper = folded.upper()
    for pattern, _, needle in _STANDARD_RULES:
        if pattern.search(folded) is not None:
            assert (needle in upper) if isinstance(needle, str) else (needle.search(upper) is not None), pattern.pattern
