"""Standards announcements and Safety Gate exports imported into the store re-judge the listings it holds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from matching import RegistryFileError
from shelfwatch.cli import main
from shelfwatch.models import Claim, ClaimKind, Listing
from shelfwatch.pipeline import judge, load_match_context
from shelfwatch.registry_io import ensure_bundled_registry, import_announcement, import_safety_gate
from shelfwatch.store import Store

URL = "https://shop.example/item/1"


def _crawl(store: Store, as_of: date, *, standard: str, brand: str = "", model: str = "") -> None:
    listing = Listing(platform="shop", url=URL, item_id="1", title="充电宝 移动电源 20000毫安", brand=brand, model=model)
    claims = [Claim(kind=ClaimKind.STANDARD, value=standard, raw=f"执行标准：{standard}", where="param:执行标准")]
    judged = judge(listing, claims, load_match_context(store, as_of))
    store.save_listing(listing, claims, judged.findings, risk=judged.risk, unverified=judged.unverified)


def _codes(store: Store) -> list[tuple[str, str]]:
    return sorted((r["code"], r["subject"]) for r in store.iter_findings())


def test_an_announced_replacement_withdraws_the_old_edition_on_its_date(fresh_store: Store, tmp_path: Path) -> None:
    ensure_bundled_registry(fresh_store)
    _crawl(fresh_store, date(2026, 12, 1), standard="GB 31241-2022")
    before = {c for c, _ in _codes(fresh_store)}
    assert "standard_withdrawn" not in before
    path = tmp_path / "公告.csv"
    path.write_text("序号,标准编号,标准名称,代替标准号,实施日期\n"
                    "1,GB 31241-2026,便携式电子产品用锂离子电池和电池组 安全技术规范,GB 31241-2022,2027-08-01\n",
                    encoding="utf-8")
    # Before the new edition comes into force nothing changes; on its date the old one is withdrawn.
    res = import_announcement(fresh_store, path, announced=date(2026, 6, 1), announcement="国家标准公告2026年第5号",
                              as_of=date(2027, 7, 31))
    assert res.rejudged is not None and res.rejudged.raised == 0
    res = import_announcement(fresh_store, path, announced=date(2026, 6, 1), announcement="国家标准公告2026年第5号",
                              as_of=date(2027, 8, 1))
    assert ("standard_withdrawn", "GB 31241-2022") in _codes(fresh_store)
    row = next(r for r in fresh_store.standard_rows() if r["code"] == "GB 31241-2022")
    assert "power_banks" in row["categories"] and "国家标准公告2026年第5号" in row["source"]  # merged, not overwritten


def test_a_broken_announcement_writes_nothing(fresh_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("序号,标准编号,标准名称,实施日期\n1,GB 1-2026,甲,2026-01-01\n2,GB 2,乙,2026-01-01\n",
                    encoding="utf-8")
    with pytest.raises(RegistryFileError, match="line 3"):
        import_announcement(fresh_store, path, announced=date(2026, 1, 1))
    assert fresh_store.standard_rows() == []


def test_a_safety_gate_alert_flags_the_listing_of_that_brand_and_model(fresh_store: Store, tmp_path: Path) -> None:
    ensure_bundled_registry(fresh_store)
    _crawl(fresh_store, date(2026, 12, 1), standard="GB 31241-2022", brand="VOLTMAX", model="PB-2000")
    path = tmp_path / "sg.csv"
    path.write_text("Alert number,Brand,Type / number of model,Risk type\n"
                    "A12/01234/26,VOLTMAX,PB-2000,Fire\nA12/01235/26,Unknown,X1,Burns\n", encoding="utf-8")
    res = import_safety_gate(fresh_store, path, announced=date(2026, 11, 1), as_of=date(2026, 12, 1))
    assert res.rows == 1 and [line for line, _ in res.skipped] == [3]
    assert ("recalled_product", "VOLTMAX PB-2000") in _codes(fresh_store)


def test_cli_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    ann = tmp_path / "a.csv"
    ann.write_text("序号,标准编号,标准名称,实施日期\n1,GB 99001-2026,测试标准,2026-01-01\n", encoding="utf-8")
    assert main(["registry", "announcement", str(ann), "--announced", "2026-01-01", "--db", db]) == 0
    assert "imported 1 standards from announcement" in capsys.readouterr().out
    sg = tmp_path / "sg.csv"
    sg.write_text("Alert number,Brand,Type / number of model\nA12/00001/26,VOLTMAX,PB-2000\n", encoding="utf-8")
    assert main(["blacklist", "safety-gate", str(sg), "--db", db]) == 0
    assert "imported 1 alerts" in capsys.readouterr().out
