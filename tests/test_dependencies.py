"""Every third-party module the product imports is declared in setup.cfg, so any pip
(upgraded or not) installs a working tool; a missing one fails one input, not the batch."""
from __future__ import annotations

import ast
import configparser
import importlib.metadata
import json
import re
import subprocess
import sys

from conftest import ROOT, SAMPLES

# trafilatura imports lxml.html.clean, which lxml ≥ 5 moved to this separate distribution
INDIRECT = {"lxml_html_clean"}


def _declared() -> set[str]:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    lines = cfg["options"]["install_requires"].splitlines()
    return {re.split(r"[=<>!~ ]", line.strip())[0].lower().replace("_", "-")
            for line in lines if line.strip() and not line.strip().startswith("#")}


def _imported_top_levels() -> set[str]:
    modules = [p for p in ROOT.glob("*.py") if p.name != "setup.py"]        # cli, render, cli_views …
    files = [*ROOT.glob("archive/*.py"), *ROOT.glob("indexer/*.py"), *modules]
    names = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    ours = {"archive", "indexer", *(p.stem for p in modules)}
    return {n for n in names if n not in sys.stdlib_module_names and n not in ours}


def test_every_imported_distribution_is_declared():
    owners = importlib.metadata.packages_distributions()
    needed = {owners[name][0].lower().replace("_", "-") for name in _imported_top_levels()}
    needed |= {name.replace("_", "-") for name in INDIRECT}
    assert needed - _declared() == set()


def test_html_import_without_lxml_html_clean_fails_that_input_only(tmp_path):
    poison = tmp_path / "poison" / "lxml_html_clean"
    poison.mkdir(parents=True)
    (poison / "__init__.py").write_text("raise ImportError('lxml_html_clean is not installed')\n")
    (tmp_path / "a.txt").write_text("Tin một\n\nNội dung tin một về công tác dân vận ở cơ sở.", encoding="utf-8")
    report = tmp_path / "r.jsonl"
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": f"{tmp_path / 'poison'}:{ROOT}"}
    done = subprocess.run([sys.executable, "-m", "cli", "--home", str(tmp_path / "home"), "import", "-q",
                           str(SAMPLES / "page.html"), str(tmp_path / "a.txt"), "--no-index", "--report", str(report)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 3 and "Traceback" not in done.stderr
    rows = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [(r["status"], r.get("reason", "").split(":")[0]) for r in rows] == [("failed", "ImportError"),
                                                                               ("imported", "")]
