"""The instructor's loop on a whole class: grade, report, and a demo class to try it on.

:func:`grade_class` is what ``mlpath grade`` runs on a real course after ``nbgrader
collect``; :func:`demo` builds a class of students from the answer bank (full, partial,
blank and one broken notebook) and runs release -> collect -> autograde -> feedback -> export
on it, so an instructor sees every step before the first real class.
"""

from __future__ import annotations

import getpass
import json
import random
import shutil
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from tqdm import tqdm

from mlpath import sandbox
from mlpath.answer_bank import BankAnswer, load_bank
from mlpath.assignments import read_exercises, solution_answers, with_answers
from mlpath.grading import COURSE_CONFIG, Course, StudentResult, failure_reasons, write_grades_csv
from mlpath.ledger import Ledger
from mlpath.pooled import GRADED_PREFIX, load_course_config
from mlpath.tampering import tampering_warnings

_FIRST_NAMES = ["ada", "ben", "chloe", "dev", "elif", "farid", "grace", "hugo", "ines", "jonas",
                "kemal", "lena", "mateo", "nadia", "omar", "priya", "quentin", "rosa", "sven",
                "tara", "umar", "vera", "wen", "xavier", "yara", "zoe"]


def lost_exercises(result: StudentResult, exercise_of: dict[str, str]) -> list[str]:
    """Exercises that lost points: a graded cell scored below its maximum, or missing (deleted)."""
    lost = {exercise_of[g] for g, score in result.cell_scores.items()
            if score is not None and score < result.cell_max[g]}
    lost |= {e for g, e in exercise_of.items() if g not in result.cell_scores}
    return sorted(lost, key=lambda k: int(k[1:]))


def summary_table(results: Sequence[StudentResult], rejected: dict[str, str],
                  exercise_of: dict[str, str]) -> str:
    """Format one line per student: score, status, and the exercises that lost points.

    Parameters
    ----------
    results : sequence of StudentResult
    rejected : dict of str to str
        Students whose submission could not be graded, with the reason.
    exercise_of : dict of str to str
        Exercise key of each graded cell's ``grade_id``.

    Returns
    -------
    str
        A plain-text table.
    """
    lines = [f"{'student':<10} {'score':>7}  {'lost points on':<31} status"]
    for result in results:
        graded = result.graded
        lost = lost_exercises(result, exercise_of) if graded else []
        score = f"{result.score:g}/{result.max_score:g}" if graded else "—"
        lines.append(f"{result.student:<10} {score:>7}  {' '.join(lost) or '-':<31} {result.status}")
    for student, reason in sorted(rejected.items()):
        lines.append(f"{student:<10} {'—':>7}  {'-':<31} not graded: {reason}")
    return "\n".join(lines)


def graded_students(log: str) -> set[str]:
    """Students whose grades nbgrader saved, read from the autograde log (see ``MarkGraded``)."""
    prefix = f"{GRADED_PREFIX} "
    return {line[len(prefix):].strip() for line in log.splitlines() if line.startswith(prefix)}


def write_report(path: Path, assignment: str, results: Sequence[StudentResult], rejected: dict[str, str],
                 exercise_of: dict[str, str], *, seconds: float, regraded: Sequence[str],
                 sandboxed: bool) -> None:
    """Write the machine-readable grading report: one record per student, and totals.

    Parameters
    ----------
    path : Path
        The JSON file to write.
    assignment : str
    results : sequence of StudentResult
    rejected : dict of str to str
        Submissions that could not be graded, with the reason.
    exercise_of : dict of str to str
        Exercise key of each graded cell's ``grade_id``.
    seconds : float
        Wall-clock time of this run.
    regraded : sequence of str
        Students graded in this run (the others' grades were kept from an earlier run).
    sandboxed : bool
        Whether student code ran in :mod:`mlpath.sandbox`.
    """
    students = []
    for result in results:
        graded = result.graded
        lost = lost_exercises(result, exercise_of) if graded else []
        students.append({
            "student": result.student, "graded": graded, "status": result.status,
            "score": result.score if graded else None, "max_score": result.max_score,
            "lost_points_on": lost, "graded_in_this_run": result.student in regraded,
        })
    for student, reason in sorted(rejected.items()):
        students.append({"student": student, "graded": False, "status": f"not graded: {reason}",
                         "score": None, "max_score": None, "lost_points_on": [],
                         "graded_in_this_run": False})
    report = {
        "assignment": assignment,
        "finished_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "seconds": round(seconds, 1),
        "sandboxed": sandboxed,
        "submissions": len(students),
        "graded": sum(s["graded"] for s in students),
        "not_graded": sorted(s["student"] for s in students if not s["graded"]),
        "review_by_hand": sorted(s["student"] for s in students if "review by hand" in s["status"]),
        "students": sorted(students, key=lambda s: s["student"]),
    }
    path.write_text(json.dumps(report, indent=1) + "\n")


#: Exit code of a grading run refused because student code would run without the sandbox.
REFUSED_UNSANDBOXED = 2


