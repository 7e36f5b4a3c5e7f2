"""Blacklist file parsing, entity-name normalization, and matching by code and name over time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from matching_factories import BLACKLIST_CSV, blacklist

from matching import (
    BlacklistFileError,
    CsvFileError,
    ListKind,
    RegistryFileError,
    normalize_entity_name,
    parse_blacklist_csv,
)

HEADER = "list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source\n"
ROW = "recall,杭州某某电器有限公司,,某某牌,电热水壶,KT-01,,温控器失效,2025-03-01,,召回公告\n"


def test_parse_test_blacklist() -> None:
    entries = parse_blacklist_csv(BLACKLIST_CSV)
    assert len(entries) == 8
    first = entries[0]
    assert first.list is ListKind.CREDIT_BLACKLIST
    assert (first.uscc, first.listed_on) == ("91330106MA28AB1C2D", date(2025, 1, 10))


def test_uscc_is_normalized() -> None:
    entries = parse_blacklist_csv(HEADER + ROW.replace(",,某某牌", ",９１３３０１０６ma28ab1c2d,某某牌"))
    assert entries[0].uscc == "91330106MA28AB1C2D"


def test_errors_share_one_machinery() -> None:
    assert issubclass(BlacklistFileError, CsvFileError) and issubclass(RegistryFileError, CsvFileError)


BROKEN = [
    ("unknown-list", HEADER + ROW + ROW.replace("recall", "watchlist"), 3, "list", '"watchlist"'),
    ("bad-date", HEADER + ROW.replace("2025-03-01", "2025-02-30"), 2, "listed_on", '"2025-02-30"'),
    ("delisted-before-listed", HEADER + ROW.replace("2025-03-01,", "2025-03-01,2024-01-01"), 2, "delisted_on",
     "before listed_on"),
    ("bad-uscc", HEADER + ROW.replace(",,某某牌", ",12345,某某牌"), 2, "uscc", '"12345"'),
    # A nameless row is a product alert only where brand and model name the product.
    ("empty-name", HEADER + ROW.replace("杭州某某电器有限公司", "").replace("KT-01", ""), 2, "name", "empty"),
    ("missing-column", HEADER.replace("list,", "") + ROW.split(",", 1)[1], 1, "list", "missing"),
    ("extra-field", HEADER + ROW.replace("召回公告", "召回公告,x"), 2, "source", '"x"'),
]


@pytest.mark.parametrize(("text", "line", "column", "detail"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_file(tmp_path: Path, text: str, line: int, column: str, detail: str) -> None:
    path = tmp_path / "blacklist.csv"
    path.write_text(text, encoding="utf-8")
    entries = None
    with pytest.raises(BlacklistFileError) as info:
        entries = parse_blacklist_csv(path)
    assert entries is None
    message = str(info.value)
    assert message.startswith(f'blacklist.csv line {line}, column "{column}": '), message
    assert detail in message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("杭州某某电器有限公司", "杭州某某电器有限公司"),
        (" 杭州 某某电器 有限公司 ", "杭州某某电器有限公司"),
        ("杭州某某（集团）有限公司", "杭州某某集团有限公司"),
        ("杭州某某(集团)有限公司", "杭州某某集团有限公司"),
        ("（浙江）义乌某某玩具有限公司", "义乌某某玩具有限公司"),
        ("(浙江省)义乌某某玩具有限公司", "义乌某某玩具有限公司"),
        ("(广西壮族自治区)南宁某某有限公司", "南宁某某有限公司"),
        ("某某（浙江）有限公司", "某某浙江有限公司"),  # inside the name: a different legal person, kept
        ("ＡＢＣ·科技®有限公司", "abc科技有限公司"),
        ("", ""),
        ("（）", ""),
    ],
)
def test_normalize_entity_name(name: str, expected: str) -> None:
    assert normalize_entity_name(name) == expected


def test_match_prefers_credit_code() -> None:
    found = blacklist().match("任意名称", "91330106MA28AB1C2D", date(2026, 1, 1))
    assert found is not None and found.list is ListKind.CREDIT_BLACKLIST


@pytest.mark.parametrize(
    ("name", "uscc", "as_of", "expected"),
    [
        ("杭州某某电器有限公司", None, date(2026, 1, 1), [ListKind.CREDIT_BLACKLIST, ListKind.RECALL]),
        ("杭州某某电器有限公司", None, date(2025, 2, 1), [ListKind.CREDIT_BLACKLIST]),  # recall not yet out
        ("杭州某某电器有限公司", None, date(2025, 1, 9), []),
        ("", "91330106MA28AB1C2D", date(2026, 1, 1), [ListKind.CREDIT_BLACKLIST, ListKind.RECALL]),
        ("同名某某有限公司", "91110000MA00000000", date(2026, 1, 1), []),  # the codes disagree
        ("同名某某有限公司", None, date(2026, 1, 1), [ListKind.CREDIT_BLACKLIST]),
        ("温州某某鞋业有限公司", None, date(2026, 1, 31), [ListKind.CREDIT_BLACKLIST]),
        ("温州某某鞋业有限公司", None, date(2026, 2, 1), []),  # removed on delisted_on
        ("", None, date(2026, 1, 1), []),
    ],
)
def test_matches(name: str, uscc: str | None, as_of: date, expected: list[ListKind]) -> None:
    assert [e.list for e in blacklist().matches(name, uscc, as_of)] == expected


@pytest.mark.parametrize(
    ("page_name", "entry_name", "matches"),
    [
        ("(浙江)安途安全防护用品有限公司", "浙江安途安全防护用品有限公司", True),  # province kept as a prefix
        ("（浙江）义乌某某玩具有限公司", "义乌某某玩具有限公司", True),  # province only marks the region
        ("（江苏）安途安全防护用品有限公司", "浙江安途安全防护用品有限公司", False),  # another province
        ("某某（江苏）有限公司", "某某（浙江）有限公司", False),
    ],
)
def test_name_variants_across_a_leading_province(page_name: str, entry_name: str, matches: bool) -> None:
    from matching import entity_name_keys

    assert bool(set(entity_name_keys(page_name)) & set(entity_name_keys(entry_name))) is matches
