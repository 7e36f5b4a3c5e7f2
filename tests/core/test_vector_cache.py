"""Embedding vectors cached in the store: a second judgment of the same texts embeds nothing new."""

from __future__ import annotations

import numpy as np

from matching.embeddings import HashingEmbedder
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
