"""Grading a class survives hostile and broken submissions, and reports each one by name.

One class of ``m1_statistics`` — a plain solution and every submission of
``tests/hostile_corpus.py`` — is graded with ``mlpath grade``'s own function. Each corpus entry
is checked against its expected outcome in the machine-readable report, and the class as a
whole: the solution keeps full marks, the gradebook opens, the exit code says the class was
graded, and grading again changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbgrader.api import Gradebook

from mlpath import classroom, cpu_slots
from mlpath.assignments import read_exercises
from mlpath.grading import Course
from mlpath.sandbox import unavailable_reason

from conftest import ROOT
from hostile_corpus import ASSIGNMENT, CORPUS, PLANTED, PLANTED_BY_LIBRARY, SPIN_MARKER, SPINNERS, Hostile, build_class

_EXERCISES = read_exercises(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
#: Autograded points of each exercise, and in all (the written exercise waits for a person).
POINTS = {key: sum(e.test_points.values()) for key, e in _EXERCISES.items()}
AUTOGRADED_POINTS = sum(POINTS.values())
#: Whether this machine sandboxes grading kernels; CI (root, bubblewrap) does.
SANDBOXED = unavailable_reason() is None
CLASS = tuple(h for h in CORPUS if SANDBOXED or not h.needs_sandbox)


def _mismatch(hostile: Hostile, record: dict) -> str | None:
    """Say how a student's report differs from the corpus entry's expected outcome, or None."""
    expected = hostile.expected(SANDBOXED)
    if expected.not_graded:
        if record["graded"] or expected.not_graded not in record["status"]:
            return f"expected 'not graded: …{expected.not_graded}…', got {record['status']!r}"
        return None
    if not record["graded"]:
        return f"expected graded, got {record['status']!r}"
    if expected.review and not ("review by hand: " in record["status"] and expected.review in record["status"]):
        return f"expected 'review by hand: …{expected.review}…', got {record['status']!r}"
    if not expected.any_score:
        score = AUTOGRADED_POINTS - sum(POINTS[e] for e in expected.lost)
        if set(record["lost_points_on"]) != set(expected.lost) or record["score"] != score:
            return (f"expected {score:g} points, lost on {sorted(expected.lost)}; got {record['score']} "
                    f"lost on {record['lost_points_on']}")
    return None


def _printed(course_root: Path, student: str) -> str:
    """What the student's graded notebook printed or displayed.

    Errors are left out: their tracebacks quote the code that raised (the student's own, or a
    hidden test's in this instructor's copy; the feedback keeps the checks' message only).
    """
    notebook = nbformat.read(course_root / "autograded" / student / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
                             as_version=4)
    return "".join(str(o.get("text", "")) + json.dumps(o.get("data", {}), ensure_ascii=False)
                   for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") != "error")


#: Marks planted where no student may look: a hidden test, a solution, a classmate's folder.
CANARIES = {"hidden": "CANARY-HIDDEN-7f3a9c", "solution": "CANARY-SOLUTION-51be02",
            "classmate": "CANARY-CLASSMATE-c81d44"}


def _with_canaries(source: Path, copy: Path) -> Path:
    """A copy of the assignment's source folder with a canary in every hidden test and solution."""
    notebook = nbformat.read(source / f"{ASSIGNMENT}.ipynb", as_version=4)
    for cell in notebook.cells:
        cell.source = (cell.source.replace("### BEGIN HIDDEN TESTS", f"### BEGIN HIDDEN TESTS\n# {CANARIES['hidden']}")
                       .replace("### BEGIN SOLUTION", f"### BEGIN SOLUTION\n# {CANARIES['solution']}"))
    folder = copy / ASSIGNMENT
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{ASSIGNMENT}.ipynb")
    return folder


def _canaries_shown(course_root: Path, student: str) -> list[str]:
    """The canaries in a student's graded outputs or feedback."""
    shown = _printed(course_root, student) + "".join(
        p.read_text(errors="replace") for p in (course_root / "feedback" / student / ASSIGNMENT).glob("*.html"))
    return [name for name, canary in CANARIES.items() if canary in shown]


def _spinners_alive() -> list[str]:
    """Command lines of the processes ``leaves_spinners`` detached, if any still run.

    Matched by their code, not by their user: other tests grade in the same slots meanwhile.
    """
    found = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # it ended while we looked
            continue
        if SPIN_MARKER in command:
            found.append(command[:80])
    return found


@pytest.mark.slow
def test_a_hostile_class_is_graded_and_every_submission_reported(tmp_path: Path) -> None:
    # One test, so that pytest-xdist never grades this class twice on two workers.
    # The limits count wall time, so they must leave room for a busy machine: at 10 s a cell, the
    # honest bootstrap simulation ran out of time under load (and an endless loop costs 30 s now).
    course = Course.create(tmp_path / "hostile", timeout=30, notebook_timeout=300)
    course.add_source(ASSIGNMENT, _with_canaries(ROOT / "source" / ASSIGNMENT, tmp_path / "source"))
    course.generate(ASSIGNMENT)
    build_class(course.root / "submitted",
                nbformat.read(ROOT / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4),
                nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4), CLASS)
    (course.root / "submitted" / "full" / ASSIGNMENT / "notes.txt").write_text(CANARIES["classmate"])
    # Without the sandbox (not root) the class runs only because the test says so, and only the
    # cases that need no sandbox are in it.
    assert classroom.grade_class(course, ASSIGNMENT, course.root / "grades.csv", workers=2,
                                 unsandboxed=not SANDBOXED) == 0
    report = json.loads((course.root / "grades.json").read_text())
    assert report["sandboxed"] is SANDBOXED
    students = {s["student"]: s for s in report["students"]}

    # every hostile submission gets its outcome, named in the report
    wrong = {h.name: _mismatch(h, students[h.name]) for h in CLASS}
    assert not any(wrong.values()), "\n".join(f"{k}: {v}" for k, v in wrong.items() if v)

    # the class is graded around them: the solution keeps full marks, the gradebook is intact
    full = students["full"]
    assert full["graded"] and full["score"] == AUTOGRADED_POINTS and full["lost_points_on"] == []
    assert report["submissions"] == len(CLASS) + 1
    with Gradebook(course.db_url) as gradebook:
        in_gradebook = {s.student.id for s in gradebook.assignment_submissions(ASSIGNMENT)}
    assert {s for s, r in students.items() if r["graded"]} <= in_gradebook

    # nothing a submission must not reach was read or written
    leaked = [h.name for h in CLASS if "leak" in h.tags and "LEAKED" in _printed(course.root, h.name)]
    assert not leaked, f"these submissions read what they must not: {leaked}"
    assert not (course.root / PLANTED).exists(), "a submission wrote into a classmate's folder"
    assert not (course.root / PLANTED_BY_LIBRARY).exists(), "a submission's json.py ran with the grader's rights"

    # no graded notebook's output, and no feedback, holds a word of the hidden tests, the
    # solutions (and so the gradebook, which stores both) or a classmate's files
    course.generate_feedback(ASSIGNMENT)
    exposed = {h.name: found for h in CLASS if students[h.name]["graded"] and (found := _canaries_shown(course.root, h.name))}
    assert not exposed, f"secrets shown to students: {exposed}"

    # no process a kernel started outlives grading, detached or not
    assert not _spinners_alive(), f"processes left behind: {_spinners_alive()}"

    # 20 MB of printing leaves a small notebook that says it was cut
    printed = course.root / "autograded" / "print_20mb" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert printed.stat().st_size < 5 * 2**20 and "output cut by the grader" in printed.read_text()

    # grading again changes nothing and executes nothing
    assert classroom.grade_class(course, ASSIGNMENT, course.root / "again.csv", workers=2,
                                 unsandboxed=not SANDBOXED) == 0
    again = {s["student"]: s for s in json.loads((course.root / "again.json").read_text())["students"]}
    assert not any(s["graded_in_this_run"] for s in again.values())

    def without_run_flag(records: dict) -> dict:
        return {k: {f: v for f, v in r.items() if f != "graded_in_this_run"} for k, r in records.items()}

    assert without_run_flag(again) == without_run_flag(students)


