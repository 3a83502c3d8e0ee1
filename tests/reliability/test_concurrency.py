"""Concurrent use: one writer at a time (the others wait or, --no-wait, say so),
and searches during an import or a reindex answer from a consistent index."""
from __future__ import annotations

import os
import subprocess
import sys
import time

from archive.lock import WriterLock
from archive.store import Archive
from tests.conftest import ROOT, Vankien
from tests.reliability.conftest import articles, write_articles

def spawn(home, *args) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "cli", "--home", str(home), *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def titles(home) -> list[str]:
    with Archive(home) as archive:
        return [r[0] for r in archive.db.execute("SELECT title FROM documents")]


def test_a_second_writer_waits_or_says_who_holds_the_archive(tmp_path):
    home = tmp_path / "home"
    dump = write_articles(tmp_path / "dump", articles("a", 3, seed=1))
    with WriterLock(home, "import"):                      # this test process plays the running import
        code, _, err = Vankien(home)("import", str(dump), "--no-wait")
        assert code == 2
        assert f"another import is running (pid {os.getpid()})" in err and len(err.strip().splitlines()) == 1
        waiting = spawn(home, "import", str(dump))
        time.sleep(3)
        assert waiting.poll() is None                     # still waiting for us
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err.decode()
    assert "waiting" in err.decode()
    assert sorted(titles(home)) == sorted(t.split("\n")[0] for t in articles("a", 3, seed=1).values())


def test_two_imports_started_together_lose_and_double_nothing(tmp_path):
    home = tmp_path / "home"
    a = write_articles(tmp_path / "a", articles("a", 12, seed=2))
    b = write_articles(tmp_path / "b", articles("b", 12, seed=3))
    first, second = spawn(home, "import", str(a)), spawn(home, "import", str(b))
    for p in (first, second):
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err.decode()
    expected = [t.split("\n")[0] for t in (*articles("a", 12, 2).values(), *articles("b", 12, 3).values())]
    assert sorted(titles(home)) == sorted(expected)
    assert Vankien(home)("search", "Đảng bộ", "--count")[1].strip() == "24"


def _search_while(process: subprocess.Popen, home) -> list[int]:
    from indexer.index import IndexUnavailable
    from indexer.search import search

    totals = []
    with Archive(home) as archive:
        while process.poll() is None:
            try:
                totals.append(search(archive, "Đảng bộ", limit=5).total)
            except IndexUnavailable as e:                 # only before the very first commit
                assert "no search index" in str(e) and not totals, e
            time.sleep(0.05)
    return totals


def test_searches_during_an_import_and_a_reindex_stay_consistent(tmp_path):
    home = tmp_path / "home"
    first = write_articles(tmp_path / "first", articles("f", 10, seed=4))
    assert Vankien(home)("import", str(first))[0] == 0
    more = write_articles(tmp_path / "more", articles("m", 30, seed=5))
    importing = spawn(home, "import", str(more))
    during_import = _search_while(importing, home)
    assert importing.wait() == 0
    assert during_import and during_import == sorted(during_import)      # old or new, never backwards
    assert set(during_import) <= {10, 40}                                # one commit: before or after
    reindexing = spawn(home, "reindex")
    during_reindex = _search_while(reindexing, home)
    assert reindexing.wait() == 0
    assert during_reindex and set(during_reindex) == {40}
