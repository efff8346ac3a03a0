"""Hostile and broken submissions of ``m1_statistics``, each with the outcome grading must give.

Every submission is built from the real release notebook: the reference solutions filled in,
then one thing broken — an answer replaced by hostile code, a cell deleted or duplicated, the
metadata edited, the file itself damaged. Exercise 1 (``q1_prob_at_least``, 2 points) is the
answer replaced. :func:`build_class` writes them all into a course's ``submitted/`` beside a
student who submits the plain solution, and ``tests/test_hostile.py`` grades the class.

An :class:`Outcome` says what the instructor must see for that student: graded, with which
exercises losing points; or not graded, with a reason naming what happened; and whether the
submission is flagged for review by hand.
"""

from __future__ import annotations

import base64
import copy
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

from mlpath.assignments import solution_answers, with_answers

ASSIGNMENT = "m1_statistics"
TARGET = "q1_prob_at_least"


@dataclass(frozen=True)
class Outcome:
    """What grading must report for one submission.

    Attributes
    ----------
    lost : frozenset of str
        Exercises that must lose points (the rest keep all of theirs); ignored when not graded.
    not_graded : str or None
        When set, the student is not graded and the status contains this phrase.
    review : str or None
        When set, the status flags the submission for review with this phrase.
    any_score : bool
        The score is not checked (tampering that may win points is flagged instead).
    """

    lost: frozenset[str] = frozenset()
    not_graded: str | None = None
    review: str | None = None
    any_score: bool = False


@dataclass(frozen=True)
class Hostile:
    """One kind of hostile or broken submission."""

    name: str
    what: str
    write: Callable[[Path, NotebookNode, dict[str, str]], None]
    outcome: Outcome
    needs_sandbox: bool = False
    tags: tuple[str, ...] = field(default=())
    #: The outcome when the kernel runs in mlpath.sandbox, where it differs.
    sandboxed: Outcome | None = None

    def expected(self, sandboxed: bool) -> Outcome:
        """The outcome grading must give, with or without the sandbox."""
        return self.sandboxed if sandboxed and self.sandboxed else self.outcome


def _notebook_path(folder: Path) -> Path:
    return folder / f"{ASSIGNMENT}.ipynb"


