"""`shelfwatch registry import` / `blacklist import`: all rows or none, errors that name line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelfwatch.cli import main
from shelfwatch.store import Store

HEADER = "code,title,kind,status,published,effective,withdrawn,replaced_by,transition_until,categories,source\n"
GOOD = "GB 811-2022,摩托车、电动自行车乘员头盔,mandatory,current,,2023-07-01,,,,helmets,test\n"
BL_HEADER = "list,name,uscc,brand,product,model,batch,reason,listed_on,delisted_on,source\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bundled_registry_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from matching.bundled import bundled_standards_path

    db = str(tmp_path / "r.db")
    assert main(["registry", "import", str(bundled_standards_path()), "--db", db]) == 0
    assert "imported" in capsys.readouterr().out
    assert Store(db).counts()["standards"] >= 60


def test_broken_registry_names_line_and_column_and_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "r.db")
    bad = _write(tmp_path, "bad.csv", HEADER + GOOD + "GB 811-2010,头盔,mandatory,withdrawn,,2023-13-01,,,,,test\n")
    assert main(["registry", "import", str(bad), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "effective" in err and "2023-13-01" in err
    assert Store(db).counts()["standards"] == 0


def test_broken_blacklist_names_line_and_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "b.db")
    bad = _write(tmp_path, "bl.csv", BL_HEADER + "wanted,某公司,,,,,,,2024-01-01,,test\n")
    assert main(["blacklist", "import", str(bad), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err and "list" in err
    assert Store(db).counts()["blacklist"] == 0


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["registry", "import", str(tmp_path / "nope.csv"), "--db", str(tmp_path / "x.db")]) == 2
    assert "nope.csv" in capsys.readouterr().err


def test_wrong_setting_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHELFWATCH_INDEX_BACKEND", "solr")
    assert main(["search", "羽绒服", "--db", str(tmp_path / "x.db")]) == 2
    assert "SHELFWATCH_INDEX_BACKEND" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [["listings"], ["findings", "--json"], ["search", "羽绒服"], ["report"], ["evidence", "http://127.0.0.1/x"],
     ["serve"]],
)
def test_read_commands_refuse_a_missing_database_without_creating_it(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "typo.db"
    assert main([*args, "--db", str(db)]) == 2
    assert "no database at" in capsys.readouterr().err
    assert not db.exists()
