# cdfacil: the commands. `make run` serves the demo, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run install migrate demo test worker bench load bench-reports lint format check clean

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

# The suite runs in one test process per core (pytest-xdist); the tests that use the broker's
# queues take turns through a lock (the `broker_queues` fixture).
TEST_PROCESSES ?= auto
test: install
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -n $(TEST_PROCESSES)

# The worker renders reports and sends emails; -B runs Celery beat inside it, whose sweep
# queues again a report whose worker was lost. Where several workers run, give -B to one (or
# run `celery -A cdfacil beat` on its own); a second sweep does no harm.
worker: install
	$(VENV)/bin/celery -A cdfacil worker -B --schedule=$(VENV)/celerybeat-schedule --loglevel=info -Q celery,reports

# The main pages and the report jobs on a synthetic platform at 1x and 10x (300 events, 10,000
# people): queries, median and 95th percentile server time, and the ratio 10x/1x. In a database of
# its own, on PostgreSQL when DATABASE_URL is set, on SQLite otherwise.
bench: install
	$(PY) manage.py bench

# A full workshop room at once (200 members answering, 50 voting, 60 organisations recording
# positions, facilitators asking for reports) against gunicorn, PostgreSQL, Redis and a Celery
# worker, then a check that every write that succeeded is in the database; then the room: 150
# phones join by its code within 60 s and answer three live polls while the projector refreshes.
# Uses the local PostgreSQL and Redis unless DATABASE_URL and REDIS_URL say otherwise.
load: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/cdfacil} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	$(PY) manage.py load_test
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/cdfacil} \
	REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/0} \
	$(PY) manage.py load_test --scenario room

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

# The browser journey and the network's year (Playwright, Chromium) with a screenshot of each
# main page, at desktop and phone widths, kept in docs/screenshots.
.PHONY: screenshots
screenshots: install
	CDFACIL_SCREENSHOTS=docs/screenshots $(VENV)/bin/pytest -q -p no:cacheprovider tests/e2e/test_journey.py tests/e2e/test_network_year.py tests/e2e/test_clusters.py -k "not fr"
