"""enterprise_standard_undeclared: a Q/ standard its maker has not self-declared, where the list holds the maker."""

from __future__ import annotations

from datetime import date

import pytest
from matching_factories import cert, listing, std

from matching import MatchContext, load_bundled_registry
from matching.declarations import (
    DeclarationFileError,
    Declarations,
    enterprise_standard_undeclared,
    parse_declarations_csv,
    unverified_enterprise_standards,
)
from shelfwatch.models import CertType

LIST = parse_declarations_csv(
    "统一社会信用代码,企业名称,标准编号,标准名称,声明日期\n"
    "91330106MA28AB1C2D,杭州某某电器有限公司,Q/HZMM 0001S-2023,电热水壶,2023-03-01\n"
    "91330106MA28AB1C2D,杭州某某电器有限公司,Q/HZMM 0002S-2026,电饭煲,2026-06-01\n"
)
CTX = MatchContext(registry=load_bundled_registry(), as_of=date(2026, 12, 1), declarations=Declarations(LIST))
CODE = cert(CertType.USCC, "91330106MA28AB1C2D", valid=True)


@pytest.mark.parametrize(
    ("maker", "claims", "as_of", "finding", "unverified"),
    [
        ("杭州某某电器有限公司", (std("Q/HZMM 0001S-2023"),), date(2026, 12, 1), False, False),
        ("杭州某某电器有限公司", (std("Q/HZMM 0001S"),), date(2026, 12, 1), False, False),  # year-less: the number
        ("杭州某某电器有限公司", (std("Q/HZMM 0009S-2024"),), date(2026, 12, 1), True, False),
        ("杭州市某某电器有限责任公司", (std("Q/HZMM 0009S-2024"),), date(2026, 12, 1), True, False),  # same entity
        ("", (std("Q/HZMM 0009S-2024"), CODE), date(2026, 12, 1), True, False),  # by the page's credit code
        ("杭州某某电器有限公司", (std("Q/HZMM 0002S-2026"),), date(2026, 5, 31), True, False),  # declared later
        ("杭州某某电器有限公司", (std("Q/HZMM 0002S-2026"),), date(2026, 6, 1), False, False),
        ("宁波别家电器有限公司", (std("Q/NBBJ 0001S-2023"),), date(2026, 12, 1), False, True),  # list lacks maker
        ("杭州某某电器有限公司", (std("GB 4706.1-2024"),), date(2026, 12, 1), False, False),  # not a Q/ standard
    ],
)
def test_enterprise_standard_undeclared(maker: str, claims: tuple, as_of: date, finding: bool,  # type: ignore[type-arg]
                                        unverified: bool) -> None:
    ctx = MatchContext(registry=CTX.registry, as_of=as_of, declarations=CTX.declarations)
    item = listing(maker=maker)
    found = enterprise_standard_undeclared(item, list(claims), ctx)
    marks = unverified_enterprise_standards(item, list(claims), ctx)
    assert bool(found) is finding and bool(marks) is unverified
    for f in found:
        assert "Q/HZMM 0001S-2023" in f.explanation and "第二十七条" in f.explanation


def test_no_list_checks_nothing() -> None:
    ctx = MatchContext(registry=CTX.registry, as_of=CTX.as_of)
    claims = [std("Q/HZMM 0009S-2024")]
    assert enterprise_standard_undeclared(listing(maker="杭州某某电器有限公司"), claims, ctx) == []
    assert unverified_enterprise_standards(listing(maker="杭州某某电器有限公司"), claims, ctx) == []


def test_bad_declaration_names_line_and_column() -> None:
    with pytest.raises(DeclarationFileError) as err:
        parse_declarations_csv("maker,standard,declared_on\n某公司,企业标准一号,2024-01-01\n")
    assert (err.value.line, err.value.column) == (2, "standard")
