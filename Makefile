# Two commands do all set-up on a fresh machine with Python 3.11 + pip: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
# uv from PATH, else the copy `make uv` installs with pip (run as a module: works whatever pip's bin dir is)
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
LAKE ?= ./demo-lake
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: uv install demo test lint bench serve clean

uv:
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv

install: uv
	@$(UV) sync --frozen --quiet

demo: install
	@PREFECT_HOME=$${PREFECT_HOME:-$(CURDIR)/.prefect} $(UV) run --frozen newslake run samples/ --lake $(LAKE)
	@$(UV) run --frozen newslake releases --lake $(LAKE)

test: install
	@PREFECT_HOME=$${PREFECT_HOME:-$$(mktemp -d)} $(UV) run --frozen pytest -q $(PYTEST_ARGS)

lint: install
	@$(UV) run --frozen ruff check newslake flows schemas tests benchmarks

bench: install
	@$(UV) run --frozen python benchmarks/pipeline_bench.py

serve: install  # the deployments of prefect.yaml on their schedules, on this machine (LAKE=URI to override)
	@PREFECT_HOME=$${PREFECT_HOME:-$(CURDIR)/.prefect} $(UV) run --frozen newslake serve $(if $(filter command line environment,$(origin LAKE)),--lake $(LAKE))

clean:
	rm -rf $(LAKE) .prefect .pytest_cache
