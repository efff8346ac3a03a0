"""Median wall time of every lesson and assignment solution, against the course's budgets.

Run with ``make bench``. Each notebook is executed ``--repeats`` times in a fresh kernel
(kernel start included, as a student or the grader experiences it) and the median is
compared with its budget: lesson <= 60 s, solution <= 20 s, whole course <= 10 min.
Prints a table and the ratio of each median to its budget; it never fails on a slow machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
BUDGETS = {"lesson": 60.0, "solution": 20.0}
COURSE_BUDGET = 600.0


def run_once(path: Path) -> float:
    """Execute a notebook top to bottom in a new kernel and return the wall time in seconds.

    It runs in a scratch copy of its folder: module 5's notebooks write files beside
    themselves, which must not land in source/ (nor in a lesson folder).
    """
    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory() as scratch:
        folder = shutil.copytree(path.parent, Path(scratch) / path.parent.name)
        started = time.perf_counter()
        NotebookClient(notebook, timeout=600, kernel_name="python3",
                       resources={"metadata": {"path": str(folder)}}).execute()
        return time.perf_counter() - started


def main() -> None:
    """Time every notebook and print medians and budget ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--only", metavar="TEXT", default="",
                        help="time only notebooks whose path contains TEXT, e.g. m6_capstone or 03_boosting "
                             "(the whole-course total then covers those alone)")
    args = parser.parse_args()
    notebooks = [("lesson", p) for p in sorted((ROOT / "notebooks").rglob("*.ipynb"))]
    notebooks += [("solution", p) for p in sorted((ROOT / "source").glob("*/*.ipynb"))]
    notebooks = [(kind, p) for kind, p in notebooks if args.only in str(p.relative_to(ROOT))]
    if not notebooks:
        parser.error(f"no lesson or solution notebook has {args.only!r} in its path")
    print(f"{'notebook':<52} {'kind':<8} {'median s':>8} {'budget':>6} {'ratio':>6}")
    total = 0.0
    for kind, path in notebooks:
        median = statistics.median(run_once(path) for _ in range(args.repeats))
        total += median
        ratio = median / BUDGETS[kind]
        flag = "  OVER BUDGET" if ratio > 1 else ""
        print(f"{str(path.relative_to(ROOT)):<52} {kind:<8} {median:>8.1f} {BUDGETS[kind]:>6.0f} {ratio:>6.2f}{flag}")
    print(f"{'whole course':<52} {'':<8} {total:>8.1f} {COURSE_BUDGET:>6.0f} {total / COURSE_BUDGET:>6.2f}")


if __name__ == "__main__":
    main()
