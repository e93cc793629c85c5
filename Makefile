# Everything sets itself up from nothing: a virtual environment with the pinned packages,
# the pinned npm assets, and Debian's Chromium. Targets are documented in README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check
RUNTIME := $(VENV)/.runtime-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
TESTENV := $(VENV)/.test-$(shell cat requirements-test.lock | cksum | cut -d' ' -f1)
NODE := node_modules/.package-lock.json

.PHONY: site install test serve check pdf bench mutants golden chromium clean

site: install
	$(BIN)/briefing build

# The generator alone, for projects outside this repository (`briefing new`).
install: $(RUNTIME) $(NODE) chromium

# One worker per core (pytest-xdist); a module's tests stay on one worker, so a module's own build is made once;
# modules start in the order tests/conftest.py gives (longest first), not xdist's (most tests first).
test: $(RUNTIME) $(TESTENV) $(NODE) chromium
	$(BIN)/python -m pytest -n auto --dist loadscope --no-loadscope-reorder

serve: $(RUNTIME) $(NODE) chromium
	$(BIN)/briefing serve

check: $(RUNTIME)
	$(BIN)/briefing check

pdf: $(RUNTIME) $(NODE) chromium
	$(BIN)/briefing pdf

bench: $(RUNTIME) $(TESTENV) $(NODE) chromium
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/preview.py

# Record the output of the frozen test projects as tests/golden/ expects it (after a change meant to alter it).
golden: $(RUNTIME) $(TESTENV)
	BRIEFING_GOLDEN=update $(BIN)/python -m pytest -q tests/test_golden.py tests/test_cli_session.py

# Mutation testing of the pure modules (slow: minutes; CI runs it on a schedule).
mutants: $(RUNTIME) $(TESTENV)
	$(BIN)/python scripts/mutants.py

$(RUNTIME): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.runtime-* && touch $@

$(TESTENV): requirements-test.lock $(RUNTIME)
	$(PIP) install -r requirements-test.lock
	rm -f $(VENV)/.test-* && touch $@

$(NODE): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error

chromium:
	@scripts/ensure-chromium

clean:
	rm -rf build site mutants mutation-results
