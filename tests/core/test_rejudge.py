"""Re-judging stored listings: every import ends with it, `shelfwatch rejudge` runs it, reviews survive it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from shelfwatch.cli import main
from shelfwatch.models import Claim, ClaimKind, Listing
from shelfwatch.pipeline import judge, load_match_context
from shelfwatch.report import write_report
from shelfwatch.store import Review, Store

HEADER = "code,title,kind,status,published,effective,withdrawn,replaced_by,transition_until,categories,source\n"
CURRENT = (
    "GB 99001-2020,测试标准,mandatory,current,,2020-06-01,,,,,门户导出 2026-11-30\n"
)
# The same version, withdrawn today in a newer export, replaced by a 2026 edition.
WITHDRAWN = (
    "GB 99001-2020,测试标准,mandatory,withdrawn,,2020-06-01,2026-12-01,GB 99001-2026,,,门户导出 2026-12-01\n"
    "GB 99001-2026,测试标准,mandatory,current,,2026-12-01,,,,,门户导出 2026-12-01\n"
)
YESTERDAY, TODAY = date(2026, 11, 30), date(2026, 12, 1)
URL = "https://shop.example/item/1"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _crawl(store: Store, as_of: date, *claims: str, maker: str = "") -> None:
    """What a crawl does for one page: judge with the store's reference data, save."""
    listing = Listing(platform="shop", url=URL, item_id="1", title="测试商品", maker=maker)
    found = [Claim(kind=ClaimKind.STANDARD, value=c, raw=f"执行标准：{c}", where="param:执行标准") for c in claims]
    judged = judge(listing, found, load_match_context(store, as_of))
    store.save_listing(listing, found, judged.findings, risk=judged.risk, unverified=judged.unverified)


def _codes(store: Store) -> list[tuple[str, str]]:
    return sorted((r["code"], r["subject"]) for r in store.iter_findings())


def test_a_withdrawal_imported_today_flags_yesterdays_listing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    assert main(["registry", "import", str(_write(tmp_path, "a.csv", HEADER + CURRENT)), "--db", db,
                 "--covers", "GB", "--data-as-of", "2026-11-30"]) == 0
    store = Store(db)
    _crawl(store, YESTERDAY, "GB 99001-2020")
    assert _codes(store) == []
    capsys.readouterr()

    assert main(["registry", "import", str(_write(tmp_path, "b.csv", HEADER + WITHDRAWN)), "--db", db,
                 "--covers", "GB", "--data-as-of", "2026-12-01", "--as-of", TODAY.isoformat()]) == 0
    assert "re-judged 1 stored listings" in capsys.readouterr().out
    assert _codes(store) == [("standard_withdrawn", "GB 99001-2020")]
    [row] = list(store.iter_findings())
    assert "GB 99001-2026" in row["explanation"] and row["reference"] == "b.csv"
    assert row["source"] == "门户导出 2026-12-01"


def test_an_import_brings_the_search_index_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A re-judgment changes findings and risk; the index's finding facet must follow, not wait for a crawl."""
    from index import Filters, SearchRequest
    from shelfwatch.indexing import sync
    from shelfwatch.settings import Settings
    from shelfwatch.wiring import open_search

    monkeypatch.setenv("SHELFWATCH_SEARCH_SEMANTIC", "false")  # no model to load for this
    db = str(tmp_path / "s.db")
    assert main(["registry", "import", str(_write(tmp_path, "a.csv", HEADER + CURRENT)), "--db", db,
                 "--covers", "GB", "--data-as-of", "2026-11-30"]) == 0
    store = Store(db)
    _crawl(store, YESTERDAY, "GB 99001-2020")
    index = open_search(Settings(db=db, search_semantic=False), store)
    sync(store, index)  # as the crawl leaves it: indexed, nothing flagged
    flagged = SearchRequest(filters=Filters(finding_codes=("standard_withdrawn",)))
    assert index.search(flagged).total == 0
    assert main(["registry", "import", str(_write(tmp_path, "b.csv", HEADER + WITHDRAWN)), "--db", db,
                 "--covers", "GB", "--data-as-of", "2026-12-01", "--as-of", TODAY.isoformat()]) == 0
    assert "search index: 1 listings updated" in capsys.readouterr().err
    # The handle opened before the import (the web app keeps one for its lifetime) sees the new facet value too.
    assert [h.url for h in index.search(flagged).hits] == [URL]
    index.close()
    store.close()


