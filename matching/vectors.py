"""Embedding with a vector cache: a text is embedded once per model, however often it is crawled or re-judged.

Matching never imports the store; it talks to a :class:`VectorCache` (two methods), which the store layer
implements (``shelfwatch.vector_cache.StoreVectorCache``, a table keyed by model and text hash) and tests and
benchmarks replace with :class:`MemoryVectorCache`. :class:`CachedEmbedder` has the :class:`Embedder` shape, so a
matching function that takes an embedder takes a cached one without knowing: it looks up a whole batch, embeds
the misses in one call and stores them. Call it from a worker thread, never from Scrapy's reactor thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from matching.embeddings import Embedder, Role, text_key


class VectorCache(Protocol):
    """Vectors by (model, key); keys are :func:`cache_key` hashes."""

    def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        """The cached vectors among ``keys`` (absent keys are left out)."""
        ...

    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        """Store vectors (an existing key keeps its vector: same model, same text, same vector)."""
        ...


class MemoryVectorCache:
    """A process-local cache (tests, benchmarks, one-off runs)."""

    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], np.ndarray] = {}

    def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        return {k: self._rows[(model, k)] for k in keys if (model, k) in self._rows}

    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        for k, v in vectors.items():
            self._rows.setdefault((model, k), v)

    def __len__(self) -> int:
        return len(self._rows)


def cache_key(text: str, role: Role) -> str:
    """The text hash a vector is cached under; the role is part of it (E5 embeds queries and passages apart)."""
    return text_key(f"{role}\x00{text}")


class CachedEmbedder:
    """An :class:`Embedder` in front of a cache: looks a batch up, embeds only the misses (in one batch)."""

    def __init__(self, embedder: Embedder, cache: VectorCache) -> None:
        self.inner = embedder
        self.cache = cache
        self.name = embedder.name
        self.dim = embedder.dim
        self.embedded = 0
        """Texts actually sent to the model so far (the rest came from the cache)."""

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [cache_key(t, role) for t in texts]
        found = self.cache.get_many(self.name, list(dict.fromkeys(keys)))
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        if missing:
            fresh = self.inner.embed(missing, role=role)
            new = {cache_key(t, role): row for t, row in zip(missing, fresh)}
            self.cache.put_many(self.name, new)
            found.update(new)
            self.embedded += len(missing)
        return np.stack([np.asarray(found[k], dtype=np.float32) for k in keys])
