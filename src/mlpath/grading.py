"""Grading a class with nbgrader: a course folder, its commands, and what they found.

Everything goes through nbgrader's own command line and gradebook, so what the tests and
the demo prove is what an instructor's ``nbgrader autograde`` does. Two nbgrader traps are
handled here rather than left to the instructor:

* a submission that is not a notebook (invalid JSON) makes ``autograde`` exit 1 and
  ``export`` write a silent 0; :meth:`Course.collect` checks every submission first and
  reports the broken ones by name, so they are never mistaken for "did not submit";
* a student whose notebook could not be executed (a kernel that died, a time-out) is left
  with empty grades; :meth:`Course.results` reports them as ungraded, with the reason.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbformat.reader import NotJSONError
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.nbgraderformat import MetadataValidator, ValidationError
from nbgrader.nbgraderformat.common import SchemaMismatchError

from mlpath.pooled import PROGRESS_PREFIX, REUSED_PREFIX

#: The repository's own nbgrader configuration, which every course folder builds on.
COURSE_CONFIG = Path(__file__).resolve().parents[2] / "nbgrader_config.py"
_SANITIZING = re.compile(r"Sanitizing .*?/submitted/(?P<student>[^/]+)/")
_FAILED = re.compile(r"There was an error processing assignment: .*?/submitted/(?P<student>[^/\s]+)/")
_EXCEPTION = re.compile(r"^\s*(?:RuntimeError: Executing the notebook failed: )?"
                        r"(?P<name>[A-Za-z_.]*(?:Error|Exception|Exit))\b:?\s*(?P<text>.*)$")

#: What an instructor reads for the exceptions that stop nbgrader grading one student.
_FAILURE_REASONS = {
    "DeadKernelError": "the kernel died while running the notebook (os._exit, a crash, or a kill in "
                       "the student's code)",
    "CellTimeoutError": "a cell ran past the time limit and the kernel did not stop when interrupted",
    "UnresponsiveKernelError": "the kernel stopped responding (an endless loop that ignores interrupts?)",
    "WorkerKilledError": "the notebook killed the grading process running it (os.kill on its parent?)",
}


@dataclass
class StudentResult:
    """What grading found for one student.

    Attributes
    ----------
    student : str
    score, max_score : float
        Autograded points so far (manual answers count once an instructor grades them).
    cell_scores : dict of str to float or None
        Score of each graded cell by ``grade_id``; None when it awaits manual grading.
    cell_max : dict of str to float
        Points each graded cell is worth.
    status : str
        ``"graded"``, ``"needs manual grading"`` or ``"not graded: <reason>"``.
    """

    student: str
    score: float = 0.0
    max_score: float = 0.0
    cell_scores: dict[str, float | None] = field(default_factory=dict)
    cell_max: dict[str, float] = field(default_factory=dict)
    status: str = "graded"

    @property
    def graded(self) -> bool:
        """False when nbgrader could not grade the submission (the status says why)."""
        return not self.status.startswith("not graded")


def notebook_problem(path: Path) -> str | None:
    """Say why a submitted file is not a gradable notebook, or return None if it is.

    Parameters
    ----------
    path : Path
        The submitted ``.ipynb`` file.

    Returns
    -------
    str or None
        A sentence an instructor can forward to the student, or None.
    """
    try:
        nb = nbformat.read(path, as_version=4)
    except (json.JSONDecodeError, NotJSONError):
        return ("the file is not valid notebook JSON (it was probably edited outside Jupyter or "
                "truncated); ask the student to download a fresh copy and resubmit")
    except Exception as error:  # noqa: BLE001 -- any unreadable file is reported, never raised
        return f"the notebook cannot be read ({type(error).__name__}: {error})"
    if not any("nbgrader" in cell.metadata for cell in nb.cells):
        return "the notebook has no nbgrader cells: was it created anew instead of fetched?"
    # nbgrader stops the WHOLE class (not just this student) on metadata its validator rejects:
    # a duplicated grade_id, another schema version. Run that validator here, on this file only.
    try:
        MetadataValidator().validate_nb(nb)
    except (ValidationError, SchemaMismatchError) as error:
        return (f"the notebook's nbgrader metadata is damaged ({error}): cells were copied, or their "
                "metadata edited; ask the student to fetch the assignment again and copy their answers in")
    return None


def link_problem(folder: Path, notebook: Path) -> str | None:
    """Say why a submitted folder is not plain data, or return None if it is.

    Grading copies the folder, as root, for the student's kernel: a symbolic link in it would
    be followed to whatever it names (the gradebook, the solutions, a classmate's work), a hard
    link is another name for a file elsewhere, and a pipe or a device is no file at all. A
    submission holds regular files and folders only; anything else is refused, not copied.

    Parameters
    ----------
    folder : Path
        ``submitted/<student>/<assignment>``.
    notebook : Path
        The notebook graded in it.

    Returns
    -------
    str or None
        A sentence naming the first such entry, or None.
    """
    resubmit = "submissions are data, not links: ask the student to submit the files themselves"
    for link in (folder.parent, folder):
        if link.is_symlink():
            return f"the submission folder {link.name} is a symbolic link ({os.readlink(link)}); {resubmit}"
    for directory, subfolders, files in os.walk(folder):  # never follows links
        for name in sorted(subfolders + files):
            path = Path(directory, name)
            shown = path.relative_to(folder)
            info = path.lstat()
            what = None
            if stat.S_ISLNK(info.st_mode):
                what = f"a symbolic link to {os.readlink(path)}"
            elif stat.S_ISDIR(info.st_mode):
                continue
            elif not stat.S_ISREG(info.st_mode):
                what = "a pipe, socket or device"
            elif info.st_nlink > 1:
                what = f"a hard link (one of {info.st_nlink} names of one file)"
            if what:
                if path == notebook:
                    return f"the notebook is not a regular file: it is {what}; {resubmit}"
                return f"the submission holds {shown}, which is not a regular file: it is {what}; {resubmit}"
    return None


def submission_problem(folder: Path, assignment: str, grade_ids: set[str] | None = None) -> str | None:
    """Say why a student's submitted folder cannot be graded, or return None if it can.

    Parameters
    ----------
    folder : Path
        ``submitted/<student>/<assignment>``.
    assignment : str
    grade_ids : set of str, optional
        The assignment's nbgrader cell ids; a notebook with others is refused (nbgrader would
        fail on it after sanitizing).

    Returns
    -------
    str or None
        A sentence naming the problem and what to do, or None.
    """
    expected = folder / f"{assignment}.ipynb"
    problem = link_problem(folder, expected)
    if problem:
        return problem
    if not expected.exists():
        others = sorted(p.name for p in folder.glob("*.ipynb"))
        if others:
            return (f"no {expected.name} in the submission, only {', '.join(others)}: the notebook "
                    f"was renamed; rename it back to {expected.name} in {folder} and grade again")
        return f"no {expected.name} in the submission"
    problem = notebook_problem(expected)
    if problem or grade_ids is None:
        return problem
    found = {c.metadata["nbgrader"].get("grade_id") for c in nbformat.read(expected, as_version=4).cells
             if "nbgrader" in c.metadata}
    unknown = sorted(str(g) for g in found - grade_ids)
    if unknown:
        return (f"the notebook has nbgrader cells that are not in the assignment ({', '.join(unknown)}): "
                "their grade_ids were edited; ask the student to fetch the assignment again and copy "
                "their answers in")
    return None


class Course:
    """An nbgrader course folder: ``source/``, ``release/``, ``submitted/``, a gradebook.

    Parameters
    ----------
    root : Path
        A folder with an ``nbgrader_config.py``: the repository itself, or one made by
        :meth:`create`.
    """

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        #: Everything the last nbgrader command logged, kept even when it was interrupted.
        self.last_log = ""
        if not (self.root / "nbgrader_config.py").exists():
            raise FileNotFoundError(f"{self.root} has no nbgrader_config.py: it is not a course folder.")

    @classmethod
    def create(cls, root: Path, *, timeout: int | None = None, notebook_timeout: int | None = None) -> "Course":
        """Make a new course folder that uses the repository's nbgrader configuration.

        Parameters
        ----------
        root : Path
            The folder; created if needed. Its ``nbgrader_config.py`` loads the repository's
            and points the course root, gradebook and exchange at this folder.
        timeout : int, optional
            Per-cell execution time-out in seconds, overriding the course configuration.
        notebook_timeout : int, optional
            Time budget of a whole notebook in seconds (see :mod:`mlpath.limits`).

        Returns
        -------
        Course
        """
        root = root.resolve()
        exchange = root / "exchange"
        exchange.mkdir(parents=True, exist_ok=True)
        lines = [
            "c = get_config()  # noqa: F821",
            f"load_subconfig({str(COURSE_CONFIG)!r})  # noqa: F821 -- the course's own settings",
            f"c.CourseDirectory.root = {str(root)!r}",
            f"c.CourseDirectory.db_url = 'sqlite:///{root / 'gradebook.db'}'",
            f"c.Exchange.root = {str(exchange)!r}",
        ]
        if timeout is not None:
            lines.append(f"c.Execute.timeout = {int(timeout)}")
        if notebook_timeout is not None:
            lines.append(f"c.LimitedExecute.notebook_timeout = {int(notebook_timeout)}")
        (root / "nbgrader_config.py").write_text("\n".join(lines) + "\n")
        return cls(root)

    @property
    def db_url(self) -> str:
        """The gradebook's SQLAlchemy URL."""
        return f"sqlite:///{self.root / 'gradebook.db'}"

    def nbgrader(self, *args: str, on_line: Callable[[str], None] | None = None
                 ) -> subprocess.CompletedProcess[str]:
        """Run one nbgrader command in the course folder and return what it did.

        Parameters
        ----------
        *args : str
            The command and its arguments, e.g. ``"autograde", "m1_statistics"``.
        on_line : callable, optional
            Called with each line nbgrader logs, as it logs it (for progress bars).

        Returns
        -------
        subprocess.CompletedProcess
            With ``returncode`` and the combined log in ``stdout``.
        """
        return self._python("nbgrader", *args, on_line=on_line)

    def _python(self, module: str, *args: str, on_line: Callable[[str], None] | None = None
                ) -> subprocess.CompletedProcess[str]:
        """Run ``python -m module args`` in the course folder, as :meth:`nbgrader` describes."""
        # nbgrader runs `alembic` and kernels by name: put this environment's bin first on
        # PATH, so it works when .venv is not activated. One BLAS thread per kernel keeps a
        # 2-core machine responsive while grading; passive OpenMP waiting stops a student's
        # `n_jobs=2` from spinning against the other kernels (a 0.3 s XGBoost fit took 9 s).
        bin_dir = str(Path(sys.executable).parent)
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""),
                   OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
                   OMP_WAIT_POLICY="PASSIVE")
        command = [sys.executable, "-m", module, *args]
        self.last_log = ""
        with subprocess.Popen(command, cwd=self.root, env=env, text=True, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT) as process:
            assert process.stdout is not None
            try:
                for line in process.stdout:
                    self.last_log += line
                    if on_line is not None:
                        on_line(line)
            except KeyboardInterrupt:
                # Let nbgrader stop as it does on Ctrl-C (it removes the half-graded student),
                # and keep what it logs meanwhile: it says which students were graded.
                process.send_signal(signal.SIGINT)
                try:
                    self.last_log += process.communicate(timeout=60)[0]
                except subprocess.TimeoutExpired:
                    process.kill()
                raise
        return subprocess.CompletedProcess(command, process.returncode, self.last_log, "")

    def _checked(self, *args: str) -> str:
        result = self.nbgrader(*args)
        if result.returncode:
            raise RuntimeError(f"`nbgrader {' '.join(args)}` failed:\n{result.stdout[-3000:]}")
        return result.stdout

    def add_source(self, assignment: str, source_dir: Path) -> None:
        """Copy an assignment's source folder into this course."""
        shutil.copytree(source_dir, self.root / "source" / assignment, dirs_exist_ok=True)

    def generate(self, assignment: str) -> Path:
        """Run ``nbgrader generate_assignment`` and return the release folder."""
        self._checked("generate_assignment", assignment, "--force")
        return self.root / "release" / assignment

    def release(self, assignment: str) -> None:
        """Run ``nbgrader release_assignment``: students can now fetch it."""
        self._checked("release_assignment", assignment, "--force")

    def submit(self, student: str, assignment: str, notebook: NotebookNode | str,
               when: datetime | None = None) -> Path:
        """Place one student's notebook where ``nbgrader collect`` would put it.

        Parameters
        ----------
        student, assignment : str
        notebook : NotebookNode or str
            The notebook, or raw text (to simulate a corrupted file).
        when : datetime, optional
            Submission time; defaults to now.

        Returns
        -------
        Path
            The submitted notebook file.
        """
        folder = self.root / "submitted" / student / assignment
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{assignment}.ipynb"
        if isinstance(notebook, str):
            path.write_text(notebook)
        else:
            nbformat.write(notebook, path)
        stamp = (when or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M:%S.%f %Z")
        (folder / "timestamp.txt").write_text(stamp)
        return path

    def students(self, assignment: str) -> list[str]:
        """Every student with a folder in ``submitted/`` for ``assignment``, sorted."""
        return sorted(p.parent.name for p in (self.root / "submitted").glob(f"*/{assignment}") if p.is_dir())

    def check_submissions(self, assignment: str) -> dict[str, str]:
        """Find the submissions nbgrader cannot grade, without touching any of them.

        Returns
        -------
        dict of str to str
            Student id to the reason their submission cannot be graded. Grading leaves them
            out (nbgrader's ``student_id_exclude``), so one broken file never stops the class.
        """
        source = nbformat.read(self.root / "source" / assignment / f"{assignment}.ipynb", as_version=4)
        grade_ids = {c.metadata["nbgrader"]["grade_id"] for c in source.cells if "nbgrader" in c.metadata}
        problems = {}
        for student in self.students(assignment):
            problem = submission_problem(self.root / "submitted" / student / assignment, assignment, grade_ids)
            if problem:
                problems[student] = problem
        return problems

    def autograde(self, assignment: str, on_student: Callable[[str], None] | None = None,
                  workers: int | None = None, exclude: Iterable[str] = ()) -> subprocess.CompletedProcess[str]:
        """Autograde every submission with nbgrader, in one call (its start-up is paid once).

        Parameters
        ----------
        assignment : str
        on_student : callable, optional
            Called with each student id as their notebook starts (one worker) or finishes
            executing (several).
        workers : int, optional
            None: ``nbgrader autograde`` itself, in one process. A number: :mod:`mlpath.pooled`
            executes that many notebooks at a time in worker processes and nbgrader grades
            them — the same scores, and a notebook that kills the process running it costs
            only its own grade.
        exclude : iterable of str
            Students to leave untouched (broken submissions, or ones already graded).

        Returns
        -------
        subprocess.CompletedProcess
            nbgrader's exit code and log; a non-zero code means some student could not be
            graded, which :meth:`results` reports by name.
        """
        left_out = f"--CourseDirectory.student_id_exclude={','.join(sorted(exclude))}"
        if workers is not None:

            def executed(line: str) -> None:
                for prefix in (f"{PROGRESS_PREFIX} ", f"{REUSED_PREFIX} "):
                    if line.startswith(prefix) and on_student is not None:
                        on_student(line[len(prefix):].strip())

            return self._python("mlpath.pooled", assignment, "--workers", str(workers), left_out,
                                on_line=executed)

        def watch(line: str) -> None:
            match = _SANITIZING.search(line)
            if match and on_student is not None:
                on_student(match["student"])

        return self.nbgrader("autograde", assignment, "--force", left_out, on_line=watch)

    def generate_feedback(self, assignment: str) -> Path:
        """Write each student's HTML feedback and return the feedback folder."""
        self._checked("generate_feedback", assignment, "--force")
        return self.root / "feedback"

    def autograded_notebook(self, student: str, assignment: str) -> NotebookNode:
        """Read a student's notebook as the grader executed it, outputs included."""
        return nbformat.read(self.root / "autograded" / student / assignment / f"{assignment}.ipynb",
                             as_version=4)

    def results(self, assignment: str, students: Iterable[str],
                reasons: dict[str, str] | None = None) -> list[StudentResult]:
        """Read each student's grades from the gradebook.

        Parameters
        ----------
        assignment : str
        students : iterable of str
            Every student expected to have a graded submission.
        reasons : dict of str to str, optional
            Why grading failed for some students (see :func:`failure_reasons`).

        Returns
        -------
        list of StudentResult
            In the order given; a student missing from the gradebook, or whose cells have no
            score at all, is ``"not graded"``.
        """
        output = []
        with Gradebook(self.db_url) as gradebook:
            for student in students:
                result = StudentResult(student)
                try:
                    submission = gradebook.find_submission(assignment, student)
                except MissingEntry:
                    result.status = "not graded: no autograded submission in the gradebook"
                    output.append(result)
                    continue
                grades = [grade for nb in submission.notebooks for grade in nb.grades]
                # None marks a written answer awaiting its grader. A code cell nbgrader could not
                # score (its test cell was deleted) counts at its current score, 0 until reviewed.
                result.cell_scores = {g.name: (None if g.needs_manual_grade and g.cell.cell_type == "markdown"
                                               else g.score) for g in grades}
                result.cell_max = {g.name: g.max_score for g in grades}
                result.score = float(submission.score)
                result.max_score = float(submission.max_score)
                if grades and all(g.auto_score is None and g.manual_score is None for g in grades):
                    reason = (reasons or {}).get(student, "the notebook could not be executed (time-out or crash)")
                    result.status = f"not graded: {reason}"
                elif submission.needs_manual_grade:
                    result.status = "needs manual grading"
                output.append(result)
        return output


def failure_reasons(log: str) -> dict[str, str]:
    """Read from nbgrader's autograde log why it could not grade each failed student.

    Parameters
    ----------
    log : str
        The combined output of ``nbgrader autograde`` (or :mod:`mlpath.pooled`).

    Returns
    -------
    dict of str to str
        Student id to a sentence naming the failure, e.g. that the kernel died.
    """
    reasons: dict[str, str] = {}
    student = None
    for line in log.splitlines():
        failed = _FAILED.search(line)
        if failed:
            student = failed["student"]
            continue
        if student is None:
            continue
        if line.startswith("[") and "Traceback" not in line:
            student = None  # the traceback ended without a recognisable exception line
            continue
        exception = _EXCEPTION.match(line)
        if exception and not line.lstrip().startswith("File "):
            name = exception["name"].rsplit(".", 1)[-1]
            reasons[student] = _FAILURE_REASONS.get(name, f"{name}: {exception['text'].strip()}"[:300])
            student = None
    return reasons


def write_grades_csv(results: Iterable[StudentResult], rejected: dict[str, str], path: Path) -> None:
    """Write one row per student with score, maximum and status; rejected ones say why.

    Unlike ``nbgrader export``, a submission that could not be graded never appears as a
    silent 0: its ``score`` is empty and its ``status`` gives the reason.
    """
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", "score", "max_score", "status"])
        for result in results:
            graded = result.graded
            writer.writerow([result.student, f"{result.score:g}" if graded else "",
                             f"{result.max_score:g}", result.status])
        for student, reason in sorted(rejected.items()):
            writer.writerow([student, "", "", f"not graded: {reason}"])
