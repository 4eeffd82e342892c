# The README's commands. Everything installs into .venv from the lock files.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
PORT ?= 8501

.PHONY: run test lint bench install install-bench clean schema lock i18n

$(VENV)/.installed: pyproject.toml requirements-dev.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@test -x $(UV) || $(PY) -m pip install --quiet --disable-pip-version-check uv
	$(UV) pip sync --quiet --python $(PY) requirements-dev.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	@touch $@

install: $(VENV)/.installed

run: install
	$(PY) -m streamlit run app.py --server.port $(PORT)

test: install
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy ccx_model ccx_cli ccx_charts ccx_app ccx_export app.py tools

# The staffing benchmark compares with pyworkforce 0.5.1, which pulls OR-Tools (~200 MB):
# it lives in its own lock, installed only here.
$(VENV)/.installed-bench: $(VENV)/.installed requirements-bench.lock
	$(UV) pip sync --quiet --python $(PY) requirements-bench.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	@touch $@

bench: $(VENV)/.installed-bench
	$(PY) -m bench

# The committed JSON Schema of a scenario file (a test fails when it drifts from the model).
schema: install
	$(PY) -c "import json; from ccx_model.scenario import Scenario; print(json.dumps(Scenario.model_json_schema(), indent=2, sort_keys=True))" > schema/scenario.schema.json

# The text catalogues in ccx_model/locale: the template from the English catalogue and the
# field descriptions, the Dutch catalogue updated from it (new texts untranslated, changed
# ones fuzzy), both compiled to .mo. README.md, "Texts and translations", has the workflow.
i18n: install
	$(PY) -m tools.i18n_catalogue

lock:
	$(UV) pip compile --quiet pyproject.toml --extra dev --python-version 3.11 -o requirements-dev.lock
	$(UV) pip compile --quiet pyproject.toml --extra dev --extra bench --python-version 3.11 -o requirements-bench.lock

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
