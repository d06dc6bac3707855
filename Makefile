# Two commands on a fresh machine: `make site` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip

.PHONY: eval site test lint install install-test build serve bench browser clean

site: install build  ## create .venv, install briefgen and its model, build the sample site into site/

test: install-test lint  ## same install plus test extras, lint, the whole suite, then the extraction tests under the small model
	$(BIN)/python -m pytest
	BRIEFGEN_TEST_MODEL=fr_core_news_sm $(BIN)/python -m pytest -q tests/extract tests/lexicon tests/test_figure_subjects.py

lint: install-test  ## ruff: lint and formatting, configured in pyproject.toml
	$(BIN)/ruff check briefgen tests bench
	$(BIN)/ruff format --check briefgen tests bench

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
# The browser test drives Debian's chromium; install it where we can (root + apt), else
# that one test is skipped and says why.
install-test: $(VENV)/.installed-test
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then $(MAKE) --no-print-directory browser; fi

# Idempotent and instant once installed. Never `playwright install`: Playwright drives this binary.
browser:  ## apt-get install Debian's chromium for the browser test (as root)
	@if [ -x /usr/bin/chromium ]; then echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else echo "make browser: needs root and apt-get (Debian) to install chromium" >&2; exit 1; fi

build: install
	$(BIN)/briefgen build

serve: install
	$(BIN)/briefgen serve

bench: install  ## benchmarks, one JSON line each; BENCH_SIZES=100,300 for a shorter run
	$(BIN)/python bench/run.py

SHARED ?= ../shared
SCORE  := $(BIN)/python $(SHARED)/eval/score.py
EXTRACT := -- $(BIN)/briefgen extract --no-cache --format json
eval: install  ## the scorer's table on both halves of tests/corpus and the shared dev set (EVAL_FLAGS=-v lists misses), then speaker accuracy by confidence and how far two annotators agree
	@for half in dev heldout; do echo "== tests/corpus/$$half (`ls tests/corpus/$$half/articles | wc -l` articles)"; \
		$(SCORE) --articles tests/corpus/$$half/articles --gold tests/corpus/$$half/gold $(EVAL_FLAGS) $(EXTRACT) || exit 1; done
	@echo "== $(SHARED)/eval/dev"; $(SCORE) --articles $(SHARED)/eval/dev/articles --gold $(SHARED)/eval/dev/gold $(EVAL_FLAGS) $(EXTRACT)
	@$(BIN)/python tests/corpus/calibration.py tests/corpus/dev tests/corpus/heldout | grep -v '^{'
	@$(BIN)/python tests/corpus/agreement.py

clean:
	rm -rf site _build .pytest_cache
