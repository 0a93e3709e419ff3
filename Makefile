# tiendo — two commands: `make run` and `make test`. Everything else is set up from here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= data/warehouse.duckdb
PORT   ?= 8501
CHROMIUM ?= /usr/bin/chromium
APT_PACKAGES := chromium fonts-noto-core poppler-utils

.PHONY: install install-test run demo test test-fast lint format bench browser-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed

## install: create .venv and install tiendo (no test tools), and chromium for the reports
install: $(VENV)/.installed browser-deps

$(DB): | $(VENV)/.installed
	$(BIN)/python -m etl demo --db $(DB)

## demo: rebuild the demo warehouse from the demo spreadsheets
demo: $(VENV)/.installed
	$(BIN)/python -m etl demo --db $(DB)

## run: set everything up and open the dashboard on http://127.0.0.1:8501
## (on 127.0.0.1 only, unless TIENDO_LISTEN opens it; then accounts are required)
# with TIENDO_WAREHOUSE set (a shared lake) the demo file is not made: the lake is used
run: $(VENV)/.installed $(if $(TIENDO_WAREHOUSE),,$(DB)) browser-deps
	$(BIN)/python -m dashboard.serve --db $(DB) --port $(PORT)

## browser-deps: Debian's chromium, fonts with Vietnamese glyphs, and poppler-utils
## (pdftotext, to check the PDF reports) for the browser tests and `dashboard.report`
browser-deps:
	@if [ ! -x "$(CHROMIUM)" ] || ! command -v pdftotext >/dev/null; then \
		echo "Installing $(APT_PACKAGES) with apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi

## postgres-deps: Debian's PostgreSQL, which the lake tests (tests/test_lake.py) and the
## lake bench start as a throwaway server (bench/postgres.py); `make run` does not need it
.PHONY: postgres-deps
postgres-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
		echo "Installing postgresql with apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends postgresql; \
	fi

## nginx-deps: Debian's nginx, which tests/test_nginx.py runs on loopback in front of two
## replicas (docs/deploy.md). Left stopped and disabled when installed here: the test starts
## its own, and a developer's machine needs no web server on port 80
.PHONY: nginx-deps
nginx-deps:
	@if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then \
		echo "Installing nginx with apt-get"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends nginx && \
		{ $$SUDO systemctl disable --now nginx >/dev/null 2>&1 || true; }; \
	fi

## test: set everything up and run the whole suite (lint, unit, app, browser)
test: $(VENV)/.installed-test browser-deps postgres-deps nginx-deps
	$(BIN)/ruff check etl dashboard tests bench deploy
	$(BIN)/ruff format --check etl dashboard tests bench deploy
	TIENDO_CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest -n 2 --dist loadgroup -q

## test-fast: the suite without the real-browser tests
test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n 2 --dist loadgroup -q -m "not browser"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check etl dashboard tests bench deploy

format: $(VENV)/.installed-test
	$(BIN)/ruff format etl dashboard tests bench deploy
	$(BIN)/ruff check --fix etl dashboard tests bench deploy

## bench: speed figures, printed, against a baseline measured in the same run
bench: $(VENV)/.installed-test
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) data/demo data/bench data/warehouse.duckdb data/warehouse.duckdb.*
