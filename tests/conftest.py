"""Shared fixtures: where the course's assignments, lessons and answer banks live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property-based tests draw the same examples on every run and keep no example database:
# CI starts without one, so a local database would make local runs differ from CI's.
settings.register_profile("course", database=None, derandomize=True, deadline=None)
settings.load_profile("course")

# pytest-xdist already runs one worker per core: a BLAS pool per worker (and per notebook
# kernel, which inherits this) would only fight over the same two cores. Code that asks for
# threads itself (XGBoost's n_jobs=2) then oversubscribes the cores, and OpenMP's spinning
# waits made one 0.3 s fit take 9 s: passive waiting keeps that near 0.5 s.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

# Bank answers are students' answer cells, not test modules, whatever their names say
# (`test_own_median.py`, `early_stopping_on_test.py`).
collect_ignore_glob = ["answer_bank/*"]

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENTS = sorted(p.name for p in (ROOT / "source").iterdir() if p.is_dir())
BANKS = ROOT / "tests" / "answer_bank"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository's root folder."""
    return ROOT
