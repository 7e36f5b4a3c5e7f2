"""Registry coverage: only an import that covers a code can make its absence a finding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from matching_factories import listing, std

from matching import MatchContext, StandardsRegistry, match_listing, parse_standards_csv
from matching.bundled import load_bundled_registry
from matching.codes import parse_code
from matching.coverage import Coverage, CoverageError, CoverageFileError, covering, parse_coverage_csv, parse_families
from matching.rules import unverified_standards
from shelfwatch.models import FindingCode

NUMBERS = {"GB 18401": 2003, "GB/T 5296.4": 2012, "GB 5296.4": 1998}


@dataclass(frozen=True)
class Fam:
    families: str
    code: str
    covered: bool


FAMILY_CASES = [
    Fam("GB", "GB 99999-2020", True),
    Fam("GB", "GB/T 99999-2020", False),
    Fam("GB/T", "GB/T 99999-2020", True),
    Fam("GB, GB/T", "GB/T 99999", True),
    Fam("QB*", "QB/T 1333-2018", True),
    Fam("QB*", "QB 1333-2018", True),
    Fam("QB/T", "QB 1333-2018", False),
    Fam("DB*", "DB36/T 922-2023", True),
    Fam("DB36/T", "DB36/T 922-2023", True),
    Fam("DB36/T", "DB35/T 922-2023", False),
    Fam("*", "FZ/T 81010-2018", True),
    Fam("*", "T/CGCC 18-2018", False),  # group standards live on their own platform
    Fam("*", "Q/ABC 1-2020", False),
    Fam("T/*", "T/CGCC 18-2018", True),
    Fam("GB 18401", "GB 18401-2015", True),
    Fam("GB 18401", "GB 18402-2015", False),
    Fam("listed", "GB 18401-2015", True),
    Fam("listed", "GB 18401", True),
    Fam("listed", "GB 18401-2001", False),  # older than the oldest edition the file keeps
    Fam("listed", "GB 18402-2015", False),
    Fam("listed", "GB/T 5296.4-2005", True),  # oldest edition under either marker: GB 5296.4-1998
    Fam("listed", "GB/T 18401-2015", True),
    Fam("", "GB 18401-2015", False),
]


@pytest.mark.parametrize("case", FAMILY_CASES, ids=[f"{c.families or 'none'}:{c.code}" for c in FAMILY_CASES])
def test_family_coverage(case: Fam) -> None:
    cov = Coverage(families=parse_families(case.families), numbers=NUMBERS)
    parts = parse_code(case.code)
    assert parts is not None
    assert cov.covers(parts) is case.covered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GB,GB/T", ("GB", "GB/T")),
        ("gb/t；QB*、 DB* ", ("GB/T", "QB*", "DB*")),
        ("GB18401", ("GB 18401",)),
        ("LISTED, *", ("listed", "*")),
        ("GB, GB", ("GB",)),
    ],
)
def test_parse_families(text: str, expected: tuple[str, ...]) -> None:
    assert parse_families(text) == expected


@pytest.mark.parametrize("text", ["GB 18401-2010", "国标", "GB//T", "https://x"])
def test_bad_family_is_named(text: str) -> None:
    with pytest.raises(CoverageError, match="is not a family"):
        parse_families(text)


@pytest.mark.parametrize(
    ("code", "judged_on", "vouched"),
    [
        ("GB 99999-2020", date(2026, 12, 1), True),
        ("GB 99999-2026", date(2026, 6, 1), True),  # judged on the as-of day: the export knew everything so far
        ("GB 99999-2026", date(2026, 6, 2), False),  # may have been published after the export
        ("GB 99999-2027", date(2027, 1, 5), False),
        ("GB 99999", date(2027, 1, 5), True),
    ],
)
def test_as_of_leaves_room_for_newer_editions(code: str, judged_on: date, vouched: bool) -> None:
    cov = Coverage(families=("GB",), as_of=date(2026, 6, 1))
    parts = parse_code(code)
    assert parts is not None
    assert (covering([cov], parts, judged_on) is cov) is vouched


def test_newest_covering_import_decides() -> None:
    old = Coverage(families=("GB",), as_of=date(2020, 1, 1), version="old")
    new = Coverage(families=("*",), as_of=date(2026, 6, 1), version="new")
    parts = parse_code("GB 99999-2024")
    assert parts is not None
    assert covering([old, new], parts, date(2026, 12, 1)) is new


TEXT = (
    "code,title,kind,status,source\n"
    "GB 18401-2010,国家纺织产品基本安全技术规范,mandatory,current,门户导出（测试）\n"
    "GB/T 14272-2021,羽绒服装,recommended,current,门户导出（测试）\n"
)


def _ctx(families: str, as_of: date | None = date(2026, 10, 1)) -> MatchContext:
    cov = Coverage(families=parse_families(families), as_of=as_of, version="samr-test 2026-10-01",
                   source="门户导出（测试）")
    return MatchContext(registry=StandardsRegistry(parse_standards_csv(TEXT), coverage=(cov,)), as_of=date(2026, 12, 1))


@pytest.mark.parametrize(
    ("families", "claim", "finding", "unverified"),
    [
        ("GB,GB/T", "GB 99999-2020", True, False),
        ("GB,GB/T", "QB/T 1333-2018", False, True),
        ("GB,GB/T", "FZ/T 81010-2018", False, True),
        ("*", "QB/T 1333-2018", True, False),
        ("GB,GB/T", "GB 18401-2010", False, False),  # present: neither
        ("GB,GB/T", "GB 99999-2026", False, True),  # newer than the export
        ("GB,GB/T", "T/CGCC 18-2018", False, False),  # group standard: neither (own platform)
        ("", "GB 99999-2020", False, True),  # no coverage stated: nothing is vouched for
    ],
)
def test_unknown_only_where_covered(families: str, claim: str, finding: bool, unverified: bool) -> None:
    ctx = _ctx(families)
    findings = match_listing(listing(), [std(claim)], ctx)
    marks = unverified_standards(listing(), [std(claim)], ctx)
    assert [f.code for f in findings] == ([FindingCode.STANDARD_UNKNOWN] if finding else [])
    assert [m.subject for m in marks] == ([claim] if unverified else [])
    for f in findings:
        assert f.source == "门户导出（测试）"
        assert "samr-test 2026-10-01" in f.reference and "samr-test 2026-10-01" in f.explanation
    for m in marks:
        assert "无法据此判定其不存在" in m.explanation
        assert m.evidence.startswith("执行标准：")


def test_unverified_says_why() -> None:
    none = unverified_standards(listing(), [std("GB 99999-2020")], _ctx(""))[0]
    assert "未声明覆盖范围" in none.explanation
    other = unverified_standards(listing(), [std("QB/T 1-2020")], _ctx("GB"))[0]
    assert "不覆盖该类标准" in other.explanation
    newer = unverified_standards(listing(), [std("GB 99999-2026")], _ctx("GB"))[0]
    assert "早于该版本可能的发布日期" in newer.explanation


def test_bundled_registry_states_its_coverage() -> None:
    reg = load_bundled_registry()
    (cov,) = reg.coverage
    assert cov.families == ("listed",) and cov.as_of == date(2026, 11, 27)
    assert cov.numbers["GB 18401"] == 2003
    assert all(r.imported_as == cov.version for r in reg)
    withdrawn = match_listing(listing(), [std("GB 31241-2014")], MatchContext(registry=reg, as_of=date(2026, 12, 1)))
    assert withdrawn[0].reference == "bundled 2026-11-27"


def test_coverage_file_errors_name_line_and_column() -> None:
    with pytest.raises(CoverageFileError, match='line 2, column "families"'):
        parse_coverage_csv("file,families\nx.csv,国标\n")
    assert parse_coverage_csv("file,families,as_of\nx.csv,GB,2026-01-01\n")["x.csv"].as_of == date(2026, 1, 1)
