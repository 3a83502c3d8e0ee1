"""The analysis cache: words are segmented once, entities are extracted again
when the extractor changed (its fingerprint), so better rules reach old archives."""
from __future__ import annotations

import json
import sqlite3

from archive.store import Archive
from tests.conftest import Vankien

TEXT = ("Đồng chí Lê Đức Dục thăm Đảng bộ huyện Tam Đường\n\n"
        "Ngày 18/5/2021, đồng chí Lê Đức Dục, Trưởng Ban Tuyên giáo Tỉnh ủy, làm việc với Đảng bộ huyện "
        "Tam Đường về thực hiện Kết luận 01-KL/TW của Bộ Chính trị.\n")


def _home(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    vankien = Vankien(tmp_path / "home")
    assert vankien("import", str(src))[0] == 0
    return tmp_path / "home"


def _stale_entities(home):
    """What an older extractor left: no persons, and another version."""
    with sqlite3.connect(home / "archive.sqlite") as db:
        entities = json.loads(db.execute("SELECT entities FROM analysis").fetchone()[0])
        entities["persons"] = []
        db.execute("UPDATE analysis SET entities=?, entities_version='older'", (json.dumps(entities),))
        db.execute("DELETE FROM persons")


def test_entities_of_an_older_extractor_are_extracted_again_without_segmenting(tmp_path, monkeypatch):
    home = _home(tmp_path)
    _stale_entities(home)
    import indexer.segment as segment

    def no_segmentation(text):
        raise AssertionError("segmented again")

    monkeypatch.setattr(segment, "segment", no_segmentation)     # the words must come from the cache
    from indexer.index import reindex

    class InProcess:                                            # the pool's job, run here (monkeypatch holds)
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            pass

        def submit(self, jobs):
            results = [segment._analyze_job(job) for job in jobs]
            return type("Done", (), {"get": lambda self: results})()

    with Archive(home) as archive:
        summary = reindex(archive, segmenter_factory=InProcess)
        names = [r[0] for r in archive.db.execute("SELECT name FROM persons")]
    assert summary.segmented == 0
    assert names == ["Lê Đức Dục"]
    assert Vankien(home)("search", "--person", "le duc duc", "--count")[1].strip() == "1"


def test_entities_of_this_extractor_are_reused(tmp_path):
    home = _home(tmp_path)
    with sqlite3.connect(home / "archive.sqlite") as db:
        db.execute("DELETE FROM persons")                      # rows lost, cache current: re-derived as is
    from indexer.index import reindex

    with Archive(home) as archive:
        summary = reindex(archive)
        names = [r[0] for r in archive.db.execute("SELECT name FROM persons")]
    assert summary.segmented == 0 and names == ["Lê Đức Dục"]
