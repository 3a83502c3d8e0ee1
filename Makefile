PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
VANKIEN := $(VENV)/bin/vankien
DEMO_HOME := demo-home

.PHONY: demo test test-fast bench clean

$(VENV)/.installed: setup.cfg setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

demo: $(VENV)/.installed
	rm -rf $(DEMO_HOME)
	$(VANKIEN) --home $(DEMO_HOME) import data/samples
	$(VANKIEN) --home $(DEMO_HOME) stats
	$(VANKIEN) --home $(DEMO_HOME) list --limit 5
	$(VANKIEN) --home $(DEMO_HOME) show 1 --json | head -c 600; echo

test: $(VENV)/.installed
	$(PY) -m pytest -q

test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not slow"

bench: $(VENV)/.installed
	$(PY) bench/bench_import.py

clean:
	rm -rf $(VENV) $(DEMO_HOME) *.egg-info
