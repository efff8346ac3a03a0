"""How fast a class is graded: sequential ``nbgrader autograde`` against ``mlpath.pooled``.

Builds the demo class from the answer bank once (60 students by default; ``mlpath demo``,
which also times the whole loop), then autogrades the same submissions again ``--repeats``
times with plain ``nbgrader autograde`` and with ``--workers`` pool workers (what ``mlpath
grade`` runs), and prints the median seconds of each, the speed-up, and whether every cell's
score agrees. It also prints what one notebook costs: starting the grading kernel alone, and
executing the reference solution in it. Nothing is asserted.
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
from pathlib import Path

import nbformat

from mlpath import sandbox
from mlpath.grading import Course
from mlpath.limits import LimitedExecute
from mlpath.pooled import load_course_config


def _timed_autograde(course: Course, assignment: str, workers: int | None) -> tuple[float, dict[str, object]]:
    started = time.perf_counter()
    course.autograde(assignment, workers=workers)
    elapsed = time.perf_counter() - started
    students = sorted(p.parent.name for p in (course.root / "submitted").glob(f"*/{assignment}"))
    return elapsed, {r.student: r.cell_scores for r in course.results(assignment, students)}


def _notebook_costs(course: Course, assignment: str, repeats: int) -> tuple[float, float]:
    """Median seconds to start the grading kernel alone, and to execute the solution in it."""
    empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("pass")])
    solution = nbformat.read(course.root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    costs: dict[str, list[float]] = {"kernel": [], "solution": []}
    # A folder of its own, as a student's: the sandbox refuses to copy the course folder.
    scratch = course.root / "autograded" / "benchmark" / assignment
    scratch.mkdir(parents=True, exist_ok=True)
    for _ in range(repeats):
        for name, notebook in (("kernel", empty), ("solution", solution)):
            executor = LimitedExecute(config=load_course_config(course.root))
            started = time.perf_counter()
            executor.preprocess(copy.deepcopy(notebook), {"metadata": {"path": str(scratch)}})
            costs[name].append(time.perf_counter() - started)
    return statistics.median(costs["kernel"]), statistics.median(costs["solution"])


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
        times: dict[int | None, list[float]] = {None: [], args.workers: []}
        scores: dict[int | None, dict[str, object]] = {}
        for _ in range(args.repeats):
            for workers in times:
                elapsed, scores[workers] = _timed_autograde(course, args.assignment, workers)
                times[workers].append(elapsed)
        kernel, solution = _notebook_costs(course, args.assignment, args.repeats)
    graded = len(scores[None])
    sequential, pooled = statistics.median(times[None]), statistics.median(times[args.workers])
    print(f"autograde, sequential nbgrader: median {sequential:.1f} s ({sequential / graded:.2f} s a notebook)")
    print(f"autograde, {args.workers} workers:         median {pooled:.1f} s ({pooled / graded:.2f} s a notebook)")
    print(f"one notebook: grading kernel start and stop {kernel:.2f} s; reference solution executed in it "
          f"{solution:.2f} s (medians)")
    differ = {student: sorted(cell for cell in cells if cells[cell] != scores[args.workers][student].get(cell))
              for student, cells in scores[None].items() if cells != scores[args.workers].get(student)}
    print(f"speed-up {sequential / pooled:.2f}x; identical cell scores: {not differ}")
    for student, cells in differ.items():
        print(f"  {student}: {', '.join(cells)} — sequential {[scores[None][student][c] for c in cells]}, "
              f"pooled {[scores[args.workers][student].get(c) for c in cells]}")


if __name__ == "__main__":
    main()
