# One command surface; the README lists these targets.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
# The address printed on certificates (QR codes) and in e-mails: where `make run` serves.
SITE_URL ?= http://$(HOST):$(PORT)
export PORT HOST SITE_URL

.PHONY: run setup test smoke lint format translations clean

run: setup
	@echo ""
	@echo "  Dân vận khéo: http://$(HOST):$(PORT)/   (quản trị: http://$(HOST):$(PORT)/admin/)"
	@echo "  Web server and Celery worker start below; Ctrl-C stops both."
	@echo ""
	$(BIN)/honcho start --no-prefix -f Procfile -p $(PORT) 2>&1 || [ $$? -eq 130 ]

setup: $(VENV)/.installed translations
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(BIN)/python manage.py load_demo

# Browser and worker tests run in a pytest process of their own: they need transactional tests with
# serialized rollback, which do not restore the migrated data reliably after ordinary tests in the
# same process.
test: $(VENV)/.installed-test translations
	$(BIN)/python -m pytest -m "not browser and not worker"
	$(BIN)/python -m pytest -m "browser or worker"

# The production rehearsal (deploy/smoke.py): its own environment from requirements.txt alone, PostgreSQL,
# Redis, nginx, two web processes, two workers and beat, and a trainee's journey through them.
smoke:
	$(PYTHON) deploy/smoke.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Compiled with Babel, so that no system gettext is needed.
translations: $(VENV)/.installed
	$(BIN)/pybabel compile --domain django --directory locale --statistics
	$(BIN)/pybabel compile --domain django --directory locale_wagtail --statistics
	$(BIN)/pybabel compile --domain djangojs --directory locale_wagtail --statistics

$(VENV)/.installed: requirements.txt
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-test: requirements-test.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

clean:
	rm -rf $(VENV) var
