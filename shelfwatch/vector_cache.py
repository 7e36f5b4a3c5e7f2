"""The store's side of ``matching.vectors.VectorCache``: embedding vectors kept in the ``text_vectors`` table.

float32 bytes keyed by (model spec, text hash), on SQLite and PostgreSQL alike; an existing key is left as it is
(the same model embeds the same text to the same vector), so concurrent writers cannot conflict.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from sqlalchemy import select

from shelfwatch.schema import text_vectors
from shelfwatch.store import Store, _insert_for

_CHUNK = 500
"""Keys per query: well under SQLite's and PostgreSQL's limits on bound parameters."""


class StoreVectorCache:
    """Vectors in the record store (implements ``matching.vectors.VectorCache``)."""

    def __init__(self, store: Store) -> None:
        self.engine = store.engine

    def get_many(self, model: str, keys: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(keys), _CHUNK):
                chunk = list(keys[start : start + _CHUNK])
                rows = conn.execute(
                    select(text_vectors.c.key, text_vectors.c.vector).where(
                        text_vectors.c.model == model, text_vectors.c.key.in_(chunk)
                    )
                )
                out.update({r.key: np.frombuffer(r.vector, dtype=np.float32) for r in rows})
        return out

    def put_many(self, model: str, vectors: Mapping[str, np.ndarray]) -> None:
        rows = [{"model": model, "key": k, "dim": int(v.shape[-1]),
                 "vector": np.asarray(v, dtype=np.float32).tobytes()} for k, v in vectors.items()]
        if not rows:
            return
        with self.engine.begin() as conn:
            insert = _insert_for(conn)
            for start in range(0, len(rows), _CHUNK):
                conn.execute(insert(text_vectors).on_conflict_do_nothing(), rows[start : start + _CHUNK])