@pytest.mark.slow
@pytest.mark.skipif(not SANDBOXED or cpu_slots.unavailable_reason() is not None,
                    reason="a core per kernel needs the sandbox and writable control groups (root)")
def test_an_honest_student_keeps_full_marks_beside_a_cpu_hog(tmp_path: Path) -> None:
    """A notebook whose first cell leaves 60 processes spinning is graded beside an honest one."""
    course = Course.create(tmp_path / "hog", timeout=30, notebook_timeout=120)
    course.add_source(ASSIGNMENT, ROOT / "source" / ASSIGNMENT)
    course.generate(ASSIGNMENT)
    release = nbformat.read(ROOT / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    source = nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    build_class(course.root / "submitted", release, source, ())
    hog = course.root / "submitted" / "hog" / ASSIGNMENT
    hog.mkdir(parents=True)
    notebook = nbformat.read(course.root / "submitted" / "full" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    notebook.cells.insert(0, nbformat.v4.new_code_cell(SPINNERS))  # spinning before the honest one starts
    nbformat.write(notebook, hog / f"{ASSIGNMENT}.ipynb")
    assert classroom.grade_class(course, ASSIGNMENT, course.root / "grades.csv", workers=2) == 0
    students = {s["student"]: s for s in json.loads((course.root / "grades.json").read_text())["students"]}
    honest = students["full"]
    assert honest["graded"] and honest["score"] == AUTOGRADED_POINTS, honest
    assert not _spinners_alive(), f"processes left behind: {_spinners_alive()}"


def test_grading_fails_closed_where_student_code_cannot_be_sandboxed(tmp_path: Path, monkeypatch, capsys) -> None:
    """Without the sandbox nothing runs unless the instructor says so, and the refusal says why."""
    monkeypatch.setattr(classroom.sandbox, "unavailable_reason", lambda: "`bwrap` is missing (apt-get install bubblewrap)")
    course = Course.create(tmp_path / "course")
    course.submit("someone", ASSIGNMENT, nbformat.read(ROOT / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb",
                                                       as_version=4))
    status = classroom.grade_class(course, ASSIGNMENT, course.root / "grades.csv")
    said = capsys.readouterr().out
    assert status == classroom.REFUSED_UNSANDBOXED
    assert "NOT sandboxed: `bwrap` is missing" in said and "--unsandboxed" in said
    assert not (course.root / "grades.csv").exists() and not (course.root / "autograded").exists()
