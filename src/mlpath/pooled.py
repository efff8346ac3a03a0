"""Autograde a class with nbgrader, executing the notebooks in a pool of worker processes.

nbgrader's ``autograde`` converts one submission after another: sanitize it (restore the
locked cells from the gradebook), execute it, then record its grades. Execution is nearly all
of the time and never touches the gradebook, so this module runs nbgrader's own
``AutogradeApp`` twice, with a pool of ``workers`` processes executing in the background:

1. **sanitize** every submission, with the autograde preprocessors reduced to nbgrader's
   metadata check: each cleaned notebook lands in ``autograded/<student>/<assignment>/``
   and goes to the pool at once (nbgrader's ``post_convert_hook``);
2. **execute** those notebooks in the pool, each with the course's executing preprocessor
   (:class:`mlpath.limits.LimitedExecute`, nbgrader's ``Execute`` with limits), the course's
   configuration and the same working folder nbgrader uses;
3. **grade**: autograde again with :class:`PrecomputedExecute` in place of it. It
   hands nbgrader the notebook the pool executed — or executes it itself when the pool has
   no result for exactly this notebook — and nbgrader's own preprocessors save the grades.
   Each student is graded as soon as the pool is done with them (:class:`WaitingAutograde`),
   so this process grades while the pool executes the rest of the class.

The scores are nbgrader's: the same preprocessors run on the same notebooks; only where the
execution happens changes. The executed notebooks wait in ``autograded/.mlpath-executed-<assignment>/``
until the grades are saved, so an interrupted run resumes with the notebooks it has not
executed yet; a notebook that kills its worker process is retried alone, then recorded
as failed. Run it as ``python -m mlpath.pooled ASSIGNMENT --workers N`` from
a course folder; :meth:`mlpath.grading.Course.autograde` does.
"""

from __future__ import annotations

import argparse
import ctypes
import functools
import hashlib
import json
import os
import shutil
import signal
import sys
import threading
from collections import Counter, deque
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import nbformat
from nbformat import NotebookNode
from nbgrader.apps import AutogradeApp, autogradeapp
from nbgrader.converters import Autograde
from nbgrader.preprocessors import NbGraderPreprocessor
from nbgrader.utils import setenv
from traitlets import Any as AnyTrait
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


#: One notebook for the pool: (course root, sanitized notebook, result stem).
Job = tuple[str, str, str]


def _student(job: Job) -> str:
    """The student a job's notebook belongs to: ``autograded/<student>/<assignment>/<notebook>``."""
    return Path(job[1]).parents[1].name


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
        sys.stdout.write(f"{GRADED_PREFIX} {resources['nbgrader']['student']}\n")  # one write: see _say
        sys.stdout.flush()
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


def _kill(pool: ProcessPoolExecutor) -> None:
    """Stop a pool now rather than wait for the notebooks in progress."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):  # no public way to kill them
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


def _say(prefix: str, job: Job) -> None:
    """Print one progress line in one write: two threads print, and lines must not mix."""
    sys.stdout.write(f"{prefix} {_student(job)}\n")
    sys.stdout.flush()


class BackgroundPool:
    """Execute notebooks in worker processes while this process sanitizes and grades.

    Jobs arrive one student at a time (:meth:`add`) and :meth:`wait_for` blocks until a
    student's notebooks are executed. At most ``workers`` jobs are in the pool at once: a
    notebook that kills its worker process breaks the whole pool, and then only the notebooks
    running at that moment are suspects. Each of them runs again alone; one that kills its
    worker again is recorded as failed, and the rest of the class goes on in a new pool.

    Parameters
    ----------
    workers : int
        Worker processes, at least 1.
    """

    def __init__(self, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}.")
        self._workers = workers
        self._queue: deque[Job] = deque()
        self._pending: Counter[str] = Counter()
        self._changed = threading.Condition()
        self._closed = self._stopped = self._finished = False
        self._pool: ProcessPoolExecutor | None = None
        self._thread = threading.Thread(target=self._run, name="mlpath-pool", daemon=True)
        self._thread.start()

    def __deepcopy__(self, memo: dict[int, Any]) -> BackgroundPool:
        """Itself: nbgrader's configuration, which carries the pool's callbacks, is deep-copied."""
        return self

    def add(self, job: Job) -> None:
        """Queue one notebook: ``(course root, sanitized notebook, result stem)``."""
        with self._changed:
            self._queue.append(job)
            self._pending[_student(job)] += 1
            self._changed.notify_all()

    def close(self) -> None:
        """No more jobs will come: the pool ends once the queue is done."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def wait_for(self, student: str) -> None:
        """Block until every notebook queued for ``student`` is executed (or the pool ended)."""
        with self._changed:
            self._changed.wait_for(lambda: self._finished or not self._pending[student])

    def stop(self) -> None:
        """Kill the workers and drop what is queued (Ctrl-C); finished results are kept."""
        with self._changed:
            self._stopped = True
            self._changed.notify_all()
            pool = self._pool
        if pool is not None:
            _kill(pool)

    def join(self) -> None:
        """Wait for the pool to finish its queue; call :meth:`close` first."""
        self._thread.join()

    def _new_pool(self, workers: int) -> ProcessPoolExecutor:
        # "spawn": a forked copy of this process would share nbgrader's database engine and the
        # kernels' ZeroMQ context.
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                   initializer=_die_with_parent)
        with self._changed:
            self._pool = pool
        return pool

    def _done(self, job: Job) -> None:
        _say(PROGRESS_PREFIX, job)
        with self._changed:
            self._pending[_student(job)] -= 1
            self._changed.notify_all()

    def _run(self) -> None:
        """The pool's thread: keep ``workers`` jobs running until the queue is closed and empty."""
        try:
            self._execute_queue()
        except BaseException as error:  # noqa: BLE001 -- the grading pass executes what is left itself
            if self._stopped:  # killed by stop(): its futures end cancelled or broken
                return
            print(f"[mlpath] the worker pool stopped ({type(error).__name__}: {error}); "
                  f"nbgrader executes the remaining notebooks itself.", file=sys.stderr, flush=True)
            if self._pool is not None:
                _kill(self._pool)
        finally:
            with self._changed:
                self._finished = True
                self._changed.notify_all()

    def _execute_queue(self) -> None:
        running: dict[Future[str], Job] = {}
        pool = None
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._stopped or self._queue or self._closed or running)
                if self._stopped:
                    return
                starting = [self._queue.popleft() for _ in range(min(len(self._queue), self._workers - len(running)))]
                if not running and not starting:  # closed, and nothing left
                    break
                # A worker is free while nbgrader may still queue jobs: look at the queue again soon.
                poll = 0.1 if len(running) + len(starting) < self._workers and not self._closed else None
            for job in starting:  # outside the lock: the first submit starts the worker processes
                pool = pool or self._new_pool(self._workers)
                running[pool.submit(execute_one, *job)] = job
            finished, _ = wait(running, timeout=poll, return_when=FIRST_COMPLETED)
            if not any(isinstance(future.exception(), BrokenProcessPool) for future in finished):
                for future in finished:
                    self._done(running.pop(future))
                continue
            # Every running notebook fails with the broken pool: those that did not finish are suspects.
            suspects = []
            for future in wait(running).done:
                if isinstance(future.exception(), BrokenProcessPool):
                    suspects.append(running[future])
                else:
                    self._done(running[future])
            running.clear()
            if pool is not None:
                pool.shutdown(wait=False)
            pool = None
            for job in suspects:
                self._retry_alone(job)
        if pool is not None:
            pool.shutdown()

    def _retry_alone(self, job: Job) -> None:
        """Execute a suspect in a pool of its own; record it as failed if it kills that one too."""
        if self._stopped:
            return
        pool = self._new_pool(1)
        killed = isinstance(pool.submit(execute_one, *job).exception(), BrokenProcessPool)
        pool.shutdown(wait=False)
        if self._stopped:
            return
        if killed:
            notebook = nbformat.read(job[1], as_version=nbformat.NO_CONVERT)
            write_atomically(Path(job[2]).with_suffix(".error.json"), json.dumps(
                {"fingerprint": fingerprint(notebook),
                 "error": "WorkerKilledError: the notebook killed the process executing it, twice"}))
        self._done(job)


