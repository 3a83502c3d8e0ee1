"""Exact and near-duplicate detection.

Exact: a hash of the normalized text (case, tone placement and spacing do not
count). Near: MinHash over folded 3-syllable shingles with LSH banding; the
band keys live in SQLite, so candidates are found by an indexed lookup in a
persistent archive instead of an in-memory structure rebuilt on every run.
"""
from __future__ import annotations

import hashlib
import re
import struct
import zlib

import numpy as np
from datasketch import MinHash

from archive.vntext import folded_key, match_key

NUM_PERM = 64
BANDS, ROWS = 16, 4          # LSH candidates from Jaccard ≈ 0.5 up
THRESHOLD = 0.7              # estimated Jaccard that makes a re-post
SHINGLE = 3
MIN_SHINGLES = 8             # shorter texts are too small to call near-duplicates
_WORD = re.compile(r"\w+")


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(match_key(text).split()).encode("utf-8")).hexdigest()


_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=1)   # its permutations are reused: making them is costly


def shingle_hashes(text: str) -> np.ndarray:
    """32-bit hashes of the distinct folded 3-syllable shingles of `text`."""
    words = np.array([zlib.crc32(w.encode()) for w in _WORD.findall(folded_key(text))], dtype=np.uint64)
    if len(words) < SHINGLE:
        return words[:0]
    mixed = words[:-2] * np.uint64(0x9E3779B1) + words[1:-1] * np.uint64(0x85EBCA77) + words[2:]
    return np.unique(mixed & np.uint64(0xFFFFFFFF))


def signature(text: str) -> np.ndarray | None:
    hashes = shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    m = MinHash(num_perm=NUM_PERM, permutations=_TEMPLATE.permutations, scheme=_TEMPLATE.scheme,
                hashfunc=int)
    m.update_batch(hashes.tolist())
    return m.hashvalues.astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[tuple[int, int]]:
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        keys.append((band, struct.unpack("<q", hashlib.blake2b(chunk, digest_size=8).digest())[0]))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def find_near(db, sig: np.ndarray) -> int | None:
    """The oldest archived document whose signature is close enough to `sig`."""
    keys = band_keys(sig)
    where = " OR ".join("(band=? AND key=?)" for _ in keys)
    params = [v for pair in keys for v in pair]
    candidates = db.execute(
        f"SELECT DISTINCT s.doc_id, s.minhash, d.duplicate_of FROM lsh JOIN signatures s ON s.doc_id = lsh.doc_id "
        f"JOIN documents d ON d.id = s.doc_id WHERE {where} ORDER BY s.doc_id", params).fetchall()
    for doc_id, blob, duplicate_of in candidates:
        if similarity(sig, np.frombuffer(blob, dtype=np.uint64)) >= THRESHOLD:
            return duplicate_of or doc_id
    return None


def remember(db, doc_id: int, sig: np.ndarray) -> None:
    db.execute("INSERT INTO signatures(doc_id, minhash) VALUES (?, ?)", (doc_id, sig.tobytes()))
    db.executemany("INSERT INTO lsh(band, key, doc_id) VALUES (?, ?, ?)",
                   [(band, key, doc_id) for band, key in band_keys(sig)])
