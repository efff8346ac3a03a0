"""Autograde a class with nbgrader, executing the notebooks in a pool of worker processes.

nbgrader's ``autograde`` converts one submission after another: sanitize it (restore the
locked cells from the gradebook), execute it, then record its grades. Execution is nearly all
of the time and never touches the gradebook, so this module runs nbgrader's own
``AutogradeApp`` twice around a pool:

1. **sanitize** every submission, with the autograde preprocessors reduced to nbgrader's
   metadata check: each cleaned notebook lands in ``autograded/<student>/<assignment>/``;
2. **execute** those notebooks in ``workers`` processes, each with nbgrader's ``Execute``
   preprocessor, the course's configuration and the same working folder nbgrader uses;
3. **grade**: autograde again with :class:`PrecomputedExecute` in place of ``Execute``. It
   hands nbgrader the notebook the pool executed — or executes it itself when the pool has
   no result for exactly this notebook — and nbgrader's own preprocessors save the grades.

The scores are nbgrader's: the same preprocessors run on the same notebooks; only where the
execution happens changes. Run it as ``python -m mlpath.pooled ASSIGNMENT --workers N`` from
a course folder; :meth:`mlpath.grading.Course.autograde` does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode
from nbgrader.apps import AutogradeApp
from nbgrader.preprocessors import Execute
from nbgrader.utils import setenv
from traitlets import Unicode
from traitlets.config.loader import PyFileConfigLoader

#: Printed once per executed notebook, so a caller can draw a progress bar.
PROGRESS_PREFIX = "[mlpath] executed"

#: nbgrader's autograde preprocessors after ``Execute``, in nbgrader 0.9's order.
_AFTER_EXECUTE = [
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]


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


class PrecomputedExecute(Execute):
    """nbgrader's ``Execute``, which first looks for the notebook already executed by the pool."""

    results_dir = Unicode("", help="Folder of the pool's executed notebooks.").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        """Return the pool's execution of ``nb`` when there is one, else execute it here."""
        info = resources.get("nbgrader", {})
        stem = _result_stem(Path(self.results_dir), info.get("student", ""), info.get("notebook", ""))
        key = fingerprint(nb)
        executed, error = stem.with_suffix(".ipynb"), stem.with_suffix(".error.json")
        if error.exists():
            record = json.loads(error.read_text())
            if record["fingerprint"] == key:
                # The same failure sequential grading meets: nbgrader reports the student as
                # not graded and removes the half-done folder.
                raise RuntimeError(f"Executing the notebook failed: {record['error']}")
        if executed.exists():
            done = nbformat.read(executed, as_version=nbformat.NO_CONVERT)
            if done.metadata.get("mlpath_fingerprint") == key:
                del done.metadata["mlpath_fingerprint"]
                return done, resources
        self.log.warning("No pooled execution of %s matches; executing it here.", stem)
        return super().preprocess(nb, resources)


def load_course_config(course_root: Path) -> Any:
    """The traitlets configuration of the course folder's ``nbgrader_config.py``."""
    return PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()


def execute_one(course_root: str, notebook_path: str, result_stem: str) -> str:
    """Execute one sanitized notebook as nbgrader would, and store the result or the error.

    Runs in a worker process. The notebook runs in its own folder, as in ``nbgrader
    autograde``, with the course's ``Execute`` settings (time-out, kernel arguments).

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
        executor = Execute(config=load_course_config(Path(course_root)))
        with setenv(NBGRADER_EXECUTION="autograde"):  # as nbgrader's autograde sets it
            notebook, _ = executor.preprocess(notebook, {"metadata": {"path": str(path.parent)}})
    except Exception as error:  # noqa: BLE001 -- any failure is the student's, recorded for step 3
        stem.with_suffix(".error.json").write_text(json.dumps(
            {"fingerprint": key, "error": f"{type(error).__name__}: {error}"}))
        return notebook_path
    notebook.metadata["mlpath_fingerprint"] = key
    nbformat.write(notebook, stem.with_suffix(".ipynb"))
    return notebook_path


def _run_autograde(assignment: str, preprocessors: list[str], extra: dict[str, Any]) -> int:
    """Run nbgrader's AutogradeApp in this process with the given autograde preprocessors."""
    app = AutogradeApp()
    app.initialize([assignment, "--force"])
    app.config.Autograde.autograde_preprocessors = preprocessors
    for section, values in extra.items():
        for name, value in values.items():
            setattr(app.config[section], name, value)
    try:
        app.start()
    except SystemExit as stop:  # nbgrader exits 1 when some student could not be graded
        return int(stop.code or 0)
    return 0


def pooled_autograde(assignment: str, workers: int, course_root: Path = Path(".")) -> int:
    """Sanitize, execute in a pool, then grade with nbgrader; see the module's docstring.

    Parameters
    ----------
    assignment : str
    workers : int
        Worker processes executing notebooks, at least 1.
    course_root : Path
        The course folder; nbgrader reads its configuration from the working directory,
        so call this from there.

    Returns
    -------
    int
        nbgrader's exit code of the grading step: 1 when some student could not be graded.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}.")
    root = course_root.resolve()
    _run_autograde(assignment, ["nbgrader.preprocessors.CheckCellMetadata"], {})
    with tempfile.TemporaryDirectory(prefix="mlpath-executed-") as results:
        jobs = [(str(root), str(path), str(_result_stem(Path(results), path.parents[1].name, path.stem)))
                for path in sorted((root / "autograded").glob(f"*/{assignment}/*.ipynb"))]
        # "spawn": a forked copy of this process would share nbgrader's database engine and
        # the kernels' ZeroMQ context.
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            futures = [pool.submit(execute_one, *job) for job in jobs]
            for future in as_completed(futures):
                student = Path(future.result()).parents[1].name
                print(f"{PROGRESS_PREFIX} {student}", flush=True)
        return _run_autograde(
            assignment, ["mlpath.pooled.PrecomputedExecute", *_AFTER_EXECUTE],
            {"PrecomputedExecute": {"results_dir": results}})


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m mlpath.pooled ASSIGNMENT --workers N`` in a course folder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("assignment")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    return pooled_autograde(args.assignment, args.workers)


if __name__ == "__main__":
    sys.exit(main())
