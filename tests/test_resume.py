"""An interrupted ``mlpath grade`` resumes: nothing lost, nothing graded twice, same grades."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from mlpath import classroom
from mlpath.assignments import solution_answers, with_answers
from mlpath.grading import Course
from mlpath.pooled import PROGRESS_PREFIX, REUSED_PREFIX

from conftest import ROOT

ASSIGNMENT = "m1_statistics"
GRADE = ("import sys; from pathlib import Path; from mlpath import classroom; from mlpath.grading import Course; "
         "root = Path(sys.argv[1]); "
         f"sys.exit(classroom.grade_class(Course(root), {ASSIGNMENT!r}, root / 'grades.csv', workers=1, unsandboxed=True))")


@pytest.mark.slow
def test_interrupted_grading_resumes_where_it_stopped(tmp_path: Path) -> None:
    course = Course.create(tmp_path / "course", timeout=30)
    course.add_source(ASSIGNMENT, ROOT / "source" / ASSIGNMENT)
    course.generate(ASSIGNMENT)
    release = nbformat.read(ROOT / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    solutions = solution_answers(nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4))
    students = [f"student{i}" for i in range(4)]
    for student in students[:-1]:
        course.submit(student, ASSIGNMENT, with_answers(release, solutions))
    course.submit(students[-1], ASSIGNMENT, release)  # one blank, so grades differ

    # Ctrl-C, as a terminal sends it to the whole process group, once two notebooks are executed.
    run = subprocess.Popen([sys.executable, "-c", GRADE, str(course.root)], cwd=course.root,
                           start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    executed = course.root / "autograded" / f".mlpath-executed-{ASSIGNMENT}"
    deadline = time.monotonic() + 300
    while len(list(executed.glob("*/*.ipynb"))) < 2 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert run.poll() is None, f"grading finished before it could be interrupted:\n{run.stdout.read()}"
    os.killpg(run.pid, signal.SIGINT)
    output = run.communicate(timeout=120)[0]
    assert run.returncode != 0 and "Run the same command again" in output, output

    assert classroom.grade_class(course, ASSIGNMENT, course.root / "grades.csv", workers=1, unsandboxed=True) == 0
    log = course.last_log
    reused = [line for line in log.splitlines() if line.startswith(REUSED_PREFIX)]
    fresh = [line for line in log.splitlines() if line.startswith(PROGRESS_PREFIX)]
    report = {s["student"]: s for s in json.loads((course.root / "grades.json").read_text())["students"]}
    # The two executed notebooks are not executed again: their grades were saved before the
    # interrupt (kept) or their executions were (reused). Every other one runs exactly once.
    kept = [s for s in students if not report[s]["graded_in_this_run"]]
    assert len(kept) + len(reused) >= 2, log[-2000:]
    assert len(kept) + len(reused) + len(fresh) == len(students), (kept, log[-2000:])
    assert all(report[s]["graded"] and report[s]["score"] == 27 for s in students[:-1]), report
    assert report[students[-1]]["graded"] and report[students[-1]]["score"] == 0
    assert not executed.exists()  # kept only while grades are unsaved