class WaitingAutograde(Autograde):
    """nbgrader's ``Autograde`` converter, which touches a student's folder only once the pool is done with it.

    nbgrader removes and rebuilds ``autograded/<student>/<assignment>/`` before grading — the
    working folder of that student's kernel while the pool executes it — so the wait comes
    before nbgrader's ``init_destination``.
    """

    wait_for = AnyTrait(None, allow_none=True,
                        help="Called with a student id; returns once their notebooks are executed.").tag(config=True)

    def init_destination(self, assignment_id: str, student_id: str) -> bool:
        """Wait for the pool, then let nbgrader prepare the student's folder as usual."""
        if self.wait_for is not None:
            self.wait_for(student_id)
        return bool(super().init_destination(assignment_id, student_id))


@contextmanager
def _converter(converter: type[Autograde]) -> Iterator[None]:
    """Have nbgrader's ``AutogradeApp`` build ``converter``: its ``start()`` names the class it uses."""
    original = autogradeapp.Autograde
    autogradeapp.Autograde = converter
    try:
        yield
    finally:
        autogradeapp.Autograde = original


def _queue_sanitized(pool: BackgroundPool, root: Path, results: Path, *, assignment: str,
                     notebooks: list[str], **_: Any) -> None:
    """nbgrader's post-convert hook after sanitizing a student: send their notebooks to the pool.

    nbgrader calls it with the submitted notebooks' paths (its ``student`` argument is the
    ``*`` pattern, not the student, so the student comes from the path). A notebook an
    interrupted run already executed is not executed again.
    """
    for submitted in map(Path, notebooks):
        student = submitted.parents[1].name
        job = (str(root), str(root / "autograded" / student / assignment / submitted.name),
               str(_result_stem(results, student, submitted.stem)))
        if _already_executed(*job[1:]):
            _say(REUSED_PREFIX, job)
        else:
            pool.add(job)


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
    root = course_root.resolve()
    # Executed notebooks are kept until the grades are saved: a run interrupted after
    # executing half the class starts again from the other half.
    results = root / "autograded" / f".mlpath-executed-{assignment}"
    pool = BackgroundPool(workers)
    try:
        queue = functools.partial(_queue_sanitized, pool, root, results)
        _run_autograde(assignment, ["nbgrader.preprocessors.CheckCellMetadata"],
                       {"Autograde": {"post_convert_hook": queue}}, exclude)
        pool.close()
        with _converter(WaitingAutograde):
            code = _run_autograde(assignment, _grading_chain(load_course_config(root)),
                                  {"PrecomputedExecute": {"results_dir": str(results)},
                                   "WaitingAutograde": {"wait_for": pool.wait_for}}, exclude)
        pool.join()
    except BaseException:
        pool.stop()
        raise
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
