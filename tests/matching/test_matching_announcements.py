"""Standards announcements (标准公告) and the EU Safety Gate export: all-or-nothing, errors naming line and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from matching import Blacklist, BlacklistFileError, MatchContext, RegistryFileError, StandardKind, StandardStatus
from matching.announcement import kind_of, merge_announced, parse_standards_announcement
from matching.registry import StandardRecord
from matching.rules import recalled_product
from matching.safety_gate import parse_safety_gate
from shelfwatch.models import Listing

ANNOUNCED = date(2026, 6, 1)
HEAD = "国家标准批准发布公告 2026年第5号\n序号,标准编号,标准名称,代替标准号,实施日期,备注\n"


@pytest.mark.parametrize(("code", "kind"), [
    ("GB 31241-2026", StandardKind.MANDATORY),
    ("GB/T 2912.1-2026", StandardKind.RECOMMENDED),
    ("GB/Z 1-2026", StandardKind.GUIDANCE),
    ("QB/T 1333-2026", StandardKind.RECOMMENDED),
    ("DB36/T 922-2023", StandardKind.RECOMMENDED),
    ("QB 2606-2026", StandardKind.MANDATORY),
])
def test_legal_force_comes_from_the_code(code: str, kind: StandardKind) -> None:
    assert kind_of(code) is kind


@pytest.mark.parametrize(("row", "status", "published", "effective", "replaces"), [
    ("1,GB 31241-2026,锂电池安全,GB 31241-2022,2027-08-01,", StandardStatus.UPCOMING, ANNOUNCED, date(2027, 8, 1),
     "GB 31241-2022"),
    ("2,GB/T 2912.1-2026,甲醛的测定,,2026-03-01,", StandardStatus.CURRENT, ANNOUNCED, date(2026, 3, 1), ""),
    ("3,GB 18401-2026,纺织产品基本安全技术规范,代替GB 18401-2010、GB/T 1-2000,2026年6月1日,",
     StandardStatus.CURRENT, ANNOUNCED, date(2026, 6, 1), "GB 18401-2010;GB/T 1-2000"),
    ("4,GB 4806.1-2026,食品接触材料通用要求,,,", StandardStatus.CURRENT, ANNOUNCED, None, ""),
])
def test_announcement_rows(row: str, status: StandardStatus, published: date, effective: date | None,
                           replaces: str) -> None:
    records = parse_standards_announcement(HEAD + row + "\n", announced=ANNOUNCED, announcement="公告2026第5号")
    new = records[0]
    assert (new.status, new.published, new.effective, new.replaces) == (status, published, effective, replaces)
    assert new.source.startswith("公告2026第5号 序号 ")
    # Every replaced version gets a row of its own, withdrawn when its successor comes into force.
    for old in replaces.split(";") if replaces else ():
        inferred = next(r for r in records if r.code == old)
        assert (inferred.status, inferred.withdrawn, inferred.replaced_by) == (StandardStatus.WITHDRAWN, effective,
                                                                               new.code)


def test_withdrawal_announcement_withdraws_every_row_unless_the_row_says_otherwise() -> None:
    text = "序号,标准编号,标准名称,废止日期\n1,GB 1-1990,旧标准,\n2,GB/T 2-1991,另一旧标准,2026-09-01\n"
    records = {r.code: r for r in parse_standards_announcement(text, announced=ANNOUNCED, withdrawn_on=ANNOUNCED)}
    assert records["GB 1-1990"].withdrawn == ANNOUNCED and records["GB 1-1990"].status is StandardStatus.WITHDRAWN
    assert records["GB/T 2-1991"].withdrawn == date(2026, 9, 1)


@pytest.mark.parametrize(("rows", "line", "column", "value"), [
    ("1,GB 31241,锂电池安全,,2027-08-01,\n", 3, "标准编号", "GB 31241"),
    ("1,GB 31241-2026,,,2027-08-01,\n", 3, "标准名称", None),
    ("1,GB 31241-2026,锂电池安全,GB31241,2027-08-01,\n", 3, "代替标准号", "GB31241"),
    ("1,GB 31241-2026,锂电池安全,,2027-13-01,\n", 3, "实施日期", "2027-13-01"),
    ("1,GB 31241-2026,锂电池安全,,,\n2,GB 31241—2026,重复,,,\n", 4, "标准编号", "GB 31241-2026"),
    ("1,GB 31241-2026,锂电池安全,,\n", 3, "备注", None),
])
def test_announcement_errors_name_line_and_column(rows: str, line: int, column: str, value: str | None) -> None:
    with pytest.raises(RegistryFileError) as caught:
        parse_standards_announcement(HEAD + rows, announced=ANNOUNCED)
    err = caught.value
    assert (err.line, err.column) == (line, {"标准编号": "code", "标准名称": "title", "代替标准号": "replaces",
                                              "实施日期": "effective"}.get(column, column))
    if value is not None:
        assert err.value == value


def test_announcement_without_code_column_is_refused() -> None:
    with pytest.raises(RegistryFileError, match="required column"):
        parse_standards_announcement("序号,标准名称,实施日期\n1,锂电池安全,2027-08-01\n", announced=ANNOUNCED)


def _record(code: str, **kw: object) -> StandardRecord:
    base: dict[str, object] = {"code": code, "title": "便携式锂电池安全", "kind": StandardKind.MANDATORY,
                               "status": StandardStatus.CURRENT, "categories": ("power_banks",), "source": "门户"}
    base.update(kw)
    return StandardRecord(**base)  # type: ignore[arg-type]


def test_merge_keeps_what_the_registry_knows_and_adds_what_the_announcement_states() -> None:
    stored = [_record("GB 31241-2022", effective=date(2024, 1, 1))]
    announced = parse_standards_announcement(HEAD + "1,GB 31241-2026,锂电池安全,GB 31241-2022,2027-08-01,\n",
                                             announced=ANNOUNCED, announcement="公告")
    merged = {r.code: r for r in merge_announced(stored, announced)}
    old = merged["GB 31241-2022"]
    assert (old.title, old.categories, old.effective) == ("便携式锂电池安全", ("power_banks",), date(2024, 1, 1))
    assert (old.withdrawn, old.replaced_by, old.status) == (date(2027, 8, 1), "GB 31241-2026", StandardStatus.WITHDRAWN)
    assert "门户" in old.source and "公告" in old.source
    new = merged["GB 31241-2026"]
    assert new.categories == ("power_banks",) and "沿用 GB 31241-2022" in new.source


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Safety Gate weekly report 2026-W40"])  # the weekly file's title row above the header
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


SG_HEADER = ["Alert number", "Type of alert", "Alert submitted by", "Category", "Product", "Name", "Brand",
             "Type / number of model", "Batch number", "Country of origin", "Risk type", "Risk", "URL of Case"]


def _sg(alert: str = "A12/01234/26", brand: str = "VOLTMAX", model: str = "PB-2000", batch: str = "") -> list[object]:
    return [alert, "Serious risk", "Germany", "Electrical appliances", "Power bank", "Portable charger", brand, model,
            batch, "China", "Fire", "The battery may overheat.", "https://ec.europa.eu/safety-gate-alerts/x"]


@pytest.mark.parametrize(("row", "kept", "why"), [
    (_sg(), True, ""),
    (_sg(brand="Unknown"), False, "brand unknown"),
    (_sg(brand=""), False, "brand unknown"),
    (_sg(model=""), False, "no model"),
    (_sg(alert="SR/01234/26"), True, ""),
])
def test_safety_gate_rows(tmp_path: Path, row: list[object], kept: bool, why: str) -> None:
    result = parse_safety_gate(_xlsx(tmp_path / "sg.xlsx", [SG_HEADER, row]), announced=ANNOUNCED)
    assert bool(result.entries) is kept
    if kept:
        entry = result.entries[0]
        assert (entry.name, entry.brand, entry.model, entry.reason) == ("", row[6], "PB-2000",
                                                                       "Fire：The battery may overheat.")
        assert entry.source.startswith(f"EU Safety Gate {row[0]}") and entry.listed_on == ANNOUNCED
    else:
        assert result.skipped[0][0] == 3 and why in result.skipped[0][1]


@pytest.mark.parametrize(("cells", "column"), [
    (_sg(alert="2026-1234"), "alert"),
])
def test_safety_gate_errors_name_line_and_column(tmp_path: Path, cells: list[object], column: str) -> None:
    with pytest.raises(BlacklistFileError) as caught:
        parse_safety_gate(_xlsx(tmp_path / "sg.xlsx", [SG_HEADER, _sg(), cells]))
    assert (caught.value.line, caught.value.column) == (4, column)


def test_safety_gate_csv_with_year_and_week_dates_the_alert() -> None:
    text = "Year,Week,Alert number,Brand,Type or number of model\n2026,40,A12/00001/26,VOLTMAX,PB-2000\n"
    assert parse_safety_gate(text).entries[0].listed_on == date(2026, 9, 28)


@pytest.mark.parametrize(("brand", "title", "model", "flagged"), [
    ("VOLTMAX", "充电宝 20000毫安", "PB-2000", True),          # brand and model on the page
    ("", "VOLTMAX 充电宝 PB-2000", "", True),                  # both in the title
    ("VOLTMAX", "充电宝 20000毫安", "PB-3000", False),         # another model of the brand
    ("Anker", "充电宝 PB-2000", "PB-2000", False),             # the model number under another brand
])
def test_safety_gate_alerts_match_brand_and_model(tmp_path: Path, brand: str, title: str, model: str,
                                                  flagged: bool) -> None:
    entries = parse_safety_gate(_xlsx(tmp_path / "sg.xlsx", [SG_HEADER, _sg()]), announced=ANNOUNCED).entries
    ctx = MatchContext(registry=None, as_of=date(2026, 12, 1), blacklist=Blacklist(entries))  # type: ignore[arg-type]
    listing = Listing(platform="x", url="u", title=title, brand=brand, model=model, maker="深圳某某电子有限公司")
    found = recalled_product(listing, [], ctx)
    assert bool(found) is flagged
    if flagged:
        assert "EU Safety Gate A12/01234/26" in found[0].source and "型号" in found[0].explanation
