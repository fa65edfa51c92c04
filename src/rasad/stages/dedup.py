"""Near-duplicates: MinHash over word shingles of search keys, banded LSH for candidates.

Syndicated copies and light rewrites (re-spaced, ي/ك typed for ی/ک, diacritics added,
paragraphs reordered) share most 3-word shingles of their normalized keys; two articles on
the same event written separately do not. A document is marked `duplicate_of` the earliest
stored document whose estimated Jaccard similarity reaches the threshold.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from rasad.model import Document
from rasad.text.tokenize import index_terms

NUM_PERM = 128
SHINGLE = 3
SEED = 7
SCHEME = "affine32"  # datasketch >= 2: 32-bit hash values
MIN_SHINGLES = 5  # shorter texts are too small to call copies


def shingles(text: str, lang: str | None = None) -> set[bytes]:
    """Overlapping word 3-grams of the text's search keys."""
    keys = index_terms(text, lang)
    return {" ".join(keys[i : i + SHINGLE]).encode() for i in range(len(keys) - SHINGLE + 1)}


def signature(text: str, lang: str | None = None) -> np.ndarray | None:
    """The MinHash signature of a text (None when it is too short to compare)."""
    grams = shingles(text, lang)
    if len(grams) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch(sorted(grams))
    return minhash.hashvalues.astype(np.uint32)


def band_buckets(values: np.ndarray, bands: int, rows: int) -> list[int]:
    """The LSH buckets of a signature: a signed 64-bit hash of each band and its number (two
    signatures share a bucket when they agree on a whole band, as in MinHashLSH)."""
    data = values.astype("<u4")
    return [
        int.from_bytes(
            hashlib.blake2b(
                bytes([band]) + data[band * rows : (band + 1) * rows].tobytes(), digest_size=8
            ).digest(),
            "big",
            signed=True,
        )
        for band in range(bands)
    ]


StoredLookup = Callable[[list[int]], list[tuple[str, np.ndarray]]]
SignatureOf = Callable[[Document], "np.ndarray | None"]


def document_signature(doc: Document) -> np.ndarray | None:
    """The MinHash signature of an analysed document's text."""
    return signature(doc.text, doc.lang)


class DuplicateIndex:
    """Signatures seen so far, in arrival order; `add` answers "a copy of which one?".

    With `stored`, the signatures of earlier ingests stay in the store: `stored(buckets)`
    returns those sharing a bucket, earliest first, so an ingest holds only its own
    signatures in memory and starts without reading the archive's."""

    def __init__(self, threshold: float = 0.7, stored: StoredLookup | None = None) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self.order: dict[str, int] = {}
        self.minhashes: dict[str, MinHash] = {}
        self.stored = stored

    def buckets(self, values: np.ndarray) -> list[int]:
        """The LSH buckets of a signature, with this index's bands and rows."""
        return band_buckets(values, self.lsh.b, self.lsh.r)

    def _minhash(self, values: np.ndarray) -> MinHash:
        return MinHash(num_perm=NUM_PERM, seed=SEED, hashvalues=values, scheme=SCHEME)

    def insert(self, doc_id: str, values: np.ndarray) -> None:
        """Remember a signature without asking about it (loading a stored index)."""
        if doc_id in self.order:
            return
        minhash = self._minhash(values)
        self.lsh.insert(doc_id, minhash)
        self.order[doc_id] = len(self.order)
        self.minhashes[doc_id] = minhash

    def add(self, doc_id: str, values: np.ndarray | None) -> str | None:
        """The earliest near-duplicate of this signature already seen, then remember it."""
        if values is None:
            return None
        if self.stored is not None:
            # Stored signatures came before any of this ingest's, so the earliest copy is there.
            for other_id, other in self.stored(self.buckets(values)):
                if np.count_nonzero(other == values) / NUM_PERM >= self.threshold:
                    self.insert(doc_id, values)
                    return other_id
        minhash = self._minhash(values)
        candidates = [
            c
            for c in self.lsh.query(minhash)
            if minhash.jaccard(self.minhashes[c]) >= self.threshold
        ]
        self.insert(doc_id, values)
        return min(candidates, key=self.order.__getitem__) if candidates else None

    def mark(
        self, docs: Iterable[Document], signature_of: SignatureOf | None = None
    ) -> list[tuple[str, np.ndarray]]:
        """Set `duplicate_of` on each accepted document; return the new (id, signature) pairs.
        `signature_of`: where the signatures come from when computed elsewhere (on the
        workers that analysed the documents)."""
        new = []
        for doc in docs:
            if doc.rejected:
                continue
            values = (signature_of or document_signature)(doc)
            original = self.add(doc.id, values)
            doc.duplicate_of = original
            if values is not None:
                new.append((doc.id, values))
        return new
