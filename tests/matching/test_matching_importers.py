"""Importers for the formats officials really have: portal exports (CSV and XLSX), spot-check tables, recall notices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from matching import (
    BlacklistFileError,
    ListKind,
    RegistryFileError,
    StandardStatus,
    parse_blacklist_csv,
    parse_standards_csv,
)
from matching.recall_notice import parse_recall_notice

PORTAL_ROWS = [
    ["标准号", "标准名称", "标准属性", "标准状态", "发布日期", "实施日期", "代替标准", "起草单位"],
    ["GB 12021.4-2024", "电动洗衣机能效限定值及能效等级", "强制性", "即将实施", "2024-03-15", "2027-01-01",
     "代替GB 12021.4-2013", "某研究院"],
    ["GB 4706.1-2024", "家用和类似用途电器的安全 第1部分：通用要求", "强制性", "现行", "2024-02-01", "2026-08-01",
     "GB 4706.1-2005", ""],
    ["GB 4706.1-2005", "家用和类似用途电器的安全 第1部分：通用要求", "强制性", "被代替", "2005-08-26", "2006-08-01",
     "", ""],
    ["GB 1-1990", "旧标准", "推荐性", "作废", "", "", "", ""],
]


def _xlsx(path: Path, rows: list[list[object]], title: str | None = "国家标准目录导出（2026-10-01）") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if title:
        sheet.append([title])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_portal_xlsx_with_title_row_statuses_and_replacements(tmp_path: Path) -> None:
    records = {r.code: r for r in parse_standards_csv(_xlsx(tmp_path / "export.xlsx", PORTAL_ROWS))}
    assert records["GB 12021.4-2024"].status is StandardStatus.UPCOMING
    assert records["GB 12021.4-2024"].replaces == "GB 12021.4-2013"
    # 代替 names an old version the export does not hold: it gets a row, withdrawn when its replacement takes effect.
    old = records["GB 12021.4-2013"]
    assert (old.status, old.withdrawn, old.replaced_by) == (StandardStatus.WITHDRAWN, date(2027, 1, 1),
                                                            "GB 12021.4-2024")
    assert "GB 12021.4-2024" in old.source
    # An old version the export does hold is pointed forward.
    assert records["GB 4706.1-2005"].replaced_by == "GB 4706.1-2024"
    assert records["GB 4706.1-2005"].status is StandardStatus.WITHDRAWN  # 被代替
    assert records["GB 1-1990"].status is StandardStatus.WITHDRAWN  # 作废
    assert records["GB 4706.1-2024"].effective == date(2026, 8, 1)


def test_replaced_by_points_back_too() -> None:
    text = (
        "code,title,kind,status,replaced_by,source\n"
        "GB 1-2000,旧,mandatory,withdrawn,GB 1-2020,x\n"
        "GB 1-2020,新,mandatory,current,,x\n"
    )
    records = {r.code: r for r in parse_standards_csv(text)}
    assert records["GB 1-2020"].replaces == "GB 1-2000"


@pytest.mark.parametrize(
    ("row", "line", "column"),
    [
        (["GB 1-2020", "标准", "强制性", "现行", "2020-13-01", "", "", ""], 3, "published"),
        (["GB 1-2020", "标准", "强制性", "已过期", "", "", "", ""], 3, "status"),
        (["GB 1-2020", "标准", "强制性", "现行", "", "", "代替GB 1", ""], 3, "replaces"),
    ],
)
def test_xlsx_errors_name_the_spreadsheet_row_and_column(tmp_path: Path, row: list[object], line: int,
                                                         column: str) -> None:
    with pytest.raises(RegistryFileError) as err:
        parse_standards_csv(_xlsx(tmp_path / "bad.xlsx", [PORTAL_ROWS[0], row]))
    assert (err.value.line, err.value.column) == (line, column)


def test_damaged_xlsx_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(RegistryFileError, match="not a readable XLSX"):
        parse_standards_csv(bad)


SPOT_CHECK_A = (
    "2025年第12批产品质量国家监督抽查不合格产品信息\n"
    "序号,产品名称,标称生产企业,标称生产企业地址,商标,规格型号,生产日期/批号,不合格项目,承检机构\n"
    "1,电动自行车乘员头盔,浙江安途安全防护用品有限公司,浙江省永康市,安途,AT-501,2025-03,佩戴装置稳定性,某质检院\n"
)
# Another announcement: other column names, other order, an extra column, a date column of its own.
SPOT_CHECK_B = (
    "序号,被抽样单位,样品名称,规格型号,商标,生产日期或批号,标称生产者名称,主要不合格项目,检验机构,公告日期\n"
    "1,某超市,实木书桌,MZY-1208,木之韵,2025-01,赣州市南康区木之韵家具有限公司,甲醛释放量,某检测中心,2025-07-16\n"
)


def test_spot_check_tables_are_mapped_by_header_names() -> None:
    [a] = parse_blacklist_csv(SPOT_CHECK_A, announced=date(2025, 5, 28), announcement="第12批抽查公告")
    assert (a.list, a.name, a.brand, a.model, a.batch, a.product) == (
        ListKind.SPOT_CHECK_FAILURE, "浙江安途安全防护用品有限公司", "安途", "AT-501", "2025-03", "电动自行车乘员头盔")
    assert a.listed_on == date(2025, 5, 28) and "承检机构：某质检院" in a.source and "第12批" in a.source
    [b] = parse_blacklist_csv(SPOT_CHECK_B)
    assert (b.name, b.model, b.reason, b.listed_on) == ("赣州市南康区木之韵家具有限公司", "MZY-1208", "甲醛释放量",
                                                        date(2025, 7, 16))


def test_spot_check_table_without_maker_column_names_it() -> None:
    with pytest.raises(BlacklistFileError) as err:
        parse_blacklist_csv("产品名称,商标,不合格项目,承检机构\n头盔,安途,稳定性,某院\n")
    assert err.value.column == "标称生产企业" and err.value.line == 1


NOTICE = (
    "【浙江】宁波市佳厨电器有限公司召回部分电热水壶\n"
    "近日，宁波市佳厨电器有限公司根据《消费品召回管理暂行规定》的要求，向国家市场监督管理总局备案了召回计划。"
    "自2024年8月22日起，召回生产日期为2024年3月1日至2024年6月30日的佳厨牌电热水壶，涉及型号为JC-1801、JC-1802，"
    "共计1234台。本次召回范围内的产品，由于温控器存在缺陷，可能导致干烧，存在安全隐患。"
)


def test_recall_notice_as_free_text() -> None:
    e = parse_recall_notice(NOTICE, source="召回公告（测试）")
    assert (e.list, e.name, e.brand, e.product, e.model, e.batch, e.listed_on) == (
        ListKind.RECALL, "宁波市佳厨电器有限公司", "佳厨", "电热水壶", "JC-1801、JC-1802", "20240301-20240630",
        date(2024, 8, 22))
    assert "温控器" in e.reason


def test_recall_notice_without_company_is_an_error() -> None:
    with pytest.raises(BlacklistFileError, match="names no company"):
        parse_recall_notice("某产品召回\n召回部分产品。", source="x")
