# marsad: `make demo` runs the main job on the sample article, `make test` runs every check.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,transformers]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/marsad analyze examples/article-000.txt --published 2024-10-29 --format text

test: $(STAMP) lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check marsad tests bench training
	$(BIN)/ruff format --check marsad tests bench training

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
