"""Shared helpers for the benchmark scripts (not a test suite: plain Python, stdlib only).

Every script prints a table and writes its figures to bench/results/<name>.json.
Timings use time.perf_counter; peak RSS of a subprocess comes from GNU time
(`/usr/bin/time -v`, "Maximum resident set size": the largest single process
of the tree it waited for) plus a sampler that sums the RSS of the whole
process tree (main process + segmentation workers) every 0.1 s.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
RESULTS = BENCH / "results"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news-35k.tar.gz"
SUBSET_LIST = "news/party_gov_subset.txt"
SUBSET_TAR = Path(tempfile.gettempdir()) / "vankien-bench" / "news-party-gov-4105.tar.gz"
GNU_TIME = "/usr/bin/time"

if str(ROOT) not in sys.path:             # the library, when run without the editable install
    sys.path.insert(0, str(ROOT))


def vankien_exe() -> str:
    """The `vankien` console script of the interpreter running the benchmark (the venv's)."""
    here = Path(sys.executable).parent / "vankien"
    return str(here) if here.exists() else (shutil.which("vankien") or "vankien")


# -- environment --------------------------------------------------------------------------

def machine() -> dict:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read())[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, TypeError):
        pass
    return {"cores": len(os.sched_getaffinity(0)), "cpu": cpu, "memory": mem,
            "python": platform.python_version(), "platform": platform.platform()}


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def source_fingerprint() -> dict:
    """Which library code was measured: HEAD (read from .git, no git command) and a hash of
    the working-tree sources (other people edit them while benchmarks run)."""
    import hashlib

    head = None
    try:
        ref = (ROOT / ".git" / "HEAD").read_text().strip()
        head = (ROOT / ".git" / ref[5:]).read_text().strip() if ref.startswith("ref: ") else ref
    except OSError:
        pass
    h = hashlib.sha1()
    files = sorted([ROOT / "cli.py", *ROOT.glob("archive/*.py"), *ROOT.glob("indexer/*.py")])
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return {"head": head, "sources_sha1": h.hexdigest()[:12], "files": len(files)}


def today() -> str:
    return _dt.datetime.now().astimezone().isoformat(timespec="seconds")


# -- running and measuring ----------------------------------------------------------------

_TICK = os.sysconf("SC_CLK_TCK")


def _proc_table() -> dict[int, tuple[int, int, float]]:
    """pid → (ppid, VmRSS kB, CPU seconds user+sys) for every process (Linux /proc)."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                stat = f.read()
            with open(f"/proc/{entry}/statm", encoding="utf-8") as f:
                resident_pages = int(f.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        fields = stat[stat.rindex(")") + 2:].split()      # after "(comm)": state, ppid, …
        ppid = int(fields[1])
        cpu = (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime
        table[int(entry)] = (ppid, resident_pages * os.sysconf("SC_PAGE_SIZE") // 1024, cpu)
    return table


def _descendants(table: dict, root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    out, stack = [], [root]
    while stack:
        pid = stack.pop()
        if pid in table:
            out.append(pid)
        stack.extend(children.get(pid, []))
    return out


class TreeSampler:
    """Samples a process tree every `interval` s: peak of summed RSS, CPU seconds used by the tree.

    CPU counts every process seen in the tree (including pool workers that GNU time
    cannot see because another process reaps them), from its first sample to its last
    (processes that already existed at start count only what they used afterwards).
    """

    def __init__(self, root: int | None = None, interval: float = 0.1):
        self.root = root if root is not None else os.getpid()
        self.interval = interval
        self.peak_kb = 0
        self.cpu_first: dict[int, float] = {}
        self.cpu_last: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def sample(self, first: bool = False) -> None:
        table = _proc_table()
        pids = _descendants(table, self.root)
        self.peak_kb = max(self.peak_kb, sum(table[p][1] for p in pids))
        for p in pids:
            cpu = table[p][2]
            self.cpu_first.setdefault(p, cpu if first else 0.0)
            self.cpu_last[p] = cpu

    def _loop(self):
        while not self._stop.wait(self.interval):
            self.sample()

    def start(self, root: int | None = None):
        if root is not None:
            self.root = root
        self.sample(first=True)
        self._thread.start()
        return self

    def stop(self):
        self.sample()
        self._stop.set()
        self._thread.join()
        return self

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        return False

    @property
    def cpu_seconds(self) -> float:
        return round(sum(self.cpu_last[p] - self.cpu_first.get(p, 0.0) for p in self.cpu_last), 2)

    @property
    def peak_mb(self) -> float:
        return round(self.peak_kb / 1024, 1)


def run_measured(cmd: list[str], *, env: dict | None = None, sample: bool = True) -> dict:
    """Run cmd: wall seconds, exit code, GNU time's max RSS and CPU times, sampled tree RSS peak and CPU."""
    use_time = os.path.exists(GNU_TIME)
    with tempfile.NamedTemporaryFile("r", suffix=".time", delete=False) as tf:
        time_file = tf.name
    full = [GNU_TIME, "-v", "-o", time_file, *cmd] if use_time else cmd
    started = time.perf_counter()
    proc = subprocess.Popen(full, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    sampler = TreeSampler(proc.pid).start() if sample else None
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    if sampler:
        sampler.stop()
    result = {"cmd": cmd, "seconds": seconds, "exit": proc.returncode,
              "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace"),
              "tree_rss_peak_mb": sampler.peak_mb if sampler else None,
              "tree_cpu_s": sampler.cpu_seconds if sampler else None}
    if use_time:
        text = open(time_file, encoding="utf-8", errors="replace").read()
        os.unlink(time_file)

        def grab(label, cast=float):
            m = re.search(re.escape(label) + r":\s*([\d.]+)", text)
            return cast(m[1]) if m else None

        kb = grab("Maximum resident set size (kbytes)", int)
        result.update(max_rss_mb=round(kb / 1024, 1) if kb else None,
                      user_s=grab("User time (seconds)"), sys_s=grab("System time (seconds)"),
                      cpu_percent=grab("Percent of CPU this job got"))
    return result


