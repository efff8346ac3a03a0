"""What `make lab` serves, driven over HTTP as the JupyterLab front end drives it.

A real Jupyter server with nbgrader's extensions runs on a course folder: the released
assignment appears in the Assignments list, Fetch copies it, and Validate on a fetched copy
with a wrong answer returns the check's teaching message. (Clicking the buttons in a real
browser is the browser suite's job.)
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from browser import LabServer
from conftest import ROOT

from mlpath.assignments import solution_answers, with_answers
from mlpath.grading import Course

ASSIGNMENT = "m1_statistics"


@pytest.mark.slow
def test_fetch_and_validate_through_the_server(tmp_path: Path) -> None:
    course = Course.create(tmp_path)
    course.add_source(ASSIGNMENT, ROOT / "source" / ASSIGNMENT)
    course.generate(ASSIGNMENT)
    course.release(ASSIGNMENT)
    server = LabServer(tmp_path)
    try:
        server.wait_until_up()
        assert "@jupyter/nbgrader" in server.request("GET", "/lab")
        listed = json.loads(server.request("GET", "/assignments?course_id=mlpath"))
        assert [(a["assignment_id"], a["status"]) for a in listed["value"]] == [(ASSIGNMENT, "released")]
        server.request("POST", "/assignments/fetch", {"course_id": "mlpath", "assignment_id": ASSIGNMENT})
        fetched = tmp_path / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        notebook = nbformat.read(fetched, as_version=4)
        answers = solution_answers(nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4))
        answers["q7_bayes_fraud"] = "def p_fraud_given_alert(prevalence, sensitivity, false_positive_rate):\n    return sensitivity\n"
        nbformat.write(with_answers(notebook, answers), fetched)
        result = json.loads(server.request("POST", "/assignments/validate",
                                           {"path": f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"}))
        failed = result["value"]["failed"]
        assert len(failed) == 1 and "base-rate neglect" in failed[0]["error"]
    finally:
        server.stop()
