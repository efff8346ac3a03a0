"""Autograde a class with nbgrader, executing the notebooks in a pool of worker processes.

nbgrader's ``autograde`` converts one submission after another: sanitize it (restore the
locked cells from the gradebook), execute it, then record its grades. Execution is nearly all
of the time and never touches the gradebook, so this module runs nbgrader's own
``AutogradeApp`` twice around a pool:

1. **sanitize** every submission, with the autograde preprocessors reduced to nbgrader's
   metadata check: each cleaned notebook lands in ``autograded/<student>/<assignment>/``;
2. **execute** those notebooks in ``workers`` processes, each with the course's executing
   preprocessor (:class:`mlpath.limits.LimitedExecute`, nbgrader's ``Execute`` with limits),
   the course's configuration and the same working folder nbgrader uses;
3. **grade**: autograde again with :class:`PrecomputedExecute` in place of it. It
   hands nbgrader the notebook the pool executed — or executes it itself when the pool has
   no result for exactly this notebook — and nbgrader's own preprocessors save the grades.

The scores are nbgrader's: the same preprocessors run on the same notebooks; only where the
execution happens changes. The executed notebooks wait in ``autograded/.mlpath-executed-<assignment>/``
until the grades are saved, so a run interrupted during step 2 resumes with the notebooks it
has not executed yet; a notebook that kills its worker process is retried alone, then recorded
as failed. Run it as ``python -m mlpath.pooled ASSIGNMENT --workers N`` from
a course folder; :meth:`mlpath.grading.Course.autograde` does.
"""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import os
import shutil
import signal
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode
from nbgrader.apps import AutogradeApp
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import setenv
from traitlets import Unicode
from traitlets.config.loader import PyFileConfigLoader

from mlpath.files import write_atomically
from mlpath.limits import LimitedExecute

#: Printed once per executed notebook, so a caller can draw a progress bar.
PROGRESS_PREFIX = "[mlpath] executed"
#: Printed instead, for a notebook an interrupted run had already executed.
REUSED_PREFIX = "[mlpath] reused"
#: Printed once per student whose grades nbgrader has saved, so an interrupted run resumes.
GRADED_PREFIX = "[mlpath] graded"

_PR_SET_PDEATHSIG = 1  # prctl option: the signal a process gets when its parent dies
#: The course configuration's executing preprocessor, which the grading pass replaces.
_EXECUTE = "mlpath.limits.LimitedExecute"


def fingerprint(notebook: NotebookNode) -> str:
    """Identify a sanitized notebook by its kernel and its cells' types and sources.

    Parameters
    ----------
    notebook : NotebookNode

    Returns
    -------
    str
        A sha256 hex digest; the pool's result is used only for a notebook with the same one.
    """
    kernel = notebook.metadata.get("kernelspec", {}).get("name", "")
    cells = [(cell.cell_type, cell.source) for cell in notebook.cells]
    return hashlib.sha256(json.dumps([kernel, cells]).encode()).hexdigest()


def _result_stem(results_dir: Path, student: str, notebook: str) -> Path:
    return results_dir / student / notebook


class PrecomputedExecute(LimitedExecute):
    """The course's ``LimitedExecute``, which first looks for the notebook already executed by the pool."""

    results_dir = Unicode("", help="Folder of the pool's executed notebooks.").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        """Return the pool's execution of ``nb`` when there is one, else execute it here."""
        info = resources.get("nbgrader", {})
        stem = _result_stem(Path(self.results_dir), info.get("student", ""), info.get("notebook", ""))
        stored = _stored_result(stem, fingerprint(nb))
        if isinstance(stored, str):
            # The same failure sequential grading meets: nbgrader reports the student as
            # not graded and removes the half-done folder.
            raise RuntimeError(f"Executing the notebook failed: {stored}")
        if stored is not None:
            del stored.metadata["mlpath_fingerprint"]
            return stored, resources
        self.log.warning("No pooled execution of %s matches; executing it here.", stem)
        return super().preprocess(nb, resources)