def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    xs = sorted(values)
    if not xs:
        return float("nan")
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def du_mb(path: Path) -> float:
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            try:
                total += os.stat(os.path.join(dirpath, f)).st_blocks * 512
            except OSError:
                pass
    return round(total / 1024 / 1024, 1)


def dir_bytes(path: Path) -> int:
    total = 0
    for dirpath, _, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, f))
            except OSError:
                pass
    return total


# -- homes and corpus ----------------------------------------------------------------------

class Home:
    """--home DIR if given (kept afterwards), else a fresh temp dir (removed afterwards)."""

    def __init__(self, given: str | None, prefix: str, must_be_fresh: bool = True):
        self.temporary = given is None
        self.path = Path(tempfile.mkdtemp(prefix=prefix)) if given is None else Path(given)
        if must_be_fresh and (self.path / "archive.sqlite").exists():
            sys.exit(f"{self.path} already holds an archive; give a new --home (this benchmark starts fresh)")

    def __enter__(self) -> Path:
        return self.path

    def __exit__(self, *exc):
        if self.temporary:
            shutil.rmtree(self.path, ignore_errors=True)
        return False


def subset_tar(corpus: Path, out: Path = SUBSET_TAR) -> tuple[Path, int]:
    """A tar.gz holding only the articles named in news/party_gov_subset.txt (nothing else).

    Built once per corpus (size+mtime stamp beside it); members keep their names and mtimes.
    """
    stamp = out.with_suffix(".stamp")
    st = corpus.stat()
    key = f"{corpus.resolve()} {st.st_size} {st.st_mtime_ns}"
    if out.exists() and stamp.exists() and stamp.read_text().split("\n")[0] == key:
        return out, int(stamp.read_text().split("\n")[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(corpus, "r:*") as tf:
        listing = tf.extractfile(SUBSET_LIST).read().decode("utf-8")
    wanted = {"news/" + line.strip() for line in listing.splitlines() if line.strip()}
    tmp = out.with_suffix(".part")
    written = 0
    with tarfile.open(corpus, "r:*") as src, tarfile.open(tmp, "w:gz") as dst:
        for m in src:
            if m.isfile() and m.name in wanted:
                dst.addfile(m, src.extractfile(m))
                written += 1
    if written != len(wanted):
        raise SystemExit(f"subset list names {len(wanted)} articles but the corpus holds {written} of them")
    tmp.rename(out)
    stamp.write_text(f"{key}\n{written}\n")
    return out, written


def batch_counts(home: Path) -> list[dict]:
    """Counts recorded by each import batch, oldest first (archive table `batches`)."""
    import sqlite3

    db = sqlite3.connect(home / "archive.sqlite")
    try:
        return [json.loads(c or "{}") for (c,) in db.execute("SELECT counts FROM batches ORDER BY id")]
    finally:
        db.close()


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def table(rows: list[tuple], headers: tuple | None = None) -> str:
    """A plain aligned text table."""
    cells = [[str(c) for c in r] for r in ([headers] if headers else []) + rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if headers and n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fmt_s(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f} s"
