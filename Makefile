# One entry point for people and CI: `make run`, `make test`, `make bench`, `make clean`.
# Needs only Python 3.11+ (PY); everything else is installed into $(VENV). Stamp files in
# $(VENV) make the install happen again only when pyproject.toml changes.

PY ?= python3
VENV = .venv
BIN = $(VENV)/bin
STAMP_RUN = $(VENV)/.stamp-install
STAMP_TEST = $(VENV)/.stamp-install-test
OUT = outputs/extract

.PHONY: run test bench clean distclean

run: $(STAMP_RUN)
	$(BIN)/govgraph extract examples/docs --out $(OUT)
	$(BIN)/govgraph build examples/docs --out outputs/build
	@echo "Results: $(OUT)/ (one <stem>.json per document in examples/docs)"
	@echo "Graph:   outputs/build/graph.trig, outputs/build/build.json; try:"
	@echo "         $(BIN)/govgraph query --name cq01 --graph outputs/build"

# The view tests drive Debian's Chromium (installed here: CI runs as root; elsewhere without root
# the browser tests skip).
test: $(STAMP_TEST)
	bash tools/install_browser.sh || [ -z "$$CI" ]
	$(BIN)/python -m pytest -q

bench: $(STAMP_TEST)
	bash tools/install_browser.sh
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_graph.py
	$(BIN)/python benchmarks/bench_views.py

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e .
	touch $@

# The test extras include the package itself, so this stamp also satisfies `run`.
$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e '.[test]'
	touch $@ $(STAMP_RUN)

# Generated outputs and caches; the virtual environment stays (see distclean).
clean:
	find outputs -mindepth 1 ! -name README.md -exec rm -rf {} +
	find . -path ./$(VENV) -prune -o -type d \( -name __pycache__ -o -name .pytest_cache \
		-o -name .hypothesis \) -prune -exec rm -rf {} +
	rm -rf build dist

# Also the virtual environment and the install metadata.
distclean: clean
	rm -rf $(VENV) *.egg-info
