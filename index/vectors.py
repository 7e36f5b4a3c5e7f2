"""The embedded vector index: faiss (faiss-cpu, no server) over vectors whose source of truth is an SQLite table.

Why faiss: its wheels install from PyPI with no compiler (hnswlib 0.8 is a source build), it removes and
re-adds ids (an updated listing gets a new vector), and its IVF index builds a million vectors in seconds on two
cores, where a graph index (HNSW) needs minutes. Below ``IVF_THRESHOLD`` vectors search is exact (a flat inner
product, so cosine on unit vectors); above it an inverted-file index (vectors in half precision) with ``nprobe``
lists probed per query.

Vectors are written to ``search_vectors`` in the same transaction as their document; each write gets a rising
``seq``. An index in memory remembers the last ``seq`` it has, and before each search reads only the rows written
since (by this process or any other), so the crawler's writes show up in the web app without a restart. The IVF
index is also saved beside the database with that ``seq``, so a reopen does not retrain.
"""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import faiss
import numpy as np

IVF_THRESHOLD = 50_000
"""From this many vectors on, an IVF index replaces exact search."""
NPROBE = 24
"""Inverted lists probed per IVF query (recall against speed)."""


def to_blob(vector: np.ndarray) -> bytes:
    """A vector as stored: float16 (half the disk of float32; cosine ranks do not notice at 3 decimals)."""
    return np.asarray(vector, dtype=np.float16).tobytes()


class VectorIndex:
    """ANN search over ``search_vectors``; thread-safe; ``db`` is the index's own sqlite3 connection."""

    def __init__(self, db: sqlite3.Connection, lock: threading.RLock, saved_path: Path | None) -> None:
        self._db = db
        self._lock = lock
        self._saved = saved_path
        self._index: faiss.Index | None = None
        self._seq = 0
        self._dim = 0

    def reset(self) -> None:
        """Forget what is in memory (after a rebuild swapped the tables)."""
        with self._lock:
            self._index = None
            self._seq = 0
            if self._saved is not None and self._saved.exists():
                self._saved.unlink()

    def _rows(self, since: int) -> tuple[np.ndarray, np.ndarray, int]:
        rows = self._db.execute(
            "SELECT id, seq, vec FROM search_vectors WHERE seq > ? ORDER BY seq", (since,)
        ).fetchall()
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty((0, self._dim), dtype=np.float32), since
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        vecs = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float16).reshape(len(rows), -1).astype(np.float32)
        return ids, vecs, int(rows[-1][1])

    def _build(self) -> None:
        (n, dim) = self._db.execute(
            "SELECT count(*), coalesce(max(length(vec)) / 2, 0) FROM search_vectors").fetchone()
        self._dim = int(dim)
        if n == 0:
            self._index, self._seq = None, 0
            return
        if n >= IVF_THRESHOLD and self._load_saved():
            return
        ids, vecs, seq = self._rows(0)
        if len(ids) >= IVF_THRESHOLD:
            # Few lists keep training (k-means on a sample) and adding within seconds on two cores.
            faiss.omp_set_num_threads(os.cpu_count() or 1)
            nlist = min(1024, int(4 * math.sqrt(len(ids))))
            quantizer = faiss.IndexFlatIP(self._dim)
            # Vectors kept in half precision inside the lists: half the memory and the saved file of float32.
            index: Any = faiss.IndexIVFScalarQuantizer(quantizer, self._dim, nlist, faiss.ScalarQuantizer.QT_fp16,
                                                       faiss.METRIC_INNER_PRODUCT)
            index.cp.min_points_per_centroid = 5  # 32 per list is plenty for a coarse quantizer
            sample = vecs[np.random.default_rng(0).choice(len(vecs), min(len(vecs), 32 * nlist), replace=False)]
            index.train(sample)
            index.nprobe = NPROBE
            index.add_with_ids(vecs, ids)
        else:
            index = faiss.IndexIDMap2(faiss.IndexFlatIP(self._dim))
            index.add_with_ids(vecs, ids)
        self._index, self._seq = index, seq
        self._save()

    def _load_saved(self) -> bool:
        if self._saved is None or not self._saved.exists():
            return False
        meta = self._saved.with_suffix(".seq")
        try:
            seq = int(meta.read_text())
            index = faiss.read_index(str(self._saved))
        except (OSError, ValueError, RuntimeError):
            return False
        if index.d != self._dim:
            return False
        self._index, self._seq = index, seq
        self._catch_up()
        return True

    def _save(self) -> None:
        if self._saved is None or self._index is None or self._index.ntotal < IVF_THRESHOLD:
            return
        tmp = self._saved.with_suffix(".tmp")
        faiss.write_index(self._index, str(tmp))
        tmp.replace(self._saved)
        self._saved.with_suffix(".seq").write_text(str(self._seq))

    def _catch_up(self) -> None:
        assert self._index is not None
        ids, vecs, seq = self._rows(self._seq)
        if len(ids):
            if vecs.shape[1] != self._index.d:  # the embedder changed: start over
                self._build()
                return
            self._index.remove_ids(faiss.IDSelectorBatch(ids))
            self._index.add_with_ids(vecs, ids)
            self._seq = seq

    def refresh(self) -> None:
        """Bring the in-memory index up to date with the table (cheap when nothing changed)."""
        with self._lock:
            (top,) = self._db.execute("SELECT coalesce(max(seq), 0) FROM search_vectors").fetchone()
            if self._index is None or top < self._seq:
                self._build()
            elif top > self._seq:
                self._catch_up()

    def search(self, query: np.ndarray, k: int) -> list[tuple[int, float]]:
        """Up to ``k`` ``(listing_id, cosine)`` pairs, best first. Deleted ids may come back: callers drop ids
        that have no document any more."""
        self.refresh()
        with self._lock:
            if self._index is None or self._index.ntotal == 0:
                return []
            q = np.asarray(query, dtype=np.float32).reshape(1, -1)
            if q.shape[1] != self._index.d:
                raise ValueError(f"query vector has {q.shape[1]} dimensions, the index holds {self._index.d}")
            # One query is too small to share: more threads only spin against the web server for the cores.
            faiss.omp_set_num_threads(1)
            scores, ids = self._index.search(q, min(k, self._index.ntotal))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]