def grade_class(course: Course, assignment: str, grades_csv: Path, *, workers: int = 1,
                regrade: bool = False, feedback: bool = False, unsandboxed: bool = False) -> int:
    """Autograde every collected submission, report problems by name, write a grades table.

    Grading resumes: submissions graded by an earlier run and unchanged since keep their
    grades (see :mod:`mlpath.ledger`), so a run stopped half-way finishes where it stopped
    and running it twice changes nothing.

    Parameters
    ----------
    course : Course
        The course folder whose ``submitted/`` holds the collected notebooks.
    assignment : str
    grades_csv : Path
        Where to write one row per student; the JSON report goes beside it (``.json``).
    workers : int, default 1
        Notebooks executed at a time (see :meth:`Course.autograde`).
    regrade : bool, default False
        Grade every submission again, even those already graded and unchanged.
    feedback : bool, default False
        Then write every graded student's HTML feedback into ``feedback/`` (nbgrader's
        ``generate_feedback``, which leaves out the hidden tests); a failure there is reported
        and does not change the exit code, since the grades are saved.
    unsandboxed : bool, default False
        Run student code even where the sandbox cannot (not root, no bubblewrap, or the course
        configuration turns it off). Without it such a run is refused: grading fails closed.

    Returns
    -------
    int
        0 when every submission was graded or set aside with a reason; 1 when there was
        nothing to grade or nbgrader itself failed in a way that left students unaccounted for;
        :data:`REFUSED_UNSANDBOXED` when student code would have run without the sandbox.
    """
    started = time.monotonic()
    students = course.students(assignment)
    if not students:
        print(f"No submissions of {assignment} in {course.root / 'submitted'}: run "
              f"`nbgrader collect {assignment}` (or `nbgrader zip_collect`) first.")
        return 1
    wanted = load_course_config(course.root).LimitedExecute.get("sandbox", "auto") != "off"
    print(sandbox.describe(wanted))
    sandboxed = wanted and sandbox.unavailable_reason() is None
    if not sandboxed and not unsandboxed:
        print("Refused: nothing was graded. Fix the above, or grade a class you trust with --unsandboxed.")
        return REFUSED_UNSANDBOXED
    if not sandboxed:
        print(f"--unsandboxed: student code runs as {getpass.getuser()} and can read and write what that user "
              f"can: the gradebook, source/ (the solutions), every student's submission, "
              f"nbgrader_config.py, and the network.")
    rejected = course.check_submissions(assignment)
    for student, reason in rejected.items():
        print(f"! {student}: {reason}. Left out; the class is graded without it.")
    gradable = [s for s in students if s not in rejected]
    ledger = Ledger.load(course.root, assignment)
    kept = set() if regrade else ledger.unchanged(gradable, assignment)
    todo = [s for s in gradable if s not in kept]
    if kept:
        print(f"{len(kept)} submission(s) already graded and unchanged since: grades kept "
              f"(--regrade grades them again).")
    ledger.forget(todo)
    run = None
    if todo:
        try:
            with tqdm(total=len(todo), desc=f"autograding {assignment}", unit="student") as bar:
                # Always through the pool, even with one worker: a notebook that kills the
                # process running its kernel then costs its own grade, not the whole class.
                run = course.autograde(assignment, on_student=lambda s: (bar.set_postfix_str(s), bar.update()),
                                       workers=max(workers, 1), exclude=set(students) - set(todo))
        except KeyboardInterrupt:
            saved = graded_students(course.last_log)
            ledger.record(saved, assignment)
            print(f"\nInterrupted: {len(saved)} of {len(todo)} submissions were graded and are kept. "
                  f"Run the same command again to grade the rest.")
            raise
        # The run finished: a student nbgrader could not grade fails the same way next time.
        ledger.record(graded_students(run.stdout), assignment, failure_reasons(run.stdout))
    # The ledger now holds this run's failures too, beside those of students kept from before.
    results = course.results(assignment, gradable, ledger.failures)
    for result in results:
        submitted = course.root / "submitted" / result.student / assignment / f"{assignment}.ipynb"
        warnings = tampering_warnings(submitted)
        if warnings:
            result.status += f"; review by hand: {', '.join(warnings)}"
    source = nbformat.read(course.root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    exercise_of = {g: e.key for e in read_exercises(source).values() for g in e.grade_ids}
    print()
    print(summary_table(results, rejected, exercise_of))
    ungraded = [r.student for r in results if not r.graded]
    write_grades_csv(results, rejected, grades_csv)
    report = grades_csv.with_suffix(".json")
    write_report(report, assignment, results, rejected, exercise_of,
                 seconds=time.monotonic() - started, regraded=todo, sandboxed=sandboxed)
    print(f"\n{len(gradable) - len(ungraded)} of {len(students)} submissions graded; grades in "
          f"{grades_csv}, the full report in {report}.")
    if ungraded:
        print(f"Not graded, with the reason in the table above: {', '.join(ungraded)}.")
    if feedback:
        _write_feedback(course, assignment)
    # A student with no submission in the gradebook was never reached: nbgrader itself stopped.
    unreached = [r.student for r in results if r.status.endswith("no autograded submission in the gradebook")]
    if run is not None and run.returncode and (unreached or not ungraded):
        print(f"nbgrader stopped before grading {', '.join(unreached) or 'the class'}; its log ends with:")
        print(run.stdout[-3000:])
        return 1
    return 0


def _write_feedback(course: Course, assignment: str) -> None:
    """Generate the class's HTML feedback, saying where it is or why it could not be written."""
    try:
        folder = course.generate_feedback(assignment)
    except RuntimeError as error:
        print(f"Feedback was not written (the grades are saved): {error}")
        return
    reports = sum(1 for _ in folder.glob(f"*/{assignment}/*.html"))
    print(f"Feedback: {reports} HTML report(s) in {folder}; `nbgrader release_feedback {assignment}` "
          f"hands them back.")


def _class_roster(bank: list[BankAnswer], answer_ids: list[str], n_students: int, seed: int
                  ) -> dict[str, dict[str, str] | str | None]:
    """Decide each demo student's answers: a dict of replacements, None (blank) or raw text.

    The first student submits the reference solution, the second a blank notebook, the third
    a corrupted file; each of the others makes one mistake from the bank and may replace up
    to three more answers by wrong or alternative correct ones, chosen with ``seed``.
    """
    rng = random.Random(seed)
    names = (_FIRST_NAMES * (n_students // len(_FIRST_NAMES) + 1))[:n_students]
    names = [name if i < len(_FIRST_NAMES) else f"{name}{i // len(_FIRST_NAMES)}" for i, name in enumerate(names)]
    roster: dict[str, dict[str, str] | str | None] = {}
    for i, name in enumerate(names):
        if i == 0:
            roster[name] = {}
        elif i == 1:
            roster[name] = None
        elif i == 2:
            roster[name] = '{"cells": [{"cell_type": "code", "source": "x = 1"'  # cut short
        else:
            # Every partial student makes at least one real mistake; the rest of their picks
            # may be mistakes or alternative correct answers.
            wrong = [a for a in bank if a.verdict == "wrong"]
            first = rng.choice(wrong)
            choices = {first.answer_id: first.source}
            for answer_id in rng.sample(answer_ids, k=rng.randint(0, 3)):
                options = [a for a in bank if a.answer_id == answer_id]
                if options and answer_id not in choices:
                    choices[answer_id] = rng.choice(options).source
            roster[name] = choices
    return roster


def demo(assignment: str, *, out: Path, n_students: int = 24, seed: int = 0, workers: int = 1) -> int:
    """Build a demo class from the answer bank and run the instructor's whole loop on it.

    Parameters
    ----------
    assignment : str
        An assignment with an answer bank in ``tests/answer_bank/``.
    out : Path
        The demo course folder (replaced if it exists).
    n_students : int, default 24
        Class size, at least 3 (full, blank and broken submissions are always included).
    seed : int, default 0
        Seed for which students make which mistakes.
    workers : int, default 1
        Notebooks executed at a time while autograding.

    Returns
    -------
    int
        The exit code: 0 when every student was graded or reported by name.
    """
    if n_students < 3:
        raise SystemExit("A demo class needs at least 3 students (full, blank and broken).")
    repo = COURSE_CONFIG.parent
    bank = load_bank(repo / "tests" / "answer_bank" / assignment)
    if out.exists():
        for stale in ("submitted", "autograded", "feedback", "exchange", "gradebook.db"):
            target = out / stale
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
    course = Course.create(out)
    course.add_source(assignment, repo / "source" / assignment)
    print(f"1/5 release: nbgrader generate_assignment + release_assignment {assignment}")
    release_dir = course.generate(assignment)
    course.release(assignment)
    release = nbformat.read(release_dir / f"{assignment}.ipynb", as_version=4)
    solutions = solution_answers(nbformat.read(repo / "source" / assignment / f"{assignment}.ipynb", as_version=4))
    roster = _class_roster(bank, sorted(solutions), n_students, seed)
    print(f"2/5 collect: {len(roster)} submissions into {out / 'submitted'}")
    for student, answers in roster.items():
        if answers is None:
            course.submit(student, assignment, release)
        elif isinstance(answers, str):
            course.submit(student, assignment, answers)
        else:
            course.submit(student, assignment, with_answers(release, {**solutions, **answers}))
    print("3/5 autograde, 4/5 feedback")
    # The demo class is the course's own answer bank: trusted code, so it runs where the sandbox cannot.
    status = grade_class(course, assignment, out / "grades.csv", workers=workers, feedback=True, unsandboxed=True)
    print("5/5 export: nbgrader export")
    course.nbgrader("export", "--to", str(out / "nbgrader_export.csv"))
    print(f"Done. Grades with a status per student: {out / 'grades.csv'}; nbgrader's own export: "
          f"{out / 'nbgrader_export.csv'} (it shows unreadable submissions as 0 — ours says why).")
    return status
