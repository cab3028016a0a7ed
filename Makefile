# killdeer: `make demo` installs everything into .venv and codes the sample; `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test venv lint bench model clean

demo: $(STAMP)
	$(BIN)/killdeer code samples/ecuador-noboa-2024-01-25.txt --format table

test: $(STAMP)
	$(BIN)/python -m pytest -q -rs -p no:cacheprovider

venv: $(STAMP)

# pinned, hash-checked dependencies (requirements.lock is generated from requirements.in by
# `uv pip compile --generate-hashes`), then killdeer itself in editable mode
$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . --config-settings editable_mode=compat
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check killdeer tests bench scripts

bench: $(STAMP)
	$(BIN)/python -m bench

model: $(STAMP)
	$(BIN)/killdeer train

clean:
	rm -rf $(VENV) build *.egg-info
