# Two commands for a newcomer: `make lab` opens the course, `make test` runs every proof.
# Both build .venv from environment.yml first (only when it is missing or out of date).
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
PYTEST_WORKERS ?= auto
# nbgrader calls `alembic` and kernels by name: the environment's tools come first.
export PATH := $(CURDIR)/$(BIN):$(PATH)
# OpenMP threads (XGBoost's) wait passively: spinning ones made a 0.3 s fit take 9 s when
# several kernels (or pytest workers) shared the two cores.
export OMP_WAIT_POLICY := PASSIVE
# Jupyter refuses to run as root unless told; containers and CI machines often are root.
LAB_ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root)

.PHONY: lab test demo bench release clean system

$(STAMP): environment.yml pyproject.toml tools/bootstrap.py
	python3 tools/bootstrap.py
	touch $(STAMP)

lab: $(STAMP)  ## open the course in JupyterLab on the welcome page
	@# Release every assignment to the local exchange, so the Assignments tab can fetch it.
	@for a in $$(ls source); do nbgrader release_assignment $$a --force --log-level=WARN; done
	$(BIN)/jupyter lab $(LAB_ROOT_FLAG) --ServerApp.ip=127.0.0.1 --ServerApp.root_dir=$(CURDIR) notebooks/00_welcome.ipynb

.PHONY: hub
HUB_PORT ?= 8000
hub: $(STAMP)  ## the class on a JupyterHub at http://127.0.0.1:$(HUB_PORT) (run as root: it creates local users)
	$(BIN)/python hub/mlpath_hub.py run --port $(HUB_PORT)

system:  ## Debian packages the tests need: bubblewrap (grading sandbox), chromium (browser tests)
	tools/system_packages.sh

test: $(STAMP) system  ## the whole suite: package, exercise proofs, answer banks, notebooks
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS) --dist worksteal --durations=15

ASSIGNMENT ?= m1_statistics
demo: $(STAMP)  ## grade a demo class end to end (make demo ASSIGNMENT=m2_glm for another)
	$(BIN)/mlpath demo $(ASSIGNMENT)

bench: $(STAMP)  ## median run time of every lesson and solution notebook
	$(BIN)/python benchmarks/notebook_times.py

release: $(STAMP)  ## regenerate release/ from source/ after editing an assignment
	$(BIN)/mlpath release-all

clean:  ## remove the environment and everything nbgrader generated locally
	rm -rf $(VENV) gradebook.db .exchange submitted feedback demo grades.csv