class MarkGraded(NbGraderPreprocessor):
    """Last in the autograde chain: say that nbgrader has saved this student's grades."""

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        """Print :data:`GRADED_PREFIX` and the student id; change nothing."""
        print(f"{GRADED_PREFIX} {resources['nbgrader']['student']}", flush=True)
        return nb, resources


def load_course_config(course_root: Path) -> Any:
    """The traitlets configuration of the course folder's ``nbgrader_config.py``."""
    return PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()


def execute_one(course_root: str, notebook_path: str, result_stem: str) -> str:
    """Execute one sanitized notebook as nbgrader would, and store the result or the error.

    Runs in a worker process. The notebook runs in its own folder, as in ``nbgrader
    autograde``, with the course's ``Execute`` and ``LimitedExecute`` settings.

    Returns
    -------
    str
        The notebook's path, for progress reporting.
    """
    path, stem = Path(notebook_path), Path(result_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    notebook = nbformat.read(path, as_version=nbformat.NO_CONVERT)
    key = fingerprint(notebook)
    try:
        executor = LimitedExecute(config=load_course_config(Path(course_root)))
        with setenv(NBGRADER_EXECUTION="autograde"):  # as nbgrader's autograde sets it
            notebook, _ = executor.preprocess(notebook, {"metadata": {"path": str(path.parent)}})
    except Exception as error:  # noqa: BLE001 -- any failure is the student's, recorded for step 3
        write_atomically(stem.with_suffix(".error.json"),
                          json.dumps({"fingerprint": key, "error": f"{type(error).__name__}: {error}"}))
        return notebook_path
    notebook.metadata["mlpath_fingerprint"] = key
    write_atomically(stem.with_suffix(".ipynb"), nbformat.writes(notebook))
    return notebook_path


def _stored_result(stem: Path, key: str) -> NotebookNode | str | None:
    """The pool's result for the notebook with fingerprint ``key``: executed, failed, or none.

    Returns
    -------
    NotebookNode, str or None
        The executed notebook; the error that stopped it; or None when no result matches.
    """
    error, executed = stem.with_suffix(".error.json"), stem.with_suffix(".ipynb")
    if error.exists():
        record = json.loads(error.read_text())
        if record.get("fingerprint") == key:
            return str(record["error"])
    if executed.exists():
        done = nbformat.read(executed, as_version=nbformat.NO_CONVERT)
        if done.metadata.get("mlpath_fingerprint") == key:
            return done
    return None


def _already_executed(notebook_path: str, result_stem: str) -> bool:
    """Whether an earlier, interrupted run left a result for exactly this notebook."""
    key = fingerprint(nbformat.read(notebook_path, as_version=nbformat.NO_CONVERT))
    return _stored_result(Path(result_stem), key) is not None


def _grading_chain(config: Any) -> list[str]:
    """The course's autograde preprocessors with :class:`PrecomputedExecute` executing."""
    chain = list(config.Autograde.get("autograde_preprocessors", []))
    if _EXECUTE not in chain:
        raise SystemExit(f"The course configuration's c.Autograde.autograde_preprocessors must "
                         f"include {_EXECUTE} (see nbgrader_config.py); found {chain}.")
    return ["mlpath.pooled.PrecomputedExecute" if name == _EXECUTE else name for name in chain]


def _run_autograde(assignment: str, preprocessors: list[str], extra: dict[str, Any],
                   exclude: frozenset[str]) -> int:
    """Run nbgrader's AutogradeApp in this process with the given autograde preprocessors."""
    app = AutogradeApp()
    app.initialize([assignment, "--force", f"--CourseDirectory.student_id_exclude={','.join(sorted(exclude))}"])
    app.config.Autograde.autograde_preprocessors = preprocessors
    for section, values in extra.items():
        for name, value in values.items():
            setattr(app.config[section], name, value)
    try:
        app.start()
    except SystemExit as stop:  # nbgrader exits 1 when some student could not be graded
        return int(stop.code or 0)
    return 0


def _die_with_parent() -> None:
    """Pool worker start-up: be killed when the grading process dies (Linux), never orphaned."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _run_pool(jobs: list[tuple[str, str, str]], workers: int) -> list[tuple[str, str, str]]:
    """Execute jobs in one pool; return those lost because a worker process was killed."""
    lost = []
    # "spawn": a forked copy of this process would share nbgrader's database engine and the
    # kernels' ZeroMQ context.
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=_die_with_parent)
    try:
        futures = {pool.submit(execute_one, *job): job for job in jobs}
        for future in as_completed(futures):
            job = futures[future]
            try:
                future.result()
            except BrokenProcessPool:
                lost.append(job)
                continue
            print(f"{PROGRESS_PREFIX} {Path(job[1]).parents[1].name}", flush=True)
    except BaseException:
        # Ctrl-C: stop now rather than wait for the notebooks in progress; what finished is kept.
        for process in list(getattr(pool, "_processes", {}).values()):  # no public way to kill them
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()
    return lost


def _execute_all(jobs: list[tuple[str, str, str]], workers: int) -> None:
    """Execute every job, surviving a submission that kills the process running it.

    A killed worker breaks the whole pool and every unfinished job with it. Those run again,
    each alone, so that only a notebook that kills its worker again is recorded as failed.
    """
    for job in _run_pool(jobs, workers):
        if _run_pool([job], 1):
            notebook = nbformat.read(job[1], as_version=nbformat.NO_CONVERT)
            Path(job[2]).parent.mkdir(parents=True, exist_ok=True)
            Path(job[2]).with_suffix(".error.json").write_text(json.dumps(
                {"fingerprint": fingerprint(notebook),
                 "error": "WorkerKilledError: the notebook killed the process executing it, twice"}))
            print(f"{PROGRESS_PREFIX} {Path(job[1]).parents[1].name}", flush=True)


def pooled_autograde(assignment: str, workers: int, course_root: Path = Path("."),
                     exclude: frozenset[str] = frozenset()) -> int:
    """Sanitize, execute in a pool, then grade with nbgrader; see the module's docstring.

    Parameters
    ----------
    assignment : str
    workers : int
        Worker processes executing notebooks, at least 1.
    course_root : Path
        The course folder; nbgrader reads its configuration from the working directory,
        so call this from there.
    exclude : frozenset of str
        Students to leave untouched (nbgrader's ``student_id_exclude``).

    Returns
    -------
    int
        nbgrader's exit code of the grading step: 1 when some student could not be graded.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}.")
    root = course_root.resolve()
    _run_autograde(assignment, ["nbgrader.preprocessors.CheckCellMetadata"], {}, exclude)
    # Executed notebooks are kept until the grades are saved: a run interrupted after
    # executing half the class starts again from the other half.
    results = root / "autograded" / f".mlpath-executed-{assignment}"
    jobs = []
    for path in sorted((root / "autograded").glob(f"*/{assignment}/*.ipynb")):
        student = path.parents[1].name
        if student in exclude:
            continue
        job = (str(root), str(path), str(_result_stem(results, student, path.stem)))
        if _already_executed(*job[1:]):
            print(f"{REUSED_PREFIX} {student}", flush=True)
        else:
            jobs.append(job)
    _execute_all(jobs, workers)
    code = _run_autograde(assignment, _grading_chain(load_course_config(root)),
                          {"PrecomputedExecute": {"results_dir": str(results)}}, exclude)
    shutil.rmtree(results, ignore_errors=True)
    return code


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m mlpath.pooled ASSIGNMENT --workers N`` in a course folder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--CourseDirectory.student_id_exclude", dest="exclude", default="",
                        help="comma-separated students to leave untouched, as in nbgrader")
    args = parser.parse_args(argv)
    return pooled_autograde(args.assignment, args.workers,
                            exclude=frozenset(s for s in args.exclude.split(",") if s))


if __name__ == "__main__":
    sys.exit(main())