def _answer(code: str) -> Callable[[Path, NotebookNode, dict[str, str]], None]:
    """Submit the solution with exercise 1's answer replaced by ``code``."""
    def write(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
        nbformat.write(with_answers(release, {**solutions, TARGET: code}), _notebook_path(folder))
    return write


def _edited(edit: Callable[[NotebookNode], None]) -> Callable[[Path, NotebookNode, dict[str, str]], None]:
    """Submit the solution after ``edit`` changed the notebook's cells or metadata."""
    def write(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
        notebook = with_answers(release, solutions)
        edit(notebook)
        nbformat.write(notebook, _notebook_path(folder))
    return write


#: A last cell that detaches sixty processes (each in a session of its own) spinning for ten
#: minutes, then returns: they must end with the kernel, and their slot's core is theirs alone.
#: Text of the spinners' own program, by which the test finds any that survive.
SPIN_MARKER = "while time.time() - start < 600:"
SPINNERS = ("import subprocess, sys\n"
             "spin = 'import time\\nstart = time.time()\\nwhile time.time() - start < 600:\\n    pass\\n'\n"
             "for _ in range(60):\n"
             "    subprocess.Popen([sys.executable, '-c', spin], start_new_session=True)\n")


def _leave_spinners(notebook: NotebookNode) -> None:
    notebook.cells.append(nbformat.v4.new_code_cell(SPINNERS))


def _answer_in_course(code: Callable[[Path], str]) -> Callable[[Path, NotebookNode, dict[str, str]], None]:
    """Like :func:`_answer`, with code that names the course folder's absolute path."""
    def write(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
        course_root = folder.resolve().parents[2]  # submitted/<student>/<assignment>
        nbformat.write(with_answers(release, {**solutions, TARGET: code(course_root)}), _notebook_path(folder))
    return write


def _raw(content: bytes) -> Callable[[Path, NotebookNode, dict[str, str]], None]:
    def write(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
        _notebook_path(folder).write_bytes(content)
    return write


def _cell_index(notebook: NotebookNode, grade_id: str) -> int:
    return next(i for i, c in enumerate(notebook.cells)
                if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _delete(grade_id: str) -> Callable[[NotebookNode], None]:
    def edit(notebook: NotebookNode) -> None:
        del notebook.cells[_cell_index(notebook, grade_id)]
    return edit


def _duplicate(grade_id: str) -> Callable[[NotebookNode], None]:
    def edit(notebook: NotebookNode) -> None:
        i = _cell_index(notebook, grade_id)
        twin = copy.deepcopy(notebook.cells[i])
        twin.id = twin.id + "-copy"
        notebook.cells.insert(i + 1, twin)
    return edit


def _edit_test(notebook: NotebookNode) -> None:
    notebook.cells[_cell_index(notebook, f"{TARGET}_tests")].source = "pass  # all good\n"


def _rename_ids(notebook: NotebookNode) -> None:
    for cell in notebook.cells:
        info = cell.metadata.get("nbgrader", {})
        if info.get("grade_id", "").startswith(TARGET):
            info["grade_id"] = info["grade_id"].replace(TARGET, "my_answer")


def _strip_metadata(notebook: NotebookNode) -> None:
    for cell in notebook.cells:
        cell.metadata.pop("nbgrader", None)


def _old_schema(notebook: NotebookNode) -> None:
    notebook.cells[_cell_index(notebook, TARGET)].metadata["nbgrader"]["schema_version"] = 1


def _renamed(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
    nbformat.write(with_answers(release, solutions), folder / f"{ASSIGNMENT} (1).ipynb")


def _extra_notebook(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
    nbformat.write(with_answers(release, solutions), _notebook_path(folder))
    scratch = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print('my scratch work')")])
    nbformat.write(scratch, folder / "scratch.ipynb")


def _nbformat3(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
    old = nbformat.convert(with_answers(release, solutions), 3)
    _notebook_path(folder).write_text(nbformat.writes(old, version=3))


def _non_utf8(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
    text = nbformat.writes(with_answers(release, solutions))
    _notebook_path(folder).write_bytes(text.replace("Exercise 1", "Exerc\udcffise 1").encode("utf-8", "surrogateescape"))


def _huge_image(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
    notebook = with_answers(release, solutions)
    # 100 MB of base64 PNG data attached to a markdown cell of the student's own.
    picture = nbformat.v4.new_markdown_cell("![my plot](attachment:plot.png)")
    picture.attachments = {"plot.png": {"image/png": "iVBORw0KGgo" + "A" * 100_000_000}}
    notebook.cells.insert(_cell_index(notebook, TARGET) + 1, picture)
    nbformat.write(notebook, _notebook_path(folder))


def _spy(relative: str) -> Callable[[Path, NotebookNode, dict[str, str]], None]:
    """Answer code that prints the start of a course file the student must not be able to read.

    It prints ``LEAKED`` only if the read succeeds; the test looks for that word.
    """
    return _answer_in_course(lambda root: (
        "from pathlib import Path\n"
        f"target = Path({str(root / relative)!r})\n"
        "print('LEAKED', target.read_bytes()[:200])\n"))


def _linked(make: Callable[[Path, Path], None]) -> Callable[[Path, NotebookNode, dict[str, str]], None]:
    """Submit the solution, then ``make(folder, course_root)`` puts a link or special file in it."""
    def write(folder: Path, release: NotebookNode, solutions: dict[str, str]) -> None:
        nbformat.write(with_answers(release, solutions), _notebook_path(folder))
        make(folder, folder.resolve().parents[2])
    return write


def _notebook_linked_to_classmate(folder: Path, course_root: Path) -> None:
    _notebook_path(folder).unlink()
    _notebook_path(folder).symlink_to(f"../../full/{ASSIGNMENT}/{ASSIGNMENT}.ipynb")


def _hard_link_to_solution(folder: Path, course_root: Path) -> None:
    (folder / "notes.ipynb").hardlink_to(course_root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")


#: The wrong answer most tampering cases pair with their attack.
_WRONG = "def prob_at_least(k, annual_rate, exposure):\n    return 0.5\n"
#: A patch that survives ``importlib.reload(mlpath.checks)``: reload itself is replaced.
_RELOAD_PATCH = ("import importlib, mlpath.checks\nimportlib.reload = lambda module: module\n"
                 "mlpath.checks.check_call = lambda *a, **k: None\n")
_FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "abcdefghijklmnopqrstuvwxyz"})
#: The same patch, its names in full-width letters (Python reads ｍｌｐａｔｈ as mlpath).
_RELOAD_PATCH_FULL_WIDTH = ("import ｉｍｐｏｒｔｌｉｂ, ｍｌｐａｔｈ.ｃｈｅｃｋｓ\n"
                            "ｉｍｐｏｒｔｌｉｂ.ｒｅｌｏａｄ = lambda module: module\n"
                            "ｍｌｐａｔｈ.ｃｈｅｃｋｓ.ｃｈｅｃｋ_ｃａｌｌ = lambda *a, **k: None\n")
_META_PATH = """import sys, types, importlib.machinery
class _Checks:
    def find_spec(self, name, path=None, target=None):
        if name == 'mlpath.checks':
            return importlib.machinery.ModuleSpec(name, self)
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        quiet = lambda *a, **k: None
        module.__dict__.update(check_call=quiet, check_value=quiet, require=quiet, Call=lambda *a, **k: None,
                               call_student=lambda f, c, **k: None)
sys.meta_path.insert(0, _Checks())
sys.modules.pop('mlpath.checks', None)
"""
_FRAME_READER = """import sys
def prob_at_least(k, annual_rate, exposure):
    frame = sys._getframe(1)
    while frame is not None:
        for value in list(frame.f_locals.values()):
            if hasattr(value, 'expected') and hasattr(value, 'args') and tuple(value.args) == (k, annual_rate, exposure):
                return value.expected
        frame = frame.f_back
    return 0.5
"""
_GC_HUNTER = """import gc
def prob_at_least(k, annual_rate, exposure):
    for value in gc.get_objects():
        if type(value).__name__ == 'Call' and tuple(getattr(value, 'args', ())) == (k, annual_rate, exposure):
            return value.expected
    return 0.5
"""
_UNPICKLE = """class Answer(float):
    def __reduce__(self):
        return (print, ('LEAKED: the grader unpickled a student object',))
def prob_at_least(k, annual_rate, exposure):
    return Answer(0.5)
"""
_TRANSFORMER = ("ip = get_ipython()\n"
                "ip.input_transformers_post.append(lambda lines: ['pass\\n'] if any('checks.' in l for l in lines) else lines)\n")
_SHOW_HISTORY = 'print("\\n\\n".join(In))\n'
_READ_NOTEBOOKS = ("import glob\nfor path in glob.glob('**/*.ipynb', recursive=True) + glob.glob('../**/*.ipynb', recursive=True):\n"
                   "    print(path, open(path, encoding='utf-8', errors='replace').read())\n")
_BASH_READS = "%%bash\ncat *.ipynb ../*/*.ipynb ../../*/*/*.ipynb 2>/dev/null\nls -la\n"


def _added_cell(code: str) -> Callable[[NotebookNode], None]:
    """Append a cell of the student's own (no nbgrader metadata) running ``code``."""
    def edit(notebook: NotebookNode) -> None:
        notebook.cells.append(nbformat.v4.new_code_cell(code))
    return edit


#: Where a submission's json.py tries to write, in the course folder; the test checks it is absent.
PLANTED_BY_LIBRARY = "written_by_a_students_json_py.txt"


def _shadows_json(folder: Path, course_root: Path) -> None:
    """A json.py beside the notebook: it writes into the course folder, then hands over the real json.

    The kernel's launcher runs as root in the student's folder; a Python that puts that folder
    first on its path would run this file as root, before any sandbox.
    """
    (folder / "json.py").write_text(
        "import os, sys\n"
        "try:\n"
        f"    open({str(course_root / PLANTED_BY_LIBRARY)!r}, 'w').write(f'uid {{os.getuid()}}')\n"
        "except OSError:\n"
        "    pass\n"
        "here = os.path.dirname(os.path.abspath(__file__))\n"
        "saved = list(sys.path)\n"
        "sys.path[:] = [p for p in sys.path if os.path.abspath(p or '.') != here]\n"
        "del sys.modules['json']\n"
        "import json as _real\n"
        "sys.path[:] = saved\n"
        "sys.modules['json'] = _real\n")


#: The file a submission tries to leave in a classmate's folder; the test checks it is absent.
PLANTED = "submitted/full/m1_statistics/planted_by_a_classmate.txt"

CORPUS: tuple[Hostile, ...] = (
    Hostile("loop_forever", "an infinite loop in an answer", _answer("while True:\n    pass\n"),
            Outcome(lost=frozenset({"q1"}))),
    Hostile("sleep_forever", "time.sleep forever", _answer("import time\ntime.sleep(10**6)\n"),
            Outcome(lost=frozenset({"q1"}))),
    Hostile("os_exit", "os._exit in an answer", _answer("import os\nos._exit(3)\n"),
            Outcome(not_graded="kernel died", review="stops the kernel")),
    Hostile("segfault", "a segmentation fault", _answer("import ctypes\nctypes.string_at(0)\n"),
            Outcome(not_graded="kernel died")),
    Hostile("kernel_killed", "the kernel killed mid-cell",
            _answer("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"),
            Outcome(not_graded="kernel died", review="stops the kernel")),
    Hostile("grader_killed", "kills the process that runs its kernel",
            _answer("import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n"),
            Outcome(not_graded="killed the grading process", review="stops the kernel"),
            # In the sandbox the kernel's parent is the sandbox's init, which ignores the signal.
            sandboxed=Outcome(lost=frozenset({"q1"}), review="stops the kernel")),
    Hostile("allocate_50gb", "allocates 50 GB", _answer("block = bytearray(50 * 2**30)\n"),
            Outcome(lost=frozenset({"q1"}))),
    # Every copy forks on for ever: the slot user's process limit holds the machine, the cell
    # runs out of time, and killing the kernel ends every copy (its PID namespace goes with it).
    Hostile("fork_bomb", "a fork bomb",
            _answer("import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"),
            Outcome(not_graded="ran past the time limit"), needs_sandbox=True),
    # 20 times the 1 MB kept per cell proves the cap; 200 MB once took longer than the test's
    # 10 s cell limit on a busy machine, which made the outcome depend on the machine's load.
    Hostile("print_20mb", "20 MB of printed output",
            _answer("for _ in range(200):\n    print('x' * 100_000)\n"), Outcome(lost=frozenset({"q1"}))),
    Hostile("sys_exit", "sys.exit() in an answer", _answer("import sys\nsys.exit()\n"),
            Outcome(lost=frozenset({"q1"}), review="stops the kernel")),
    Hostile("asks_input", "input() in an answer", _answer("age = int(input('Your age? '))\n"),
            Outcome(lost=frozenset({"q1"}))),
    Hostile("answer_deleted", "the answer cell deleted", _edited(_delete(TARGET)),
            Outcome(lost=frozenset({"q1"}))),
    Hostile("test_deleted", "a test cell deleted", _edited(_delete(f"{TARGET}_tests")),
            Outcome(lost=frozenset({"q1"}))),
    Hostile("cells_duplicated", "an answer cell duplicated (same grade_id)", _edited(_duplicate(TARGET)),
            Outcome(not_graded="Duplicate grade id")),
    Hostile("test_edited", "a locked test cell edited to pass", _edited(_edit_test), Outcome()),
    Hostile("ids_renamed", "grade_ids renamed", _edited(_rename_ids),
            Outcome(not_graded="not in the assignment")),
    Hostile("metadata_stripped", "nbgrader metadata stripped", _edited(_strip_metadata),
            Outcome(not_graded="no nbgrader cells")),
    Hostile("old_schema", "nbgrader metadata of another schema version", _edited(_old_schema),
            Outcome(not_graded="metadata is damaged")),
    Hostile("renamed", "the notebook renamed", _renamed, Outcome(not_graded="renamed")),
    Hostile("extra_notebook", "an extra notebook beside the real one", _extra_notebook, Outcome()),
    Hostile("empty_file", "an empty file", _raw(b""), Outcome(not_graded="not valid notebook JSON")),
    Hostile("invalid_json", "invalid JSON", _raw(b'{"cells": [{"cell_type": "code", "source": "x = 1"'),
            Outcome(not_graded="not valid notebook JSON")),
    Hostile("nbformat3", "a notebook saved in nbformat 3", _nbformat3, Outcome()),
    Hostile("non_utf8", "bytes that are not UTF-8", _non_utf8, Outcome(not_graded="cannot be read")),
    Hostile("image_100mb", "a 100 MB embedded image", _huge_image, Outcome()),
    Hostile("patches_checks", "monkeypatches mlpath.checks so checks pass",
            _answer("import mlpath.checks\nmlpath.checks.check_call = lambda *a, **k: None\n"
                    "def prob_at_least(k, annual_rate, exposure):\n    return 0.5\n"),
            Outcome(lost=frozenset({"q1"}), review="redefines the course's checks")),
    Hostile("patches_numpy", "monkeypatches numpy so comparisons pass",
            _answer("import numpy as np\nnp.isclose = lambda *a, **k: np.ones(np.shape(a[0]), dtype=bool)\n"
                    "def prob_at_least(k, annual_rate, exposure):\n    return 0.5\n"),
            Outcome(any_score=True, review="replaces a library function")),
    Hostile("redefines_assertion", "redefines AssertionError",
            _answer("import builtins\nbuiltins.AssertionError = type('AssertionError', (Warning,), {})\n"
                    "def prob_at_least(k, annual_rate, exposure):\n    return 0.5\n"),
            Outcome(any_score=True, review="builtins")),
    Hostile("swallows_errors", "hides the test cells' errors from the grader",
            _answer("get_ipython().set_custom_exc((Exception,), lambda *args, **kwargs: None)\n"
                    "def prob_at_least(k, annual_rate, exposure):\n    return 0.5\n"),
            Outcome(any_score=True, review="changes how cells run or errors are reported")),
    Hostile("reads_gradebook", "reads the gradebook", _spy("gradebook.db"),
            Outcome(lost=frozenset({"q1"})), needs_sandbox=True, tags=("leak",)),
    Hostile("reads_solution", "reads the source solution",
            _spy(f"source/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"),
            Outcome(lost=frozenset({"q1"})), needs_sandbox=True, tags=("leak",)),
    Hostile("reads_classmate", "reads another student's submission",
            _spy(f"submitted/full/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"),
            Outcome(lost=frozenset({"q1"})), needs_sandbox=True, tags=("leak",)),
    Hostile("writes_classmate", "writes into another student's folder",
            _answer_in_course(lambda root: f"open({str(root / PLANTED)!r}, 'w').write('gotcha')\n"),
            Outcome(lost=frozenset({"q1"})), needs_sandbox=True),
    # Submissions are data, not links: grading copies the folder as root, so a link would be
    # followed to what the student must not read. Refused before any code runs.
    Hostile("links_gradebook", "a symbolic link to the gradebook beside the notebook",
            _linked(lambda folder, root: (folder / "data.db").symlink_to("../../../gradebook.db")),
            Outcome(not_graded="data.db, which is not a regular file: it is a symbolic link")),
    Hostile("links_solution_folder", "a symbolic link to the source folder",
            _linked(lambda folder, root: (folder / "more").symlink_to(root / "source" / ASSIGNMENT)),
            Outcome(not_graded="more, which is not a regular file: it is a symbolic link")),
    Hostile("notebook_is_link", "the notebook is a symbolic link to a classmate's",
            _linked(_notebook_linked_to_classmate), Outcome(not_graded="the notebook is not a regular file")),
    Hostile("hard_link", "a hard link to the source solution", _linked(_hard_link_to_solution),
            Outcome(not_graded="it is a hard link")),
    Hostile("shadows_json", "a json.py beside the notebook that writes into the course folder when imported",
            _linked(_shadows_json), Outcome(), needs_sandbox=True),
    Hostile("named_pipe", "a named pipe beside the notebook",
            _linked(lambda folder, root: os.mkfifo(folder / "pipe")), Outcome(not_graded="a pipe, socket or device")),
    Hostile("opens_network", "opens a network connection",
            _answer("import socket\nsocket.create_connection(('pypi.org', 443), timeout=3).close()\n"
                    "print('LEAKED network reachable')\n"),
            Outcome(lost=frozenset({"q1"})), needs_sandbox=True, tags=("leak",)),
    # nbgrader reads the first execute_result of a test cell as its partial credit and stops
    # there: a hook that displays a number before every cell won q1's points with a wrong answer.
    Hostile("forged_result", "a hook that displays 1.0 before every cell runs",
            _answer("ip = get_ipython()\nip.events.register('pre_run_cell', lambda info: ip.displayhook(1.0))\n"
                    "def prob_at_least(k, annual_rate, exposure):\n    return 0.5\n"),
            Outcome(lost=frozenset({"q1"}), review="changes how cells run")),
    Hostile("leaves_spinners", "a last cell leaving 60 detached processes spinning for ten minutes",
            _edited(_leave_spinners), Outcome(), needs_sandbox=True),
    # The tests run in a checker kernel of their own (mlpath.bridge): nothing the student's code
    # does to its own interpreter reaches them. Each attack below beat tests that ran beside it.
    Hostile("input_transformer", "an input transformer that turns every test cell into `pass`",
            _answer(_TRANSFORMER + _WRONG), Outcome(lost=frozenset({"q1"}), review="changes how cells run")),
    Hostile("meta_path_finder", "an import finder that serves a fake mlpath.checks to every reload",
            _answer(_META_PATH + _WRONG), Outcome(lost=frozenset({"q1"}), review="uses the import machinery")),
    Hostile("sys_modules_swap", "a fake mlpath.checks put in sys.modules",
            _answer("import sys, types\nsys.modules['mlpath.checks'] = types.ModuleType('mlpath.checks')\n" + _WRONG),
            Outcome(lost=frozenset({"q1"}), review="uses the import machinery")),
    Hostile("reload_patched", "importlib.reload replaced, then the checks patched",
            _answer(_RELOAD_PATCH + _WRONG), Outcome(lost=frozenset({"q1"}), review="redefines the course's checks")),
    Hostile("full_width_patch", "the reload patch spelled in full-width letters",
            _answer(_RELOAD_PATCH_FULL_WIDTH + _WRONG),
            Outcome(lost=frozenset({"q1"}), review="redefines the course's checks")),
    Hostile("exec_base64", "the reload patch run from base64 with exec",
            _answer(f"import base64\nexec(base64.b64decode({base64.b64encode(_RELOAD_PATCH.encode())!r}))\n" + _WRONG),
            Outcome(lost=frozenset({"q1"}), review="runs code built at run time")),
    Hostile("frame_reader", "reads the expected value from the checker's stack frames",
            _answer(_FRAME_READER), Outcome(lost=frozenset({"q1"}), review="reads the interpreter's frames")),
    Hostile("gc_hunter", "hunts the checks' expected values among the interpreter's objects",
            _answer(_GC_HUNTER), Outcome(lost=frozenset({"q1"}), review="reads the interpreter's frames")),
    Hostile("endless_when_called", "a function that loops for ever when the test calls it",
            _answer("def prob_at_least(k, annual_rate, exposure):\n    while True:\n        pass\n"),
            Outcome(lost=frozenset({"q1"}))),
    Hostile("returns_pickle_bomb", "returns an object whose unpickling runs code",
            _answer(_UNPICKLE), Outcome(lost=frozenset({"q1"})), tags=("leak",)),
    Hostile("hook_in_added_cell", "the forged-result hook in a cell of the student's own",
            _edited(_added_cell("ip = get_ipython()\n"
                                "ip.events.register('pre_run_cell', lambda info: ip.displayhook(1.0))\n")),
            Outcome(review="changes how cells run")),
    Hostile("prints_history", "a last cell printing every cell the kernel ran (In)",
            _edited(_added_cell(_SHOW_HISTORY)), Outcome(), tags=("canary",)),
    Hostile("reads_notebooks", "a last cell printing every notebook file it can find",
            _edited(_added_cell(_READ_NOTEBOOKS)), Outcome(), tags=("canary",)),
    Hostile("bash_reads", "a %%bash cell printing the notebooks beside and above it",
            _edited(_added_cell(_BASH_READS)), Outcome(), tags=("canary",)),
)


def build_class(submitted: Path, release: NotebookNode, source: NotebookNode,
                corpus: tuple[Hostile, ...] = CORPUS) -> dict[str, Hostile]:
    """Write the solution student ``full`` and every corpus submission into ``submitted``.

    Returns
    -------
    dict of str to Hostile
        The hostile students by name.
    """
    solutions = solution_answers(source)
    students = {"full": _answer(solutions[TARGET]), **{h.name: h.write for h in corpus}}
    for name, write in students.items():
        folder = submitted / name / ASSIGNMENT
        folder.mkdir(parents=True, exist_ok=True)
        write(folder, release, solutions)
        (folder / "timestamp.txt").write_text("2026-11-24 09:00:00.000000 UTC")
    return {h.name: h for h in corpus}


def as_json(corpus: tuple[Hostile, ...] = CORPUS) -> str:
    """The corpus as a table an instructor can read: name, what, expected outcome."""
    return json.dumps([{"name": h.name, "what": h.what, "needs_sandbox": h.needs_sandbox,
                        "outcome": {"lost": sorted(h.outcome.lost), "not_graded": h.outcome.not_graded,
                                    "review": h.outcome.review}} for h in corpus], indent=1)
