"""Standards announcements (标准公告): the tables SAMR/SAC and ministries publish when standards are approved.

A 国家标准批准发布公告 (and the industry and local equivalents) lists each new standard with 序号, 标准编号,
标准名称, 代替标准号 and 实施日期 (some add 发布日期 or 备注); a 废止公告 lists the abolished ones, sometimes with a
废止日期 column. Unlike a portal export, a table states neither 标准属性 nor 标准状态, so they are derived:

- legal force from the code itself (shared/domain.md §1): ``/T`` recommended, ``/Z`` guidance, otherwise mandatory;
- status from the dates: withdrawn where the row (or the announcement) gives a withdrawal date, upcoming where
  it comes into force after the announcement date, current otherwise; dates decide at judgment time anyway;
- publication date: the row's 发布日期, else the announcement's date.

代替标准号 becomes replacement links both ways, as for a portal export (:func:`matching.registry.link_replacements`):
the old version the announcement replaces gets a row withdrawn on its successor's 实施日期. An announcement lists
only what it announces, so an import of one vouches for no absence (the caller gives it no coverage).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from matching.codes import parse_code
from matching.csvfile import Dialect, Row, read_rows
from matching.registry import (
    RegistryFileError,
    StandardKind,
    StandardRecord,
    StandardStatus,
    link_replacements,
    parse_code_cell,
    parse_code_list,
)

_ANNOUNCEMENT = Dialect(
    headers={
        "序号": "seq",
        "标准编号": "code", "标准号": "code", "国家标准编号": "code", "行业标准编号": "code", "地方标准编号": "code",
        "标准名称": "title", "标准中文名称": "title", "国家标准名称": "title", "行业标准名称": "title",
        "代替标准号": "replaces", "代替标准": "replaces", "被代替标准编号": "replaces", "被代替标准号": "replaces",
        "实施日期": "effective", "发布日期": "published", "废止日期": "withdrawn",
    },
    required=frozenset({"code", "title"}),
    strict=False,  # 备注, 英文名称, 采标情况...: published tables carry columns the registry does not keep
)


def kind_of(code: str) -> StandardKind:
    """Legal force a code's form states: ``/T`` recommended, ``/Z`` guidance, any other national, industry or
    local code mandatory (``GB``, ``QB``, ``DB36``)."""
    parts = parse_code(code)
    prefix = parts.prefix if parts else code
    if prefix.endswith("/T"):
        return StandardKind.RECOMMENDED
    if prefix.endswith("/Z"):
        return StandardKind.GUIDANCE
    return StandardKind.MANDATORY


def _record(row: Row, *, announced: date, announcement: str, withdrawn_on: date | None) -> StandardRecord:
    code = parse_code_cell(row, "code", row.required("code"))
    effective = row.optional_date("effective")
    withdrawn = row.optional_date("withdrawn") or withdrawn_on
    if withdrawn is not None:
        status = StandardStatus.WITHDRAWN
    elif effective is not None and effective > announced:
        status = StandardStatus.UPCOMING
    else:
        status = StandardStatus.CURRENT
    seq = row.text("seq")
    return StandardRecord(
        code=code,
        title=row.required("title"),
        kind=kind_of(code),
        status=status,
        published=row.optional_date("published") or (announced if withdrawn_on is None else None),
        effective=effective,
        withdrawn=withdrawn,
        replaces=";".join(parse_code_list(row, "replaces")),
        source=f"{announcement or row.file}" + (f" 序号 {seq}" if seq else f" line {row.line}"),
    )


def parse_standards_announcement(
    source: str | Path, *, announced: date, announcement: str = "", withdrawn_on: date | None = None
) -> list[StandardRecord]:
    """Every standard of an announcement table (CSV or XLSX, title lines above the header allowed).

    ``announced`` is the announcement's date, ``announcement`` its name as cited by findings (default: the file
    name). For a 废止公告 give ``withdrawn_on``: every row is withdrawn on that date unless its own 废止日期 says
    otherwise. Raises ``RegistryFileError`` naming line and column on the first problem; nothing is returned then.
    """
    records: list[StandardRecord] = []
    first_line: dict[str, int] = {}
    for row in read_rows(source, dialects=(_ANNOUNCEMENT,), error=RegistryFileError):
        record = _record(row, announced=announced, announcement=announcement, withdrawn_on=withdrawn_on)
        if record.code in first_line:
            raise row.fail("code", f"is a duplicate (first on line {first_line[record.code]})", value=record.code)
        if record.effective and record.withdrawn and record.withdrawn < record.effective:
            raise row.fail("effective", f"is after the withdrawal date {record.withdrawn}", value=str(record.effective))
        first_line[record.code] = row.line
        records.append(record)
    return link_replacements(records)


def _join(*lists: str) -> str:
    return ";".join(dict.fromkeys(c for text in lists for c in text.split(";") if c))


def merge_announced(stored: Iterable[StandardRecord], announced: Iterable[StandardRecord]) -> list[StandardRecord]:
    """The announcement's rows made safe to upsert over a registry that may already hold them.

    An announcement says less than a portal row: where the registry already holds a code, its title, legal force
    and categories stay, and the announcement adds what it states (dates, withdrawal, replacement links, its
    source). A new edition the registry lacks takes the categories of the newest stored edition of its number (a
    new edition of a standard covers the same products [I]) and says so in its source.
    """
    by_code = {r.code: r for r in stored}
    by_number: dict[str, list[StandardRecord]] = {}
    for r in by_code.values():
        by_number.setdefault(r.number, []).append(r)
    out = []
    for new in announced:
        old = by_code.get(new.code)
        if old is None:
            editions = sorted(by_number.get(new.number, []), key=lambda r: r.year, reverse=True)
            inherited = next((r for r in editions if r.categories), None)
            if inherited is not None and not new.categories:
                new = replace(new, categories=inherited.categories,
                              source=f"{new.source}；适用类别沿用 {inherited.code}")
            out.append(new)
            continue
        withdrawn = new.withdrawn or old.withdrawn
        out.append(replace(
            old,
            status=StandardStatus.WITHDRAWN if withdrawn else (new.status if new.effective else old.status),
            published=old.published or new.published,
            effective=new.effective or old.effective,
            withdrawn=withdrawn,
            replaced_by=_join(old.replaced_by, new.replaced_by),
            replaces=_join(old.replaces, new.replaces),
            source=old.source if new.source in old.source else f"{old.source}；{new.source}",
        ))
    return out
