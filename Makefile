PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
VANKIEN := $(VENV)/bin/vankien
DEMO_HOME := demo-home

.PHONY: demo test test-all test-fast bench clean

$(VENV)/.installed: setup.cfg setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	rm -rf $(DEMO_HOME)
	@# exit 3 is expected: data/samples/export.jsonl holds one bad JSON line on purpose
	$(VANKIEN) --home $(DEMO_HOME) import data/samples --report $(DEMO_HOME)-report.jsonl || test $$? -eq 3
	$(VANKIEN) --home $(DEMO_HOME) stats
	$(VANKIEN) --home $(DEMO_HOME) search "Tiên phong - Trọng tâm - Thuyết phục" --limit 3
	$(VANKIEN) --home $(DEMO_HOME) search "nghi quyet 29-NQ/TW" --sort date --limit 3
	$(VANKIEN) --home $(DEMO_HOME) search '"Ban Thường vụ Tỉnh ủy" AND year:2023' --limit 3
	$(VANKIEN) --home $(DEMO_HOME) search 01-KL/TW --json --limit 2
	$(VANKIEN) --home $(DEMO_HOME) list --limit 5
	$(VANKIEN) --home $(DEMO_HOME) persons --top 5
	$(VANKIEN) --home $(DEMO_HOME) resolution 01-KL/TW
	$(VANKIEN) --home $(DEMO_HOME) timeline "Đảng bộ" --dates any
	$(VANKIEN) --home $(DEMO_HOME) check

# the suite without the tests marked slow (real corpus, every crash point): CI runs this
test: $(VENV)/.installed
	$(PY) -m pytest -q -m "not slow"

# everything, the slow tests too
test-all: $(VENV)/.installed
	$(PY) -m pytest -q

test-fast: test

bench: $(VENV)/.installed
	$(PY) bench/bench_import.py
	$(PY) bench/bench_index.py
	$(PY) bench/bench_search.py

clean:
	rm -rf $(VENV) $(DEMO_HOME) $(DEMO_HOME)-report.jsonl *.egg-info
