"""The traditional-to-simplified table the folding reads (shelfwatch/traditional.py) agrees with OpenCC and covers
every character of the extractors' labels and prefixes (scripts/write_traditional.py writes it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import opencc

from shelfwatch.folding import fold
from shelfwatch.traditional import SIMPLIFIED, TRADITIONAL

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "write_traditional.py"


def _writer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("write_traditional", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["write_traditional"] = module
    spec.loader.exec_module(module)
    return module


def test_every_pair_is_opencc_s_reading() -> None:
    back = [opencc.OpenCC(f"{r}2s") for r in ("t", "tw", "hk")]
    assert len(TRADITIONAL) == len(SIMPLIFIED) == len(set(TRADITIONAL))
    for traditional, simplified in zip(TRADITIONAL, SIMPLIFIED):
        assert simplified in {way.convert(traditional) for way in back}, traditional


def test_the_table_is_what_the_script_writes_from_the_labels_of_today() -> None:
    writer = _writer()
    expected = writer.render(writer.pairs(writer.literal_characters()))
    assert (Path(writer.TARGET)).read_text(encoding="utf-8") == expected, "run scripts/write_traditional.py"


def test_labels_in_traditional_fold_onto_the_simplified_rules() -> None:
    assert fold("執行標準：國妝特字G20220789 註冊證編號 生產許可證 營業執照 型號 貨號").text == (
        "执行标准：国妆特字G20220789 注册证编号 生产许可证 营业执照 型号 货号".replace("：", ":")
    )
    assert fold("眾為").text == "众为"  # Taiwan's forms, not only OpenCC's own (衆, 爲)
