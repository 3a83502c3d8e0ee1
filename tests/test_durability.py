"""An import killed with SIGKILL leaves an archive that opens, and a re-run finishes
with exactly the documents of an uninterrupted run: none lost, none doubled.

The kill comes at a named point the import passes (archive/faults.py,
`VANKIEN_KILL_AT=name:N`), never after a guessed delay.
"""
from __future__ import annotations

import random
import signal
import sqlite3

import pytest

from conftest import SAMPLES, run_subprocess
from archive.importer import COMMIT_EVERY


def _sentences() -> list[str]:
    from archive.encoding import decode

    text = " ".join(decode(p.read_bytes()).text for p in sorted(SAMPLES.glob("*.txt")))
    words = text.split()
    return [" ".join(words[i:i + 14]) + "." for i in range(0, len(words) - 14, 14)]


def _make_dump(folder, n):
    rng = random.Random(7)
    pool = _sentences() or [f"Câu số {i} về công tác xây dựng Đảng ở cơ sở." for i in range(500)]
    folder.mkdir()
    texts = []
    for i in range(n):
        body = " ".join(rng.sample(pool, min(6, len(pool))))
        text = f"Tin số {i} của Đảng bộ tỉnh\n\nNgày {1 + i % 28}/5/2021, {body}"
        if i % 100 == 50:
            text = texts[i - 7]                       # exact duplicates along the way
        elif i % 100 == 70:
            text = texts[i - 3].replace("Tin số", "Bản tin số", 1)   # near-duplicates
        texts.append(text)
        (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")


def _snapshot(home) -> dict:
    """Every row that says what was archived, as sorted lists (a doubled row shows)."""
    db = sqlite3.connect(home / "archive.sqlite")
    docs = db.execute("""SELECT d.id, d.title, d.path, d.content_hash, o.path FROM documents d
                         LEFT JOIN documents o ON o.id = d.duplicate_of ORDER BY d.id""").fetchall()
    dups = db.execute("SELECT path, original_id FROM duplicates ORDER BY path").fetchall()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return {"documents": docs, "duplicates": dups}


def _indexed(home) -> list[int]:
    """The ids in the Whoosh index, one entry per stored Whoosh document (doubles show)."""
    from indexer.index import open_index

    with open_index(home).searcher() as s:
        return sorted(int(fields["id"]) for fields in s.all_stored_fields())


def _import(dump, home, *extra, kill_at=None):
    import os

    env = {**os.environ, "VANKIEN_KILL_AT": kill_at or ""}
    return run_subprocess(["import", str(dump), "--quiet", *extra], home, env=env)


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    """600 inputs (3 commits of COMMIT_EVERY) and the archive of an uninterrupted import."""
    assert COMMIT_EVERY == 200        # the kill points below are counted in inputs
    tmp = tmp_path_factory.mktemp("durability")
    _make_dump(tmp / "dump", 600)
    clean = tmp / "clean"
    assert _import(tmp / "dump", clean, "--no-index").returncode == 0
    expected = _snapshot(clean)
    # 6 exact duplicates are not documents; the near-duplicates are
    assert (len(expected["documents"]), len(expected["duplicates"])) == (594, 6)
    return tmp / "dump", expected


@pytest.mark.parametrize("kill_at, committed", [
    ("import.in_transaction:300", 200),      # 100 inputs into the second transaction
    ("import.after_commit:2", 400),          # right after the second commit
])
def test_sigkill_mid_import_loses_and_doubles_nothing(dump, tmp_path, kill_at, committed):
    folder, expected = dump
    home = tmp_path / "killed"
    result = _import(folder, home, "--no-index", kill_at=kill_at)
    assert result.returncode == -signal.SIGKILL, result.stderr

    partial = _snapshot(home)                      # the archive opens after the kill
    first = {f"{folder}/{i:05d}.txt" for i in range(committed)}
    assert partial["documents"] == [d for d in expected["documents"] if d[2] in first]
    assert partial["duplicates"] == [d for d in expected["duplicates"] if d[0] in first]

    result = _import(folder, home, "--no-index")
    assert result.returncode == 0, result.stderr
    assert _snapshot(home) == expected


@pytest.mark.parametrize("kill_at", ["index.before_commit", "index.after_whoosh_commit"])
def test_sigkill_while_indexing_is_finished_by_the_next_import(tmp_path, kill_at):
    """Killed before or after the Whoosh commit: the next import indexes every document once."""
    folder = tmp_path / "small"
    _make_dump(folder, 12)
    home = tmp_path / "home"
    result = _import(folder, home, kill_at=kill_at)
    assert result.returncode == -signal.SIGKILL, result.stderr
    documents = [d[0] for d in _snapshot(home)["documents"]]
    assert len(documents) == 12                    # archived before indexing began
    marked = sqlite3.connect(home / "archive.sqlite").execute("SELECT COUNT(*) FROM indexed").fetchone()[0]
    assert marked == 0

    result = _import(folder, home)
    assert result.returncode == 0, result.stderr
    assert [d[0] for d in _snapshot(home)["documents"]] == documents
    assert _indexed(home) == documents
    hits = run_subprocess(["search", "Tin số 11 của Đảng bộ tỉnh", "--json", "--limit", "3"], home)
    assert hits.returncode == 0
    assert '"title": "Tin số 11 của Đảng bộ tỉnh"' in hits.stdout.decode()


def test_checkpoint_counts_its_passes(tmp_path):
    """`name:N` kills at the N-th pass only; other names never kill."""
    import subprocess
    import sys

    from conftest import ROOT

    code = ("from archive.faults import checkpoint\n"
            "for i in range(5):\n"
            "    checkpoint('other'); checkpoint('here'); print(i, flush=True)\n")
    env = {"VANKIEN_KILL_AT": "here:3", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL
    assert done.stdout.split() == ["0", "1"]
