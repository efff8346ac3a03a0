"""The grading helpers: broken submissions are named, grades never hide a failure as 0."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import nbformat
import pytest

from mlpath.answer_bank import parse_answer
from mlpath.assignments import read_exercises, solution_answers, with_answers
from mlpath.grading import StudentResult, link_problem, notebook_problem, write_grades_csv
from mlpath.tampering import tampering_warnings

from conftest import ROOT

SOURCE = ROOT / "source" / "m1_statistics" / "m1_statistics.ipynb"


def test_notebook_problem_names_invalid_json_and_foreign_notebooks(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ipynb"
    broken.write_text('{"cells": [')
    assert "not valid notebook JSON" in notebook_problem(broken)
    foreign = tmp_path / "foreign.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")]), foreign)
    assert "no nbgrader cells" in notebook_problem(foreign)
    assert notebook_problem(SOURCE) is None


@pytest.mark.parametrize(("make", "says"), [
    (lambda folder: (folder / "data.db").symlink_to("/etc/passwd"),
     "holds data.db, which is not a regular file: it is a symbolic link to /etc/passwd"),
    (lambda folder: (folder / "deep").mkdir() or (folder / "deep" / "x").symlink_to(".."), "holds deep/x"),
    (lambda folder: os.mkfifo(folder / "pipe"), "holds pipe, which is not a regular file: it is a pipe"),
    (lambda folder: (folder / "copy.txt").hardlink_to(folder / "notes.txt"), "it is a hard link"),
    (lambda folder: (folder / "a.ipynb").unlink() or (folder / "a.ipynb").symlink_to(folder / "notes.txt"),
     "the notebook is not a regular file: it is a symbolic link"),
])
def test_a_submission_is_data_not_links(tmp_path: Path, make, says: str) -> None:
    folder = tmp_path / "submitted" / "ada" / "a"
    folder.mkdir(parents=True)
    (folder / "a.ipynb").write_text("{}")
    (folder / "notes.txt").write_text("my notes")
    assert link_problem(folder, folder / "a.ipynb") is None
    make(folder)
    problem = link_problem(folder, folder / "a.ipynb")
    assert problem is not None and says in problem and "submissions are data, not links" in problem


def test_a_linked_submission_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "submitted" / "ada").mkdir(parents=True)
    (tmp_path / "submitted" / "ada" / "a").symlink_to(elsewhere)
    assert "folder a is a symbolic link" in link_problem(tmp_path / "submitted" / "ada" / "a", elsewhere / "a.ipynb")


def test_grades_csv_leaves_ungraded_scores_empty(tmp_path: Path) -> None:
    out = tmp_path / "grades.csv"
    write_grades_csv([StudentResult("ada", 27, 30, status="needs manual grading"),
                      StudentResult("ben", 0, 30, status="not graded: time-out")],
                     {"chloe": "the file is not valid notebook JSON"}, out)
    rows = list(csv.DictReader(out.open()))
    assert [(r["student"], r["score"]) for r in rows] == [("ada", "27"), ("ben", ""), ("chloe", "")]
    assert rows[2]["status"] == "not graded: the file is not valid notebook JSON"


def test_exercises_read_from_the_source() -> None:
    exercises = read_exercises(nbformat.read(SOURCE, as_version=4))
    assert list(exercises) == [f"q{i}" for i in range(1, 11)]
    assert exercises["q4"].test_points == {"q4_bootstrap_ci_tests": 2, "q4_bootstrap_coverage_tests": 2}
    assert exercises["q10"].manual and exercises["q10"].points == 3


def test_with_answers_fills_only_answer_cells() -> None:
    source = nbformat.read(SOURCE, as_version=4)
    answers = solution_answers(source)
    assert "### BEGIN SOLUTION" not in answers["q7_bayes_fraud"]
    filled = with_answers(source, {"q7_bayes_fraud": "def p_fraud_given_alert(*a):\n    return 0.5\n"})
    assert "return 0.5" in next(c.source for c in filled.cells if c.id == "q7-bayes-fraud")
    assert "return 0.5" not in next(c.source for c in source.cells if c.id == "q7-bayes-fraud")
    with pytest.raises(KeyError, match="not an answer cell"):
        with_answers(source, {"q7_bayes_fraud_tests": "pass"})


def test_bank_file_header_is_required(tmp_path: Path) -> None:
    path = tmp_path / "x.py"
    path.write_text("# verdict: wrong\n# misconception: m\n# score: 1\ndef f():\n    return 1\n")
    with pytest.raises(ValueError, match="needs '# feedback:"):
        parse_answer(path, "q1_x")
    path.write_text("# verdict: wrong\n# feedback: Base rate\n# score: 1\ndef f():\n    return 1\n")
    answer = parse_answer(path, "q1_x")
    assert (answer.score, answer.feedback, answer.source) == (1.0, "Base rate", "def f():\n    return 1\n")
    path.write_text("def f():\n    return 1\n")
    with pytest.raises(ValueError, match="verdict"):
        parse_answer(path, "q1_x")


def test_tampering_is_flagged_for_review(tmp_path: Path) -> None:
    source = nbformat.read(SOURCE, as_version=4)
    honest, patched = tmp_path / "honest.ipynb", tmp_path / "patched.ipynb"
    nbformat.write(with_answers(source, solution_answers(source)), honest)
    nbformat.write(with_answers(source, {"q7_bayes_fraud": (
        "import importlib\nimportlib.reload = lambda m: m\n"
        "def p_fraud_given_alert(p, s, f):\n    return s\n")}), patched)
    assert tampering_warnings(honest) == []
    assert tampering_warnings(patched) == ["uses the import machinery"]
