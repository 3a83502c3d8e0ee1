"""On the 127 real laws and decrees: the number and date of `legal/meta.jsonl` are found
in each document where given."""
from __future__ import annotations

import json
import tarfile

import pytest

from conftest import LEGAL_TAR
from indexer.dates import find_dates
from indexer.docnums import canonical, find_docnums

pytestmark = pytest.mark.skipif(not LEGAL_TAR.exists(), reason="../shared/corpus/legal-127.tar.gz not present")


def _documents():
    with tarfile.open(LEGAL_TAR) as tf:
        files = {m.name.rsplit("/", 1)[-1]: tf.extractfile(m).read() for m in tf if m.isfile()}
    meta = [json.loads(line) for line in files["meta.jsonl"].decode().splitlines()]
    return [(m, files[m["file"]].decode("utf-8")) for m in meta]


def test_numbers_and_dates_of_every_law_are_found():
    missing_numbers, missing_dates, checked = [], [], 0
    for meta, text in _documents():
        if meta.get("number"):
            found = {dn.canonical for dn in find_docnums(text)}
            want = canonical(meta["number"])
            # meta sometimes drops the term of a law (73/2006/QH) that the text writes (73/2006/QH 11)
            if want not in found and not any(f.startswith(want) for f in found):
                missing_numbers.append((meta["file"], meta["number"]))
        if meta.get("date"):
            checked += 1
            if meta["date"] not in {d.date for d in find_dates(text)}:
                missing_dates.append((meta["file"], meta["date"]))
    assert checked > 100
    assert not missing_numbers
    assert not missing_dates