def test_review_survives_rejudge_and_a_finding_no_longer_raised_is_cleared(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    store = Store(db)
    assert main(["registry", "import", str(_write(tmp_path, "b.csv", HEADER + WITHDRAWN)), "--db", db,
                 "--covers", "GB"]) == 0
    _crawl(store, TODAY, "GB 99001-2020")
    [before] = list(store.iter_findings())
    assert store.set_review(before["id"], Review.CONFIRMED)

    assert main(["rejudge", "--db", db, "--as-of", TODAY.isoformat()]) == 0
    [after] = list(store.iter_findings())
    assert (after["id"], after["review"]) == (before["id"], "confirmed")

    # Judged on a day before the withdrawal the finding is not raised: cleared, and raised again later with
    # its verdict.
    assert main(["rejudge", "--db", db, "--as-of", "2026-06-01"]) == 0
    assert list(store.iter_findings()) == []
    assert main(["rejudge", "--db", db, "--as-of", TODAY.isoformat()]) == 0
    [again] = list(store.iter_findings())
    assert (again["id"], again["review"]) == (before["id"], "confirmed")


def test_a_blacklist_import_flags_stored_listings(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    store = Store(db)
    _crawl(store, TODAY, maker="杭州市某某电器有限责任公司")
    assert _codes(store) == []
    bl = _write(tmp_path, "bl.csv", "list,name,uscc,listed_on,source\n"
                "credit_blacklist,杭州某某电器有限公司,,2026-11-01,信用公示（测试）\n")
    assert main(["blacklist", "import", str(bl), "--db", db, "--as-of", TODAY.isoformat()]) == 0
    assert _codes(store) == [("blacklisted_entity", "杭州某某电器有限公司")]


def test_absence_is_a_finding_only_where_an_import_covers_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "s.db")
    registry = _write(tmp_path, "a.csv", HEADER + CURRENT)
    assert main(["registry", "import", str(registry), "--db", db]) == 0
    assert "no --covers given" in capsys.readouterr().err
    store = Store(db)
    _crawl(store, TODAY, "GB 99002-2019", "QB/T 1333-2018")
    assert _codes(store) == []  # a file that covers nothing vouches for no absence
    [row] = list(store.iter_listings())
    assert [u["subject"] for u in row["unverified"]] == ["GB 99002-2019", "QB/T 1333-2018"]

    assert main(["registry", "import", str(registry), "--db", db, "--covers", "GB, GB/T", "--data-as-of",
                 "2026-11-30", "--label", "samr-export 2026-11-30", "--as-of", TODAY.isoformat()]) == 0
    assert _codes(store) == [("standard_unknown", "GB 99002-2019")]
    [finding] = list(store.iter_findings())
    assert "samr-export 2026-11-30（覆盖 GB, GB/T，截至 2026-11-30）" in finding["reference"]
    [row] = list(store.iter_listings())
    assert [u["subject"] for u in row["unverified"]] == ["QB/T 1333-2018"]

    capsys.readouterr()
    assert main(["listings", "--db", db, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unverified"] == ["QB/T 1333-2018"]
    html = write_report(store, tmp_path / "out").read_text(encoding="utf-8")
    assert "无法核验的声明" in html and "QB/T 1333-2018" in html and "samr-export 2026-11-30" in html
    assert main(["report", "--db", db, "--out", str(tmp_path / "out2")]) == 0  # nothing confirmed: no takedown rows


def test_bad_coverage_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    registry = _write(tmp_path, "a.csv", HEADER + CURRENT)
    assert main(["registry", "import", str(registry), "--db", db, "--covers", "国标"]) == 2
    assert "--covers" in capsys.readouterr().err
    assert main(["registry", "import", str(registry), "--db", db, "--label", "x"]) == 2
    assert Store(db).counts()["standards"] == 0


def test_rejudge_refuses_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rejudge", "--db", str(tmp_path / "none.db")]) == 2


def test_rulebook_import_replaces_the_rules_and_rejudges(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "s.db")
    store = Store(db)
    listing = Listing(platform="shop", url=URL, item_id="1", title="男女通用电动车头盔")
    judged = judge(listing, [], load_match_context(store, TODAY))  # the bundled rulebook: GB 811 and CCC
    store.save_listing(listing, [], judged.findings, risk=judged.risk)
    assert _codes(store) == [("certificate_missing", "ccc"), ("mandatory_standard_missing", "GB 811")]
    rules = _write(tmp_path, "rules.csv", "category,requirement,value,applies_when,source\n"
                   "helmets,mandatory_standard,GB 811,,本地规则（测试）\n")
    assert main(["rulebook", "import", str(rules), "--db", db, "--as-of", TODAY.isoformat()]) == 0
    assert "imported 1 requirements" in capsys.readouterr().out
    assert _codes(store) == [("mandatory_standard_missing", "GB 811")]
    bad = _write(tmp_path, "bad.csv", "category,requirement,value,applies_when,source\nhelmets,ccc,x,,y\n")
    assert main(["rulebook", "import", str(bad), "--db", db]) == 2
    assert 'line 2, column "requirement"' in capsys.readouterr().err
    assert len(store.rulebook_rows()) == 1  # a broken file changes nothing


def test_a_recall_notice_imported_as_text_flags_the_recalled_model(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    store = Store(db)
    for n, model in ((1, "JC-1801"), (2, "JC-2000")):
        listing = Listing(platform="shop", url=f"{URL}{n}", item_id=str(n), title=f"佳厨 电热水壶 {model}",
                          brand="佳厨", model=model, maker="宁波市佳厨电器有限公司")
        judged = judge(listing, [], load_match_context(store, TODAY))
        store.save_listing(listing, [], judged.findings, risk=judged.risk)
    notice = _write(tmp_path, "notice.txt", "【浙江】宁波市佳厨电器有限公司召回部分电热水壶\n自2024年8月22日起，召回"
                    "生产日期为2024年3月1日至2024年6月30日的佳厨牌电热水壶，涉及型号为JC-1801。")
    assert main(["blacklist", "import", str(notice), "--recall-notice", "--db", db, "--as-of", TODAY.isoformat(),
                 "--announcement", "SAMR 召回公告（测试）"]) == 0
    recalled = [(r["url"], r["code"]) for r in store.iter_findings() if r["code"] == "recalled_product"]
    assert recalled == [(f"{URL}1", "recalled_product")]  # the other model is not recalled


def test_declarations_import_flags_an_undeclared_enterprise_standard(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    store = Store(db)
    _crawl(store, TODAY, "Q/HZMM 0009S-2024", maker="杭州某某电器有限公司")
    assert _codes(store) == []
    [row] = list(store.iter_listings())
    assert row["unverified"] == []  # no list loaded: enterprise standards are not checked at all
    decl = _write(tmp_path, "decl.csv", "uscc,maker,standard,title,declared_on,source\n"
                  ",杭州某某电器有限公司,Q/HZMM 0001S-2023,电热水壶,2023-03-01,企业标准平台（测试）\n")
    assert main(["declarations", "import", str(decl), "--db", db, "--as-of", TODAY.isoformat()]) == 0
    assert _codes(store) == [("enterprise_standard_undeclared", "Q/HZMM 0009S-2024")]
