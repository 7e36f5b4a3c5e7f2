"""Standards registry: the bundled file, the portal's Chinese layout, broken files, lookups."""

from __future__ import annotations

import csv
import pickle
from datetime import date
from pathlib import Path

import pytest

from matching import (
    RegistryFileError,
    StandardKind,
    StandardRecord,
    StandardsRegistry,
    StandardStatus,
    bundled_categories_path,
    bundled_standards_path,
    load_bundled_registry,
    parse_standards_csv,
)
from matching.csvfile import parse_date

HEADER = "code,title,kind,status,published,effective,withdrawn,replaced_by,transition_until,categories,source\n"
GOOD_1 = "GB 31241-2022,便携式电子产品用锂离子电池和电池组 安全技术规范,mandatory,current,,2024-01-01,,,,power_banks,src\n"
GOOD_2 = (
    "GB 31241-2014,便携式电子产品用锂离子电池和电池组 安全要求,mandatory,withdrawn,,2015-08-01,2024-01-01,"
    "GB 31241-2022,,power_banks,src\n"
)


def test_bundled_file_loads_every_row() -> None:
    with bundled_standards_path().open(encoding="utf-8") as fh:
        data_rows = sum(1 for _ in csv.reader(fh)) - 1
    records = parse_standards_csv(bundled_standards_path())
    assert len(records) == data_rows == 62
    assert len(load_bundled_registry()) == 62


def test_bundled_file_is_consistent() -> None:
    registry = load_bundled_registry()
    with bundled_categories_path().open(encoding="utf-8") as fh:
        categories = {row["category"] for row in csv.DictReader(fh)}
    for record in registry:
        assert all(code in registry for code in record.replacements), record.code
        assert set(record.categories) <= categories, record.code
        assert record.source, record.code
        if record.status is StandardStatus.WITHDRAWN:
            assert record.withdrawn is not None and record.replacements, record.code
        if record.transition_until is not None:
            assert record.withdrawn is not None and record.transition_until >= record.withdrawn


def test_record_properties() -> None:
    record = load_bundled_registry().get("GB/T 14272-2011")
    assert record is not None
    assert (record.number, record.year, record.kind) == ("GB/T 14272", 2011, StandardKind.RECOMMENDED)
    assert record.withdrawn == date(2022, 4, 1)


@pytest.mark.parametrize(
    "spelling", ["GB/T 14272-2011", "GB/T14272-2011", "ＧＢ／Ｔ１４２７２—２０１１", "gb/t 14272 - 2011", "GBT 14272-2011"]
)
def test_get_accepts_spellings(spelling: str) -> None:
    record = load_bundled_registry().get(spelling)
    assert record is not None and record.code == "GB/T 14272-2011"


def test_get_is_exact_version() -> None:
    registry = load_bundled_registry()
    assert registry.get("GB/T 14272") is None
    assert registry.get("GB 5296.4-2012") is None  # recorded as GB/T 5296.4-2012
    assert registry.lookup("GB 5296.4-2012") == registry.get("GB/T 5296.4-2012")


def test_versions_same_marker_first_then_newest() -> None:
    registry = load_bundled_registry()
    assert [r.code for r in registry.versions("GB 5296.4")] == ["GB 5296.4-1998", "GB/T 5296.4-2012"]
    assert [r.code for r in registry.versions("GB/T 5296.4-2012")] == ["GB/T 5296.4-2012", "GB 5296.4-1998"]
    assert [r.code for r in registry.versions("GB 17761")] == ["GB 17761-2024", "GB 17761-2018"]
    assert registry.versions("GB 99999") == []
    assert registry.versions("not a code") == []


def test_duplicate_records_rejected_by_registry() -> None:
    record = StandardRecord(code="GB 1-2020", title="t", kind=StandardKind.MANDATORY, status=StandardStatus.CURRENT)
    with pytest.raises(ValueError, match="GB 1-2020"):
        StandardsRegistry([record, record])


PORTAL = (
    "\ufeff标准号,标准名称,标准属性,标准状态,发布日期,实施日期,废止日期,代替标准,被代替标准,中国标准分类号\n"
    "GB 31241-2022,便携式电子产品用锂离子电池和电池组 安全技术规范,强制性,现行,2022-12-29,2024-01-01,,GB 31241-2014,,K82\n"
    "GB 31241-2014,便携式电子产品用锂离子电池和电池组 安全要求,强制性,废止,2014/12/05,2015年8月1日,2024-01-01,,GB 31241-2022,K82\n"
    "GB/T 1.1-2020,标准化工作导则,推荐性,现行,2020-03-31,2020-10-01,,GB/T 1.1-2009,,A00\n"
    "GB/Z 43202.1-2023,示例指导性技术文件,指导性技术文件,即将实施,2023-09-07,2099-01-01,,,,A00\n"
)


