"""Shared fixtures: the repo, ../shared, and a CLI runner on a fresh archive home."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.register_assert_rewrite("sample_archive")     # its checks run inside the fixture: show the diff

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
NEWS_TAR = SHARED / "corpus" / "news-35k.tar.gz"
LEGAL_TAR = SHARED / "corpus" / "legal-127.tar.gz"
SAMPLES = ROOT / "data" / "samples"
SEED_000 = SEEDS / "000_3063799e7d688957.txt"
SEED_002 = SEEDS / "002_5dfc7ce3701ae2ae.txt"

needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/seeds not present")
needs_news = pytest.mark.skipif(not NEWS_TAR.exists(), reason="../shared/corpus/news-35k.tar.gz not present")


class Vankien:
    """Runs `vankien --home HOME …` in-process and returns (exit code, stdout, stderr)."""

    def __init__(self, home: Path):
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | bytes | None = None):
        from cli import main

        result = self.runner.invoke(main, ["--home", str(self.home), *args], input=input,
                                    catch_exceptions=False)
        return result.exit_code, result.stdout, result.stderr

    def json_lines(self, *args: str) -> list[dict]:
        code, out, err = self(*args)
        assert code == 0, err
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    def json(self, *args: str) -> dict:
        code, out, err = self(*args)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def vankien(tmp_path) -> Vankien:
    return Vankien(tmp_path / "home")


def run_subprocess(args: list[str], home: Path, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """The real console entry point in a child process (for exit codes, signals, stdin)."""
    env = {**(env or os.environ), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "cli", "--home", str(home), *args],
                          cwd=ROOT, env=env, capture_output=True, **kw)


_MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(json.loads(sys.argv[1]), cwd=sys.argv[2], capture_output=True)
sys.stderr.buffer.write(done.stderr)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
"""


def run_with_peak(args: list[str], home: Path, cwd: Path | None = None) -> tuple[int, str, int]:
    """`vankien --home HOME ARGS` in a child of a fresh process that reports the child's
    peak RSS alone: (exit code, stderr, peak MB). RUSAGE_CHILDREN of the test process
    itself would keep the largest child of every earlier test."""
    cmd = [sys.executable, "-m", "cli", "--home", str(home), *args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _MEASURE, json.dumps(cmd), str(cwd or ROOT)], env=env,
                         capture_output=True, timeout=1800)
    code, peak = map(int, out.stdout.split())
    return code, out.stderr.decode("utf-8", "replace"), peak


@pytest.fixture(scope="session")
def sample_archive(tmp_path_factory):
    """data/samples (+ the seeds) imported once for the whole session, checked against
    a hand-written table of what must come in (tests/sample_archive.py). Read only:
    a test that changes an archive copies `sample_archive.home` first."""
    from sample_archive import build

    return build(tmp_path_factory.mktemp("samples") / "home")
