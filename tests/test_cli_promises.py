"""What the README promises about the command line, each checked as a user meets it:
$PAGER on a terminal, --color never and NO_COLOR, the documented --json keys, exit
codes and one-line errors, the archive home, and every command's --help example
run as written (through a shell, with `vankien` on PATH) against the sample archive.
"""
from __future__ import annotations

import json
import os
import pty
import re
import shlex
import shutil
import subprocess
import sys
import tarfile

import pytest

from conftest import ROOT, SAMPLES, Vankien, run_subprocess

COMMANDS = ["import", "reindex", "search", "extract", "list", "show", "stats", "remove"]
SGR = re.compile(rb"\x1b\[([0-9;]*)m")


def clean_env(**extra) -> dict:
    """The caller's environment without the settings these tests are about."""
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAGER", "MANPAGER", "VANKIEN_HOME")}
    return {**env, "PYTHONPATH": str(ROOT), "TERM": "xterm", **extra}


def on_terminal(args: list[str], home, env: dict) -> tuple[int, bytes]:
    """`vankien --home HOME ARGS` with stdin, stdout and stderr on a pseudo-terminal."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "cli", "--home", str(home), *args],
                            stdin=slave, stdout=slave, stderr=slave, cwd=ROOT, env=env)
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:                      # EIO: the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    os.close(master)
    return proc.wait(timeout=120), out


def colors(output: bytes) -> set[int]:
    """The SGR colour parameters (foreground/background, 8/16/256/truecolor) in the output."""
    found = set()
    for params in SGR.findall(output):
        for p in params.split(b";"):
            if p and (30 <= int(p) <= 49 or 90 <= int(p) <= 107):
                found.add(int(p))
    return found


@pytest.fixture()
def pager(tmp_path):
    """A $PAGER that records what it was given."""
    script = tmp_path / "pager.sh"
    paged = tmp_path / "paged.txt"
    script.write_text(f"#!/bin/sh\ncat > {shlex.quote(str(paged))}\n")
    return f"sh {shlex.quote(str(script))}", paged


# -- $PAGER, colour ------------------------------------------------------------------

def test_long_result_list_goes_through_pager_on_a_terminal(sample_archive, pager):
    command, paged = pager
    code, out = on_terminal(["search", "--date", "2021", "--sort", "date"], sample_archive.home,
                            clean_env(PAGER=command))
    assert code == 0
    text = paged.read_text(encoding="utf-8")
    assert "8 documents, showing 1–8" in text and "Nghệ An tập huấn nghiệp vụ" in text
    assert b"showing" not in out                      # the list went to the pager, not the terminal


def test_short_list_or_a_pipe_does_not_page(sample_archive, pager):
    command, paged = pager
    code, out = on_terminal(["search", "--date", "2021-05"], sample_archive.home, clean_env(PAGER=command))
    assert code == 0 and "3 documents, showing 1–3" in out.decode() and not paged.exists()
    piped = run_subprocess(["search", "--date", "2021"], sample_archive.home, env=clean_env(PAGER=command))
    assert piped.returncode == 0 and "8 documents" in piped.stdout.decode() and not paged.exists()


def test_color_never_and_no_color(sample_archive):
    args = ["search", "Kết luận", "--limit", "3"]
    code, auto = on_terminal(args, sample_archive.home, clean_env())
    assert code == 0 and colors(auto)                 # a terminal gets colours by default
    code, never = on_terminal(["--color", "never", *args], sample_archive.home, clean_env())
    assert code == 0 and "Kết luận" in never.decode() and b"\x1b" not in never
    # NO_COLOR (no-color.org) forbids colour; bold and dim may stay
    code, no_color = on_terminal(args, sample_archive.home, clean_env(NO_COLOR="1"))
    assert code == 0 and "Kết luận" in no_color.decode() and not colors(no_color)
    piped = run_subprocess(["--color", "never", *args], sample_archive.home, env=clean_env())
    assert piped.returncode == 0 and piped.stdout and b"\x1b" not in piped.stdout + piped.stderr


# -- --json keys -------------------------------------------------------------------

SEARCH_KEYS = {"id", "external_id", "title", "date", "source", "path", "score", "snippet", "marks",
               "duplicate_of", "rank"}


def test_search_json_rows_have_the_documented_keys(sample_archive):
    vk = Vankien(sample_archive.home)
    rows = vk.json_lines("search", "Kết luận", "--json", "--limit", "3")
    assert len(rows) == 3 and all(row.keys() == SEARCH_KEYS for row in rows)
    assert [row["rank"] for row in rows] == [1, 2, 3]
    rows = vk.json_lines("search", "--resolution", "08-QĐi/TW", "--json")
    assert [row.keys() for row in rows] == [SEARCH_KEYS | {"entities"}]
    assert rows[0]["id"] == 7 and [d["code"] for d in rows[0]["entities"]["docnums"]] == ["08-QĐi/TW"]


def test_extract_json_has_the_documented_keys(sample_archive):
    found = Vankien(sample_archive.home).json("extract", "17", "--json")
    assert found.keys() == {"persons", "dates", "periods", "docnums", "slogans", "header"}
    assert found["header"] is None                      # a news article prints no official header
    assert all(p.keys() == {"name", "positions"} for p in found["persons"]) and found["persons"]
    assert all(d.keys() == {"date", "text"} for d in found["dates"]) and found["dates"]
    assert all(p.keys() == {"text", "start", "end"} for p in found["periods"]) and found["periods"]
    assert all(d.keys() == {"code", "canonical", "type", "issuer", "date", "issuer_body"}
               for d in found["docnums"]) and found["docnums"]
    assert all(s.keys() == {"text"} for s in found["slogans"]) and found["slogans"]


# -- exit codes, errors, the archive home -------------------------------------------

def test_search_exit_codes(sample_archive):
    home = sample_archive.home
    found = run_subprocess(["search", "--resolution", "08-QĐi/TW"], home)
    assert found.returncode == 0 and b"#7" in found.stdout
    nothing = run_subprocess(["search", "--date", "1999"], home)
    assert nothing.returncode == 1 and nothing.stderr == b""
    for bad in (["search", "date:May"], ["search", "title: Covid"], ["search", "--date", "31/2/2021"],
                ["search", "--sort", "size", "x"]):
        result = run_subprocess(bad, home)
        assert result.returncode == 2, bad
        assert b"Traceback" not in result.stderr
    assert Vankien(home)("search", "Việt Nam: Covid", "--count")[0] == 0     # "Nam:" stays a word


@pytest.mark.parametrize("args", [["search", "Đảng"], ["list"], ["show", "1"], ["stats"], ["extract", "1"],
                                  ["reindex"], ["remove", "1"]])
def test_missing_archive_is_one_line_and_exit_2(tmp_path, args):
    home = tmp_path / "nowhere"
    code, out, err = Vankien(home)(*args)             # in-process: an exception would fail the test
    assert code == 2 and out == ""
    assert err.startswith("Error: ") and err.count("\n") == 1 and str(home) in err
    assert not home.exists()                           # looking does not create an archive


def without_home(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cli", *args], cwd=ROOT, env=env, capture_output=True)


def test_archive_home_from_env_then_user_data_dir(sample_archive, tmp_path):
    by_env = without_home(["stats", "--json"], clean_env(VANKIEN_HOME=str(sample_archive.home)))
    assert by_env.returncode == 0 and json.loads(by_env.stdout)["documents"] == len(sample_archive.docs())
    default = without_home(["stats"], {**clean_env(HOME=str(tmp_path)), "XDG_DATA_HOME": ""})
    assert default.returncode == 2
    assert f"no archive at {tmp_path}/.local/share/vankien" in default.stderr.decode()


# -- every command's --help example, run as written -----------------------------------

def help_example(command: str) -> str:
    code, out, _ = Vankien(ROOT / "unused")(command, "--help")
    assert code == 0
    description = out.split("\nOptions:")[0].rstrip()
    last = description.split("\n\n")[-1]
    assert last.lstrip().startswith("Example: vankien "), f"{command} --help does not end with an example"
    return " ".join(last.split())[len("Example: "):]


@pytest.fixture()
def workdir(sample_archive, tmp_path):
    """A shell's world for the examples: `vankien` on PATH, $VANKIEN_HOME a copy of the
    sample archive, and the dump/, export.csv and news-35k.tar.gz the import examples name."""
    home = tmp_path / "home"
    shutil.copytree(sample_archive.home, home)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "vankien"
    shim.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m cli "$@"\n')
    shim.chmod(0o755)
    cwd = tmp_path / "cwd"
    (cwd / "dump").mkdir(parents=True)
    (cwd / "dump" / "tin-moi.txt").write_text(
        "Xã Bản Bo ra quân làm đường giao thông nông thôn\n\nSáng 6/3/2024, hơn 200 người dân xã Bản Bo"
        " cùng góp công làm mới 2 km đường bê tông nối các bản.\n", encoding="utf-8")
    (cwd / "export.csv").write_text(                    # the import example maps these two columns
        "Tiêu đề,Nội dung\nNông dân Bản Bo trồng chè,Hợp tác xã chè Bản Bo mở rộng thêm 20 ha chè"
        " Shan tuyết năm 2024.\n", encoding="utf-8")
    with tarfile.open(cwd / "news-35k.tar.gz", "w:gz") as tar:
        tar.add(SAMPLES / "2016-09-12-lai-chau-than-uyen-thuy-loi.txt", arcname="news/a.txt")
    env = clean_env(VANKIEN_HOME=str(home), PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return cwd, env, home, len(sample_archive.docs())


@pytest.mark.parametrize("command", COMMANDS)
def test_help_example_runs_as_written(workdir, command):
    cwd, env, home, documents = workdir
    example = help_example(command)
    result = subprocess.run(["bash", "-c", example], cwd=cwd, env=env, capture_output=True, timeout=300)
    assert result.returncode == 0, (example, result.returncode, result.stderr.decode())
    assert b"Traceback" not in result.stderr
    if command == "import":
        rows = [json.loads(line) for line in (cwd / "import.jsonl").read_text(encoding="utf-8").splitlines()]
        assert sorted((r["path"].rsplit("/", 1)[-1], r["status"]) for r in rows) == [
            ("export.csv#L2", "imported"), ("tin-moi.txt", "imported")]
    elif command == "list":
        listed = (cwd / "documents.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(listed) == documents
    elif command == "remove":
        assert 12 not in {json.loads(line)["id"] for line in Vankien(home)("list", "--limit", "0", "--json")[1]
                          .splitlines()}
    elif command != "reindex":
        assert result.stdout.strip()
