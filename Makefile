# Two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: site test install install-test build serve bench browser clean

site: install build  ## create .venv, install briefgen and its model, build the sample site into site/

test: install-test  ## same install plus test extras, then the whole suite
	$(BIN)/python -m pytest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade "pip>=24"

# The stamp files make a second `make` cheap; they change when pyproject.toml does.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e ".[test]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

build: install
	$(BIN)/briefgen build

serve: install
	$(BIN)/briefgen serve

bench: install  ## benchmarks, one JSON line each; BENCH_SIZES=100,300 for a shorter run
	$(BIN)/python bench/run.py

clean:
	rm -rf site _build .pytest_cache
