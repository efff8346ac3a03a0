"""The ``mlpath`` command: what the README and the Makefile call.

Commands
--------
``mlpath release-all [ASSIGNMENT ...]``
    Regenerate ``release/`` from ``source/`` with nbgrader (after editing an assignment);
    every assignment, or only those named.
``mlpath grade ASSIGNMENT [--workers N] [--regrade] [--no-feedback]``
    Autograde every collected submission of the course (N notebooks at a time, see
    :mod:`mlpath.pooled`), under the limits of :mod:`mlpath.limits` and, as root, in the
    sandbox of :mod:`mlpath.sandbox`; report broken ones by name; write ``grades.csv`` and
    ``grades.json`` (a report per student) and the students' HTML feedback. Submissions graded
    before and unchanged since keep their grades, so an interrupted run resumes.
``mlpath demo ASSIGNMENT``
    Build a demo class from the answer bank and run the instructor's whole loop on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from mlpath import classroom
from mlpath.grading import COURSE_CONFIG, Course

REPO = COURSE_CONFIG.parent


def release_all(only: list[str] | None = None) -> int:
    """Regenerate the release folder of every assignment, or of those in ``only``."""
    assignments = sorted(p.name for p in (REPO / "source").iterdir() if p.is_dir())
    unknown = sorted(set(only or []) - set(assignments))
    if unknown:
        print(f"No assignment named {', '.join(unknown)} in source/ (there are: {', '.join(assignments)}).")
        return 2
    assignments = [a for a in assignments if not only or a in only]
    with tempfile.TemporaryDirectory() as tmp:
        course = Course.create(Path(tmp))
        for assignment in assignments:
            course.add_source(assignment, REPO / "source" / assignment)
            generated = course.generate(assignment)
            target = REPO / "release" / assignment
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(generated, target)
            print(f"release/{assignment} regenerated from source/{assignment}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one command; return the exit code."""
    parser = argparse.ArgumentParser(prog="mlpath", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    release = commands.add_parser("release-all", help="regenerate release/ from source/")
    release.add_argument("assignments", nargs="*", help="only these assignments (default: all)")
    pooled = argparse.ArgumentParser(add_help=False)
    pooled.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="notebooks executed at a time (default: one per core)")
    grade = commands.add_parser("grade", parents=[pooled],
                                help="autograde the collected submissions of an assignment")
    grade.add_argument("assignment")
    grade.add_argument("--regrade", action="store_true",
                       help="grade every submission again, even those graded and unchanged since")
    grade.add_argument("--no-feedback", dest="feedback", action="store_false",
                       help="skip writing the students' HTML feedback after grading")
    grade.add_argument("--unsandboxed", action="store_true",
                       help="grade even where student code cannot be sandboxed (it can then read the "
                            "gradebook and the solutions): only for a class you trust")
    demo = commands.add_parser("demo", parents=[pooled], help="grade a demo class built from the answer bank")
    demo.add_argument("assignment")
    demo.add_argument("--students", type=int, default=24, help="class size (default 24)")
    demo.add_argument("--out", type=Path, default=REPO / "demo", help="course folder to build (default demo/)")
    demo.add_argument("--seed", type=int, default=0, help="seed for who makes which mistakes")
    args = parser.parse_args(argv)
    if args.command == "release-all":
        return release_all(args.assignments)
    if args.command == "grade":
        try:
            return classroom.grade_class(Course(REPO), args.assignment, REPO / "grades.csv",
                                         workers=args.workers, regrade=args.regrade,
                                         feedback=args.feedback, unsandboxed=args.unsandboxed)
        except KeyboardInterrupt:
            return 130  # what was graded is kept; grade_class said how to resume
    return classroom.demo(args.assignment, out=args.out, n_students=args.students, seed=args.seed,
                          workers=args.workers)


if __name__ == "__main__":
    sys.exit(main())
