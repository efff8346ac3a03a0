"""Shared fixtures: where the course's assignments, lessons and answer banks live."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ASSIGNMENTS = sorted(p.name for p in (ROOT / "source").iterdir() if p.is_dir())
BANKS = ROOT / "tests" / "answer_bank"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository's root folder."""
    return ROOT
