"""Embedding vectors cached in the store: a second judgment of the same texts embeds nothing new."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from matching.embeddings import HashingEmbedder, Role
from matching.vectors import CachedEmbedder, MemoryVectorCache
from shelfwatch.store import Store
from shelfwatch.vector_cache import StoreVectorCache


def test_store_cache_embeds_only_new_texts_and_survives_a_new_process_handle(fresh_store: Store) -> None:
    first = CachedEmbedder(HashingEmbedder(), StoreVectorCache(fresh_store))
    a = first.embed(["深圳市速能电子科技有限公司", "儿童羽绒服", "深圳市速能电子科技有限公司"])
    assert first.embedded == 2  # the repeated text is embedded once
    # A later run (a re-crawl, a rejudge) with a fresh embedder and cache object reads them back from the table.
    again = CachedEmbedder(HashingEmbedder(), StoreVectorCache(Store(fresh_store.url)))
    b = again.embed(["儿童羽绒服", "深圳市速能电子科技有限公司", "电热水壶"])
    assert again.embedded == 1
    assert np.array_equal(b[0], a[1]) and np.array_equal(b[1], a[0])
    assert np.array_equal(b[2], HashingEmbedder().embed(["电热水壶"])[0])


def test_roles_are_cached_apart() -> None:
    emb = CachedEmbedder(HashingEmbedder(), MemoryVectorCache())
    emb.embed(["移动电源"], role="query")
    emb.embed(["移动电源"], role="passage")
    assert emb.embedded == 2
    assert emb.embed([]).shape == (0, emb.dim)


class _CountingPassages(HashingEmbedder):
    """The hashing embedder, writing down every passage text it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.passages: list[str] = []

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if role == "passage":
            self.passages.extend(texts)
        return super().embed(texts, role=role)


def test_the_writer_embeds_the_category_descriptions_once_before_judging(fresh_store: Store) -> None:
    from datetime import date

    from matching.categories import describe
    from shelfwatch.models import Listing
    from shelfwatch.pipeline import embed_reference_texts, judge, load_match_context

    model = _CountingPassages()
    ctx = load_match_context(fresh_store, date(2026, 12, 1), embedder=CachedEmbedder(model, MemoryVectorCache()))
    assert embed_reference_texts(ctx) == len(ctx.categories) > 0
    assert sorted(model.passages) == sorted(describe(c) for c in ctx.categories)
    assert embed_reference_texts(ctx) == 0  # cached: nothing sent again
    # A title no keyword places is placed by meaning against those descriptions: the model sees no passage now.
    judged = judge(Listing(platform="shop", url="https://shop.example/item/1", title="某某牌 小物件 Z-100"), [], ctx)
    assert judged.listing.category_confidence <= 0.5 and len(model.passages) == len(ctx.categories)
    assert embed_reference_texts(load_match_context(fresh_store, date(2026, 12, 1), embedder=None)) == 0
