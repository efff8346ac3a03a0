"""What a student sees on pressing Validate: the checks' teaching messages, not tracebacks.

The Validate button runs nbgrader's ``Validator``; this calls it directly (the command-line
``nbgrader validate`` exits 0 even when tests fail, so its exit code proves nothing).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbgrader.validator import Validator
from traitlets.config import Config

from mlpath.assignments import solution_answers, with_answers

from conftest import ROOT

RELEASE = ROOT / "release" / "m1_statistics" / "m1_statistics.ipynb"
SOURCE = ROOT / "source" / "m1_statistics" / "m1_statistics.ipynb"


def _validate(notebook: nbformat.NotebookNode, tmp_path: Path) -> dict:
    path = tmp_path / "m1_statistics.ipynb"
    nbformat.write(notebook, path)
    config = Config()
    config.Execute.timeout = 120
    return Validator(config=config).validate(str(path))


@pytest.mark.slow
def test_validate_shows_the_misconception_and_passes_the_rest(tmp_path: Path) -> None:
    answers = solution_answers(nbformat.read(SOURCE, as_version=4))
    answers["q7_bayes_fraud"] = (
        "def p_fraud_given_alert(prevalence, sensitivity, false_positive_rate):\n    return sensitivity\n")
    result = _validate(with_answers(nbformat.read(RELEASE, as_version=4), answers), tmp_path)
    failed = result.get("failed", [])
    assert len(failed) == 1, result
    message = failed[0]["error"]
    assert "base-rate neglect" in message and "Lesson 4" in message
    # the student sees the check's message, not a wall of library frames
    assert "site-packages" not in message


@pytest.mark.slow
def test_validate_on_the_untouched_release_says_not_written_yet(tmp_path: Path) -> None:
    failed = _validate(nbformat.read(RELEASE, as_version=4), tmp_path)["failed"]
    assert failed and all("is not written yet" in f["error"] for f in failed
                          if "NotImplementedError" in f["source"] or "check_call" in f["source"])
