"""The real 35k-article dump, imported as it is (a tar.gz). Slow: about 1.5 minutes.

How fast the re-import is (a ratio of times) is measured in bench/bench_import.py,
not asserted here: only what each import did.
"""
from __future__ import annotations

import json
import sqlite3
import tarfile

import pytest

from archive.meta import parse_date
from archive.store import Archive
from archive.importer import import_paths
from conftest import NEWS_TAR, needs_news

pytestmark = [pytest.mark.slow, needs_news]


def _expected():
    """Line 1 of every article and the meta.jsonl rows, read straight from the tar."""
    line1, meta = {}, {}
    with tarfile.open(NEWS_TAR) as tf:
        for m in tf:
            if not m.isfile():
                continue
            data = tf.extractfile(m).read()
            if m.name.endswith("meta.jsonl"):
                meta = {f"news/{r['file']}": r for r in map(json.loads, data.decode().splitlines())}
            elif m.name.endswith(".txt") and "subset" not in m.name:
                line1[m.name] = data.decode("utf-8").split("\n", 1)[0].strip()
    return line1, meta


def test_news_35k_tar_imported_directly(tmp_path):
    line1, meta = _expected()
    archive = Archive(tmp_path / "home", create=True)
    first = import_paths(archive, [str(NEWS_TAR)])
    c = first.counts
    # every article stored or reported
    assert c["imported"] + c["near_duplicate"] + c["duplicate"] == len(line1) == 35639
    assert c["failed"] == 0 and c["skipped"] == 2          # meta.jsonl and the subset list
    rows = archive.db.execute("SELECT path, title, date, date_source FROM documents").fetchall()
    assert len(rows) == c["imported"] + c["near_duplicate"]
    for path, title, date, date_source in rows:
        member = path.split("!", 1)[1]
        assert title == " ".join(line1[member].split())
        given = parse_date(meta[member]["date"])
        if given:
            assert (date, date_source) == (given, "metadata")
    dated = sum(1 for r in rows if r[3] == "metadata")
    assert dated == sum(1 for r in meta.values() if r["date"]) - _dated_duplicates(archive, meta)

    second = import_paths(archive, [str(NEWS_TAR)])
    # the unchanged tar is skipped as a whole, before any member is read
    assert (dict(second.counts), second.inputs) == ({"unchanged": 1}, 1)
    assert sqlite3.connect(archive.path).execute("SELECT COUNT(*) FROM documents").fetchone()[0] == len(rows)


def _dated_duplicates(archive, meta) -> int:
    paths = [r[0].split("!", 1)[1] for r in archive.db.execute("SELECT path FROM duplicates")]
    return sum(1 for p in paths if meta[p]["date"])
