"""What a CRFsuite model file weighs, read from the file itself.

pycrfsuite lists a model's attributes through `Tagger.info()`, which has CRFsuite dump the
whole model as text to a temporary file and parses it back (~0.2 s of CPU per model, in every
analysis process). The attributes are read here from the model's own layout instead
(crf1d_model.c, cqdb.c): a 48-byte header; the features chunk, each feature a type (0: an
attribute's weight for a label, 1: a label's for the next), a source, a destination and a
weight; and the attribute dictionary (CQDB), whose backward array holds each string by id.
All integers are little-endian.
"""

from __future__ import annotations

import struct

import numpy as np

MAGIC, MODEL_TYPE = b"lCRF", b"FOMC"
HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, 3 counts, 5 offsets
CHUNK = 12  # a chunk's id, size and count
FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
STATE = 0  # an attribute's weight for a label
CQDB_HEADER = struct.Struct("<4sIIIII")  # "CQDB", size, flag, byte order, bwd size, bwd offset


def cqdb_strings(data: bytes, offset: int) -> list[str]:
    """The strings of the CQDB at `offset`, by id (its backward array: id → record, a record
    being the id, the size and the NUL-terminated UTF-8 string)."""
    chunk, _, _, _, count, backward = CQDB_HEADER.unpack_from(data, offset)
    if chunk != b"CQDB":
        raise ValueError("not a CRFsuite model: no string dictionary where the header says")
    out = []
    for i, record in enumerate(struct.unpack_from(f"<{count}I", data, offset + backward)):
        at = offset + record
        rid, size = struct.unpack_from("<II", data, at)
        if rid != i:
            raise ValueError("not a CRFsuite model: a dictionary record out of place")
        out.append(data[at + 8 : at + 8 + size - 1].decode("utf-8"))
    return out


def weighed_attributes(data: bytes) -> frozenset[str]:
    """The attributes a CRFsuite model (the file's bytes) gives a weight for some label: those
    its tagger does not drop, as `Tagger.info().state_features` lists them."""
    magic, _, kind, _, _, _, n_attrs, features, _, attrs, _, _ = HEADER.unpack_from(data, 0)
    if magic != MAGIC or kind != MODEL_TYPE:
        raise ValueError("not a CRFsuite model")
    (count,) = struct.unpack_from("<I", data, features + 8)
    table = np.frombuffer(data, FEATURE, count, features + CHUNK)
    names = cqdb_strings(data, attrs)
    if len(names) != n_attrs:
        raise ValueError("not a CRFsuite model: the dictionary's size differs from the header")
    return frozenset(names[i] for i in np.unique(table["src"][table["type"] == STATE]).tolist())
