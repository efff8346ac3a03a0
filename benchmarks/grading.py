"""How fast a class is graded: sequential ``nbgrader autograde`` against ``mlpath.pooled``.

Builds the demo class from the answer bank once (60 students by default; ``mlpath demo``,
which also times the whole loop), then autogrades the same submissions again ``--repeats``
times three ways: plain ``nbgrader autograde`` with the tests in the student's kernel (as
nbgrader runs them), ``--workers`` pool workers with the tests there too, and pool workers with
the tests in a checker kernel of their own (:mod:`mlpath.bridge`; what ``mlpath grade`` runs).
It prints the median seconds of each, the ratios, and whether every cell's score agrees. It
also prints what one notebook costs: starting the grading kernel alone, and executing the
reference solution with the tests in each place. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import nbformat

from mlpath import sandbox
from mlpath.grading import Course
from mlpath.limits import LimitedExecute
from mlpath.pooled import load_course_config


def _modes(workers: int) -> list[tuple[str, int | None, str]]:
    """The ways a class is graded: (label, pool workers or None for plain nbgrader, where the tests run)."""
    return [("nbgrader autograde, sequential, tests in the student's kernel", None, "student"),
            (f"{workers} workers, tests in the student's kernel", workers, "student"),
            (f"{workers} workers, tests in a checker kernel (mlpath grade)", workers, "checker")]


@contextmanager
def _tests_run_in(course: Course, place: str) -> Iterator[None]:
    """Grade ``course`` with its tests run in ``place`` (its configuration, changed for a while)."""
    config = course.root / "nbgrader_config.py"
    original = config.read_text()
    config.write_text(original + f"\nc.LimitedExecute.tests_run_in = {place!r}\n")
    try:
        yield
    finally:
        config.write_text(original)


def _timed_autograde(course: Course, assignment: str, workers: int | None, place: str
                     ) -> tuple[float, dict[str, object]]:
    with _tests_run_in(course, place):
        started = time.perf_counter()
        course.autograde(assignment, workers=workers)
        elapsed = time.perf_counter() - started
    students = sorted(p.parent.name for p in (course.root / "submitted").glob(f"*/{assignment}"))
    return elapsed, {r.student: r.cell_scores for r in course.results(assignment, students)}


def _notebook_costs(course: Course, assignment: str, repeats: int) -> dict[str, float]:
    """Median seconds to start the grading kernel alone, and to execute the solution in it."""
    empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")])
    solution = nbformat.read(course.root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    costs: dict[str, list[float]] = {"kernel": [], "solution, tests in the student's kernel": [],
                                     "solution, tests in a checker kernel": []}
    # A folder of its own, as a student's: the sandbox refuses to copy the course folder.
    scratch = course.root / "autograded" / "benchmark" / assignment
    scratch.mkdir(parents=True, exist_ok=True)
    for _ in range(repeats):
        for name, notebook, place in (("kernel", empty, "student"),
                                      ("solution, tests in the student's kernel", solution, "student"),
                                      ("solution, tests in a checker kernel", solution, "checker")):
            executor = LimitedExecute(config=load_course_config(course.root), tests_run_in=place)
            started = time.perf_counter()
            executor.preprocess(copy.deepcopy(notebook), {"metadata": {"path": str(scratch)}})
            costs[name].append(time.perf_counter() - started)
    return {name: statistics.median(times) for name, times in costs.items()}


def main() -> None:
    """Grade the demo class both ways and print medians."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assignment", default="m1_statistics")
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "demo"
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mlpath.cli", "demo", args.assignment, "--students",
                        str(args.students), "--out", str(out), "--workers", "1"], check=True, capture_output=True)
        print(f"demo class of {args.students} ({args.assignment}), whole loop with one worker: "
              f"{time.perf_counter() - started:.1f} s")
        print(sandbox.describe())
        course = Course(out)
        modes = _modes(args.workers)
        times: dict[str, list[float]] = {label: [] for label, _, _ in modes}
        scores: dict[str, dict[str, object]] = {}
        for _ in range(args.repeats):
            for label, workers, place in modes:
                elapsed, scores[label] = _timed_autograde(course, args.assignment, workers, place)
                times[label].append(elapsed)
        costs = _notebook_costs(course, args.assignment, args.repeats)
    baseline, graded = modes[0][0], len(scores[modes[0][0]])
    for label, _, _ in modes:
        median = statistics.median(times[label])
        print(f"{label}: median {median:.1f} s ({median / graded:.2f} s a notebook; "
              f"{median / statistics.median(times[baseline]):.2f} × sequential nbgrader)")
    bridged, inline = modes[2][0], modes[1][0]
    print(f"cost of running the tests outside the student's kernel, with the same workers: "
          f"{statistics.median(times[bridged]) / statistics.median(times[inline]) - 1:+.0%}")
    print("one notebook (medians): " + "; ".join(f"{name} {cost:.2f} s" for name, cost in costs.items()))
    for label, _, _ in modes[1:]:
        differ = {student: sorted(cell for cell in cells if cells[cell] != scores[label][student].get(cell))
                  for student, cells in scores[baseline].items() if cells != scores[label].get(student)}
        print(f"identical cell scores, {label} against sequential nbgrader: {not differ}")
        for student, cells in differ.items():
            print(f"  {student}: {', '.join(cells)} — sequential {[scores[baseline][student][c] for c in cells]}, "
                  f"here {[scores[label][student].get(c) for c in cells]}")


if __name__ == "__main__":
    main()
