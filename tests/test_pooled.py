"""Pooled autograding gives exactly the grades of nbgrader's own sequential autograde."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from mlpath.answer_bank import load_bank
from mlpath.assignments import solution_answers, with_answers
from mlpath.grading import Course
from mlpath.pooled import GRADED_PREFIX, PROGRESS_PREFIX

from conftest import BANKS, ROOT

ASSIGNMENT = "m1_statistics"


def _class(release: nbformat.NotebookNode, source: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """A full solution, a blank, a kernel that dies, and two students with one wrong answer on
    every exercise (the bank's first and second), so each exercise is failed somewhere."""
    solutions = solution_answers(source)
    students = {"full": with_answers(release, solutions), "blank": release}
    dies = "import os\nos._exit(1)\n"
    students["dies"] = with_answers(release, {**solutions, "q1_prob_at_least": dies})
    wrong: dict[str, list[str]] = {}
    for answer in load_bank(BANKS / ASSIGNMENT):
        if answer.verdict == "wrong":
            wrong.setdefault(answer.answer_id, []).append(answer.source)
    for k in (0, 1):
        students[f"wrong_{k}"] = with_answers(release, {**solutions, **{a: s[k % len(s)] for a, s in wrong.items()}})
    return students


def _grades(course: Course, students: list[str]) -> dict[str, object]:
    return {r.student: (r.status, r.cell_scores) for r in course.results(ASSIGNMENT, students)}


@pytest.mark.slow
def test_pooled_grades_equal_sequential_grades(tmp_path: Path) -> None:
    source = nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    release = nbformat.read(ROOT / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    students = _class(release, source)
    grades = {}
    for workers in (None, 2):  # nbgrader autograde itself, then the pool
        course = Course.create(tmp_path / f"workers{workers}", timeout=30)
        course.add_source(ASSIGNMENT, ROOT / "source" / ASSIGNMENT)
        course.generate(ASSIGNMENT)
        for student, notebook in students.items():
            course.submit(student, ASSIGNMENT, notebook)
        seen = []
        run = course.autograde(ASSIGNMENT, on_student=seen.append, workers=workers)
        assert sorted(seen) == sorted(students), f"progress reported {seen}"
        if workers:  # the pool's speed comes from grading one student while it executes the next ones
            lines = run.stdout.splitlines()
            first_graded = next(i for i, line in enumerate(lines) if line.startswith(GRADED_PREFIX))
            last_executed = max(i for i, line in enumerate(lines) if line.startswith(PROGRESS_PREFIX))
            assert first_graded < last_executed, run.stdout[-3000:]
        grades[workers] = _grades(course, sorted(students))
    assert grades[2] == grades[None]
    # the comparison is not vacuous: the class has every outcome
    assert grades[None]["dies"][0].startswith("not graded")
    assert sum(v or 0 for v in grades[None]["full"][1].values()) > 0
    assert not any(grades[None]["blank"][1].values())
