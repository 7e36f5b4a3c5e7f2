"""`shelfwatch extract FILE.html --url URL --json`: the contract other tools rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shelfwatch.cli import main

PAGES = Path(__file__).resolve().parents[1] / "extractors" / "pages"


@pytest.mark.parametrize("name", ["jd_parameter_list", "gbk_legacy", "jsonld_product", "table_layout"])
def test_extract_json_contract(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    assert main(["extract", str(PAGES / f"{name}.html"), "--url", expected["url"], "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {"title", "price", "brand", "maker", "standards", "certificates"} <= set(out)
    assert out["title"] == expected["fields"]["title"]
    assert out["standards"] == [code for code, _where in expected["standards"]]
    assert [(c["type"], c["number"], c["valid"]) for c in out["certificates"]] == [
        (t, n, v) for t, n, v, _where in expected["certificates"]
    ]
    for c in out["certificates"]:
        assert c["type"] in {"ccc", "sc", "qs", "xk", "uscc", "cosmetics", "medical_device", "other"}


def test_extract_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.html"), "--url", "http://127.0.0.1/x", "--json"]) == 2
    assert "nope.html" in capsys.readouterr().err