def test_portal_chinese_headers(tmp_path: Path) -> None:
    path = tmp_path / "portal.csv"
    path.write_text(PORTAL, encoding="utf-8")
    records = {r.code: r for r in parse_standards_csv(path)}
    new, old = records["GB 31241-2022"], records["GB 31241-2014"]
    # 代替标准 (what a row replaces) is not replaced_by; 被代替标准 (what replaced it) is.
    assert new.replaced_by == "" and old.replaced_by == "GB 31241-2022"
    assert old.status is StandardStatus.WITHDRAWN and new.status is StandardStatus.CURRENT
    assert old.published == date(2014, 12, 5) and old.effective == date(2015, 8, 1)
    assert records["GB/T 1.1-2020"].kind is StandardKind.RECOMMENDED
    guidance = records["GB/Z 43202.1-2023"]
    assert (guidance.kind, guidance.status) == (StandardKind.GUIDANCE, StandardStatus.UPCOMING)
    assert old.source == "portal.csv line 3"


def test_portal_missing_column_named_in_chinese() -> None:
    text = "标准号,标准名称,标准属性\nGB 1-2020,t,强制性\n"
    with pytest.raises(RegistryFileError, match='line 1, column "标准状态"'):
        parse_standards_csv(text)


MULTILINE_TITLE = 'GB 1-2020,"标题\n第二行",mandatory,current,,,,,,,src\n'

BROKEN = [
    # (id, file text, line, column, text the message must contain)
    ("bad-date", HEADER + GOOD_1 + GOOD_2.replace("2015-08-01", "2023-13-01"), 3, "effective", '"2023-13-01"'),
    ("bad-date-word", HEADER + GOOD_1.replace("2024-01-01", "soon"), 2, "effective", "is not a date"),
    ("unknown-status", HEADER + GOOD_1 + GOOD_2.replace("withdrawn", "obsolete"), 3, "status", '"obsolete"'),
    ("unknown-kind", HEADER + GOOD_1.replace("mandatory", "compulsory"), 2, "kind", '"compulsory"'),
    ("missing-column", HEADER.replace("status,", "") + GOOD_1, 1, "status", "missing"),
    ("unknown-column", HEADER.replace("effective", "efective") + GOOD_1, 1, "efective", "not a known column"),
    ("extra-field", HEADER + GOOD_1 + GOOD_2.replace(",src", ",src,oops"), 3, "source", '"oops"'),
    ("missing-field", HEADER + GOOD_1.replace(",power_banks,src", ",power_banks"), 2, "source", "missing"),
    ("duplicate-code", HEADER + GOOD_1 + GOOD_2 + GOOD_1.replace("GB 31241-2022", "GB31241—2022"), 4, "code",
     "first on line 2"),
    ("empty-code", HEADER + GOOD_1 + "," + GOOD_2.split(",", 1)[1], 3, "code", "empty"),
    ("not-a-code", HEADER + GOOD_1.replace("GB 31241-2022", "GB 31241-2022 B类"), 2, "code", "not a standard code"),
    ("no-year", HEADER + GOOD_1.replace("GB 31241-2022", "GB 31241"), 2, "code", "has no year"),
    ("bad-replacement", HEADER + GOOD_2.replace(",GB 31241-2022,", ",new one,"), 2, "replaced_by", '"new one"'),
    ("line-after-multiline-cell", HEADER + MULTILINE_TITLE + GOOD_1.replace("current", "?"), 4, "status", '"?"'),
]


@pytest.mark.parametrize(("text", "line", "column", "detail"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_file_names_line_and_column(tmp_path: Path, text: str, line: int, column: str, detail: str) -> None:
    path = tmp_path / "standards.csv"
    path.write_text(text, encoding="utf-8")
    records = None
    with pytest.raises(RegistryFileError) as info:
        records = parse_standards_csv(path)
    assert records is None  # nothing is imported from a broken file
    message = str(info.value)
    assert message.startswith(f'standards.csv line {line}, column "{column}": '), message
    assert detail in message
    assert (info.value.line, info.value.column) == (line, column)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "standards.csv"
    path.write_bytes((HEADER + GOOD_1).encode("gbk"))
    with pytest.raises(RegistryFileError, match="standards.csv line 2: .*not UTF-8"):
        parse_standards_csv(path)


def test_empty_file() -> None:
    with pytest.raises(RegistryFileError, match="line 1"):
        parse_standards_csv(Path("/dev/null"))


def test_text_with_bom_and_blank_lines() -> None:
    records = parse_standards_csv("\ufeff" + HEADER + GOOD_1 + "\n" + GOOD_2)
    assert [r.code for r in records] == ["GB 31241-2022", "GB 31241-2014"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-08-01", date(2023, 8, 1)),
        ("2023/8/1", date(2023, 8, 1)),
        ("2023年8月1日", date(2023, 8, 1)),
        ("2023-13-01", None),
        ("2023-02-30", None),
        ("20230801", None),
        ("", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_error_survives_pickling() -> None:
    with pytest.raises(RegistryFileError) as info:
        parse_standards_csv(HEADER + GOOD_1.replace("current", "obsolete"))
    copy = pickle.loads(pickle.dumps(info.value))
    expected = '<text> line 2, column "status": "obsolete" is not one of: current, upcoming, withdrawn'
    assert str(copy) == str(info.value) == expected
