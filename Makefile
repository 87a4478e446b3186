# cdfacil: the commands. `make run` serves the demo, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run install migrate demo test worker bench-reports lint format check clean

run: install migrate demo
	@echo "cdfacil is at http://127.0.0.1:8000 (logins above; password: demo)"
	$(PY) manage.py runserver 127.0.0.1:8000

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --no-input

demo: migrate
	$(PY) manage.py seed_demo

test: install
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest

worker: install
	$(VENV)/bin/celery -A cdfacil worker --loglevel=info -Q celery,reports

# Each PDF report of a large event: pages, seconds, peak memory, Chromium for comparison.
bench-reports: migrate
	$(PY) manage.py bench_reports

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# The browser journey (Playwright, Chromium) with a screenshot of each main page, at desktop
# and phone widths, kept in docs/screenshots.
.PHONY: screenshots
screenshots: install
	CDFACIL_SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest -q -p no:cacheprovider tests/e2e/test_journey.py -k "not fr"
