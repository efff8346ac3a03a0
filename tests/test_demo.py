"""The instructor's loop on a demo class: graded end to end, broken submission named."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_demo_class_is_graded_and_the_broken_submission_named(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    run = subprocess.run([sys.executable, "-m", "mlpath.cli", "demo", "m1_statistics", "--students", "6",
                          "--out", str(out)], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "chloe: the file is not valid notebook JSON" in run.stdout
    rows = {r["student"]: r for r in csv.DictReader((out / "grades.csv").open())}
    assert set(rows) == {"ada", "ben", "chloe", "dev", "elif", "farid"}
    assert rows["ada"]["score"] == "27" and rows["ada"]["status"] == "needs manual grading"
    assert rows["ben"]["score"] == "0"
    assert rows["chloe"]["score"] == "" and rows["chloe"]["status"].startswith("not graded:")
    assert all(float(rows[s]["score"]) < 27 for s in ("dev", "elif", "farid"))
    reports = list((out / "feedback").rglob("*.html"))
    assert len(reports) == 5
    # feedback shows the checks' messages but never the hidden tests' source
    assert not any("BEGIN HIDDEN TESTS" in r.read_text() or "_hard =" in r.read_text() for r in reports)
    assert (out / "nbgrader_export.csv").exists()
