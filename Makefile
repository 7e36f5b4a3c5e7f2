# shelfwatch: two commands set everything up on a fresh Debian 12 machine.
#   make demo   installs what is missing, then runs the main job on the bundled demo marketplace
#   make test   installs what is missing, then runs every test (they start redis-server, the demo site, Chromium)
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install demo test bench lint clean

install:
	@VENV=$(VENV) bash scripts/install.sh

demo: install
	$(PY) -m shelfwatch demo

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: install
	$(PY) -m benchmarks.run

clean:
	rm -rf out .pytest_cache .scrapy
