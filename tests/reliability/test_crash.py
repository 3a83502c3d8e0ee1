"""Crash safety: an import or a reindex killed (SIGKILL) at each named point
(archive/faults.py) leaves an archive that opens; `vankien check` says what is
pending, `check --repair` and the next import restore it, and the documents,
entities and index then equal a clean run's exactly — nothing lost or doubled."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from tests.conftest import Vankien, run_subprocess
from tests.reliability.conftest import articles, write_articles

NAMES = ["Lê Đức Dục", "Lò Văn Cương", "Phạm Đức Toàn", "Giàng A Tông"]
NUMBERS = ["01-KL/TW", "05-CT/TW", "136-KH/TU", "29-NQ/TW"]

IMPORT_POINTS = ["import.read:5", "import.record:5", "import.in_transaction:5", "import.after_commit:1",
                 "index.analyzing:1", "index.analysis_saved:1", "index.before_commit:1",
                 "index.in_whoosh_commit:1", "index.after_whoosh_commit:1"]
REINDEX_POINTS = ["reindex.built", "reindex.mid_swap", "reindex.swapped", "index.in_whoosh_commit:1"]


def crash_articles() -> dict[str, str]:
    """Articles with persons, numbers and a slogan, so entity tables are compared too."""
    out = {}
    for i, (name, text) in enumerate(articles("k", 14, seed=7).items()):
        out[name] = text + (f"Đồng chí {NAMES[i % 4]} - Bí thư Huyện ủy phát biểu chỉ đạo thực hiện "
                            f"{NUMBERS[i % 4]} theo phương châm “Tiên phong - Trọng tâm - Thuyết phục”.\n")
    return out


def snapshot(home) -> dict:
    """What a run leaves, keyed by input path (ids may differ between runs)."""
    db = sqlite3.connect(home / "archive.sqlite")
    path = dict(db.execute("SELECT id, path FROM documents"))
    docs = sorted(db.execute("SELECT path, title, content_hash, date, date_source, "
                             "(SELECT path FROM documents o WHERE o.id = d.duplicate_of) FROM documents d"))
    entities = {table: sorted((path[row[0]], *row[1:]) for row in db.execute(f"SELECT {cols} FROM {table}"))
                for table, cols in (("persons", "doc_id, name, positions"), ("docnum_refs", "doc_id, canonical, date"),
                                    ("slogans", "doc_id, slogan_key"), ("mentioned_dates", "doc_id, date"))}
    db.close()
    from whoosh import index as whoosh_index

    from indexer.index import INDEX_NAME
    ix = whoosh_index.open_dir(str(home / "index"), indexname=INDEX_NAME)
    with ix.searcher() as s:
        indexed = sorted(path[int(f["id"])] for f in s.all_stored_fields())      # a doubled id shows twice
    return {"documents": docs, "entities": entities, "index": indexed}


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    return write_articles(tmp_path_factory.mktemp("crash") / "dump", crash_articles())


@pytest.fixture(scope="module")
def clean(dump, tmp_path_factory):
    home = tmp_path_factory.mktemp("clean") / "home"
    assert run_subprocess(["import", str(dump), "--quiet"], home).returncode == 0
    return home, snapshot(home)


def _killed(args, home, point):
    result = run_subprocess([*args, "--quiet"], home, env={**__import__("os").environ, "VANKIEN_KILL_AT": point})
    assert result.returncode == -9, (point, result.returncode, result.stderr.decode()[-500:])


def _recovers(home, dump, expected):
    vankien = Vankien(home)
    code, out, err = vankien("check", "--json")                       # the archive opens; pending is said
    assert code in (0, 4), err
    report = json.loads(out)
    assert all(f["repairable"] for f in report["findings"]), report
    code, out, err = vankien("check", "--repair")
    assert code == 0, out + err
    assert run_subprocess(["import", str(dump), "--quiet"], home).returncode == 0   # the next import: nothing left
    assert vankien("check")[0] == 0
    assert snapshot(home) == expected
    return report


@pytest.mark.slow
@pytest.mark.parametrize("point", IMPORT_POINTS)
def test_an_import_killed_at_any_point_is_restored_exactly(dump, clean, tmp_path, point):
    home = tmp_path / "home"
    _killed(["import", str(dump)], home, point)
    _recovers(home, dump, clean[1])


@pytest.mark.slow
@pytest.mark.parametrize("point", REINDEX_POINTS)
def test_a_reindex_killed_at_any_point_is_restored_exactly(dump, clean, tmp_path, point):
    home = tmp_path / "home"
    shutil.copytree(clean[0], home)
    _killed(["reindex"], home, point)
    assert run_subprocess(["list", "--limit", "1"], home).returncode == 0
    _recovers(home, dump, clean[1])


def test_a_kill_after_the_archive_commit_is_reported_as_pending(dump, clean, tmp_path):
    """The fast one of the set: documents archived, none indexed; check says so (exit 4)."""
    home = tmp_path / "home"
    _killed(["import", str(dump)], home, "import.after_commit:1")
    report = _recovers(home, dump, clean[1])
    assert [(f["kind"], f["count"]) for f in report["findings"]] == [("unindexed", 14)]
