"""An import killed with SIGKILL leaves an archive that opens, and a re-run finishes
with exactly the documents of an uninterrupted run: none lost, none doubled."""
from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

from conftest import ROOT, SAMPLES, run_subprocess


def _sentences() -> list[str]:
    from archive.encoding import decode

    text = " ".join(decode(p.read_bytes()).text for p in sorted(SAMPLES.glob("*.txt")))
    words = text.split()
    return [" ".join(words[i:i + 14]) + "." for i in range(0, len(words) - 14, 14)]


def _make_dump(folder, n=2400):
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


def _snapshot(home) -> set:
    db = sqlite3.connect(home / "archive.sqlite")
    rows = db.execute("""SELECT d.path, d.content_hash, o.path FROM documents d
                         LEFT JOIN documents o ON o.id = d.duplicate_of""").fetchall()
    return set(rows)


def test_sigkill_mid_import_loses_and_doubles_nothing(tmp_path):
    dump = tmp_path / "dump"
    _make_dump(dump)
    clean, killed = tmp_path / "clean", tmp_path / "killed"
    assert run_subprocess(["import", str(dump), "--quiet"], clean).returncode == 0
    expected = _snapshot(clean)
    assert len(expected) > 2000

    proc = subprocess.Popen([sys.executable, "-m", "cli", "--home", str(killed), "import", str(dump), "--quiet"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    archive = killed / "archive.sqlite"
    deadline = time.time() + 120
    committed = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if archive.exists():
            try:
                committed = sqlite3.connect(archive).execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if committed >= 400:
                break
    assert proc.poll() is None, "import finished before it could be killed; make the dump larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    partial = _snapshot(killed)                      # the archive opens after the kill
    assert 0 < len(partial) < len(expected)
    assert partial <= expected
    result = run_subprocess(["import", str(dump), "--quiet"], killed)
    assert result.returncode == 0, result.stderr
    assert _snapshot(killed) == expected
    check = sqlite3.connect(archive).execute("PRAGMA integrity_check").fetchone()[0]
    assert check == "ok"
