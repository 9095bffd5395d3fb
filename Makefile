# One command to set up and run, one to set up and test (see README.md).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup setup-ray run test test-fast system-deps bench-accuracy bench-speed bench-speech clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# The optional Ray engine (`grader batch --engine ray`): only the tests need it, not `make run`.
RAY_STAMP := $(VENV)/.installed-ray
$(RAY_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,ray]'
	touch $(RAY_STAMP)

setup-ray: $(RAY_STAMP)

# Debian's Chromium for the real-browser test (no browser download: it cannot work offline).
system-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends chromium)
	@command -v espeak-ng >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends espeak-ng)

PORT ?= 8501
# Only this machine can open the UI. It has no login: `make run HOST=0.0.0.0` exposes candidates' answers,
# the attempts history and the judge key's budget to everyone who can reach the port (see README).
HOST ?= 127.0.0.1

# The main job: the Streamlit UI on the built-in rubric (Streamlit prints the local URL).
run: setup
	@echo "Gauntlet Grader: open http://$(HOST):$(PORT)"
	$(VENV)/bin/streamlit run ui/app.py --server.headless true --server.address $(HOST) --server.port $(PORT)

test: setup setup-ray system-deps
	$(PY) -m pytest -n 2 --dist loadfile -q

test-fast: setup
	$(PY) -m pytest -n 2 --dist loadfile -q -m "not model and not browser and not audio and not ray"

bench-accuracy: setup
	$(PY) -m benchmarks.accuracy

bench-speed: setup
	$(PY) -m benchmarks.speed

bench-speech: setup
	@command -v espeak-ng >/dev/null 2>&1 && command -v sox >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends espeak-ng sox)
	$(PY) -m benchmarks.speech

clean:
	rm -rf $(VENV) .pytest_cache
