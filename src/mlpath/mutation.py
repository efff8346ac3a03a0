"""Grade a student's tests the way engineers are judged: by the bugs they catch.

A student writes a pytest file for one of the course's modules (:mod:`mlpath.reference`).
The grader runs that file -- with the rest of its ``tests/`` folder, ``conftest.py`` and
helper modules, as pytest would run it in the student's project -- in a separate process,
against

* the **reference** module -- good tests pass on correct code;
* **refactored** modules -- correct code written differently: tests that compare source
  text, floats with ``==`` or an error's exact wording fail here;
* **mutants** -- the reference with one seeded bug each (exposure forgotten, a lag off by one
  day): a good suite fails on every one of them. A mutant the suite passes on "survives", and
  the feedback names it with a hint of the test that would catch it.

The check functions at the end are what the assignment's test cells call; like
:mod:`mlpath.checks` they raise :class:`AssertionError` with teaching messages.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

#: Seconds one run of a student's test file (against every implementation) may take.
SUITE_TIMEOUT = 45.0


@dataclass(frozen=True)
class Mutant:
    """The reference module with one seeded bug.

    Attributes
    ----------
    name : str
        What the bug does, as feedback names it ("exposure forgotten").
    old, new : str
        The bug as a text replacement in the reference module; ``old`` occurs exactly once.
    hint : str
        The kind of test that catches it, for the feedback.
    """

    name: str
    old: str
    new: str
    hint: str


@dataclass(frozen=True)
class Target:
    """A module of the course's ``pricing`` package that students write tests for.

    Attributes
    ----------
    module : str
        Its name in ``pricing/`` and in :mod:`mlpath.reference` (``"lags"``).
    function : str
        The function under test, for messages.
    mutants : tuple of Mutant
        The seeded bugs a good suite catches.
    """

    module: str
    function: str
    mutants: tuple[Mutant, ...]

    def source(self, implementation: str) -> str:
        """Return the module's source for ``"reference"``, ``"refactored"`` or a mutant's name."""
        if implementation == "refactored":
            return _package_text("refactored", f"{self.module}.py")
        reference = _package_text(f"{self.module}.py")
        if implementation == "reference":
            return reference
        mutant = self.mutant(implementation)
        if reference.count(mutant.old) != 1:
            raise ValueError(f"mutant {mutant.name!r} of {self.module}: its text must occur once in the reference")
        return reference.replace(mutant.old, mutant.new)

    @property
    def mutant_names(self) -> list[str]:
        """The names of its mutants, in order."""
        return [mutant.name for mutant in self.mutants]

    def mutant(self, name: str) -> Mutant:
        """Return the mutant called ``name``."""
        for mutant in self.mutants:
            if mutant.name == name:
                return mutant
        raise KeyError(f"{self.module} has no mutant {name!r}")


def _package_text(*parts: str) -> str:
    return resources.files("mlpath.reference").joinpath(*parts).read_text(encoding="utf-8")


TARGETS: dict[str, Target] = {
    "frequency": Target("frequency", "expected_claims", (
        Mutant("exposure forgotten", "return exposure * np.exp(linear_predictor)",
               "return np.exp(linear_predictor)",
               "check that doubling a policy's exposure doubles its expected claims"),
        Mutant("exposure added instead of log(exposure)", "return exposure * np.exp(linear_predictor)",
               "return np.exp(linear_predictor + exposure)",
               "compare one policy with exposure 0.5 (not 1) with a value worked out by hand"),
        Mutant("intercept dropped", 'linear_predictor = coefficients["intercept"] + ',
               "linear_predictor = ",
               "use a non-zero intercept: with intercept 0 the bug is invisible"),
        Mutant("zero exposure accepted", "(exposure <= 0).any()", "(exposure < 0).any()",
               "check that an exposure of exactly 0 raises ValueError"),
        Mutant("negative exposure accepted", "(exposure <= 0).any()", "(exposure == 0).any()",
               "check that a negative exposure (a cancellation sent as -0.5 years) raises ValueError"),
        Mutant("missing exposure accepted", "np.isnan(exposure).any() or ", "",
               "check that a missing (NaN) exposure raises ValueError instead of pricing NaN"),
        Mutant("rating columns matched by position", "policies[features].to_numpy(dtype=float)",
               'policies.drop(columns="exposure").iloc[:, : len(features)].to_numpy(dtype=float)',
               "give the frame its columns in another order (or an extra column): the result must not change"),
    )),
    "lags": Target("lags", "add_lags", (
        Mutant("off by one day", ".shift(k)", ".shift(k - 1)",
               "check that lag_1 on a day equals the demand of the day before"),
        Mutant("looks ahead", ".shift(k)", ".shift(-k)",
               "check a lag's value against an EARLIER day's demand, not only that it is a number"),
        Mutant("lags cross from one product into another",
               'ordered.groupby("product")["demand"].shift(k)', 'ordered["demand"].shift(k)',
               "use two products: each product's first day must have a NaN lag"),
        Mutant("assumes rows sorted by date", 'ordered = out.sort_values(["product", "date"])', "ordered = out",
               "shuffle the rows: each row must keep the lag of its own date"),
        Mutant("first days filled with 0", ".shift(k)", ".shift(k, fill_value=0)",
               "check that the first k days of a product have NaN (unknown), not 0"),
        Mutant("lag 0 accepted", "if k < 1:", "if k < 0:",
               "check that lag 0 raises ValueError: it is the target itself"),
        Mutant("modifies its input", "out = sales.copy()", "out = sales",
               "check that the frame you pass in has no new columns afterwards"),
    )),
    "loading": Target("loading", "load_or_baseline", (
        Mutant("no fallback: registry errors escape", "except Exception as error:",
               "except LookupError as error:",
               "make a fake registry whose load raises ConnectionError and expect the baseline back"),
        Mutant("falls back only on ConnectionError", "except Exception as error:",
               "except ConnectionError as error:",
               "try another failure too, e.g. TimeoutError or a corrupt file's ValueError"),
        Mutant("falls back silently", "logger.warning(", "logger.debug(",
               "use pytest's caplog fixture and check a WARNING was logged"),
        Mutant("warning logged on the root logger, not on \"pricing\"", "logger.warning(", "logging.warning(",
               "check the warning's logger name (caplog.record_tuples, or record.name == \"pricing\")"),
        Mutant("warning does not name the model",
               '"could not load model %r (%s: %s); pricing with the baseline", name,',
               '"could not load the model (%s: %s); pricing with the baseline",',
               "check that the logged warning contains the model's name"),
        Mutant("always the baseline", "return registry.load(name)",
               "registry.load(name)\n        return baseline",
               "with a registry that works, the registry's model must come back, not the baseline"),
        Mutant("asks the registry twice", "return registry.load(name)",
               "registry.load(name)\n        return registry.load(name)",
               "use unittest.mock and assert_called_once_with(name)"),
    )),
    "tariff": Target("tariff", "premiums", (
        Mutant("loading forgotten", "np.maximum(pure * (1 + loading), minimum)", "np.maximum(pure, minimum)",
               "work one premium out by hand with the default loading of 25 %"),
        Mutant("loading added to the minimum premium too", "np.maximum(pure * (1 + loading), minimum)",
               "np.maximum(pure, minimum) * (1 + loading)",
               "check that a tiny risk pays exactly the minimum, 50.0, not 62.5"),
        Mutant("minimum premium ignored", "np.maximum(pure * (1 + loading), minimum)", "pure * (1 + loading)",
               "price a policy with almost no expected claims: it must still pay the minimum"),
        Mutant("minimum used as a cap", "np.maximum(", "np.minimum(",
               "price a large risk: its premium must be above the minimum, not cut down to it"),
        Mutant("rounded down instead of to the nearest cent",
               "np.round(np.maximum(pure * (1 + loading), minimum), 2)",
               "np.floor(np.maximum(pure * (1 + loading), minimum) * 100) / 100",
               "choose a premium whose third decimal is 5 or more (e.g. 123.456 → 123.46)"),
        Mutant("negative expected claims accepted", "np.isnan(expected).any() or (expected < 0).any()",
               "np.isnan(expected).any()", "check that a negative expected claim count raises ValueError"),
        Mutant("missing expected claims accepted", "np.isnan(expected).any() or ", "",
               "check that a NaN expected claim count raises ValueError instead of pricing at the minimum"),
        Mutant("zero severity accepted", "if not severity > 0:", "if severity < 0:",
               "check that a severity of 0 raises ValueError"),
    )),
}


@dataclass
class Run:
    """What one implementation made of the student's tests.

    Attributes
    ----------
    collected : int
        Tests pytest found.
    failed : list of str
        ``"test_name: first line of the failure"`` for each failing test.
    error : str
        A collection or usage error (the file did not import), or a missing run.
    """

    collected: int = 0
    failed: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def passed(self) -> bool:
        """True when tests ran and every one passed."""
        return self.collected > 0 and not self.failed and not self.error


@dataclass
class SuiteReport:
    """The student's test file run against several implementations.

    Attributes
    ----------
    runs : dict of str to Run
        By implementation: ``"reference"``, ``"refactored"`` or a mutant's name; runs that
        were skipped are absent.
    problem : str
        Why the file could not be run at all (not written, syntax error, time-out), or "".
    """

    runs: dict[str, Run] = field(default_factory=dict)
    problem: str = ""

    def survivors(self, target: Target) -> list[Mutant]:
        """The mutants the suite passed on: bugs it would let through."""
        return [m for m in target.mutants if self.runs.get(m.name, Run()).passed]


def precheck(test_file: Path) -> str:
    """Return why ``test_file`` cannot be a test suite, or "" when it can.

    Cheap and in-process: the blank notebook's ``raise NotImplementedError()`` and syntax
    errors are named here, without starting pytest.
    """
    if not test_file.is_file():
        return f"`{test_file}` does not exist: run the answer cell that writes it (it starts with `%%writefile`)."
    text = test_file.read_text(encoding="utf-8", errors="replace")
    try:
        tree = ast.parse(text)
    except SyntaxError as error:
        return f"`{test_file}` is not valid Python: {error.msg} on line {error.lineno}."
    tests = [node.name for node in ast.walk(tree)
             if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")]
    if not tests:
        return (f"`{test_file}` has no tests yet: pytest runs functions whose names start with `test_`"
                " (replace `raise NotImplementedError()` with them).")
    if any(isinstance(node, ast.Raise) and "NotImplementedError" in ast.unparse(node) for node in tree.body):
        return f"`{test_file}` still raises NotImplementedError when imported: delete that line."
    return ""


def run_suite(test_file: Path | str, target: Target, implementations: Sequence[str],
              timeout: float = SUITE_TIMEOUT, stop_at_first_caught: bool = False) -> SuiteReport:
    """Run a student's pytest file against each implementation of ``target``.

    The file runs as ``python -m pytest tests/<file>`` runs it in the student's project: with
    the rest of its ``tests/`` folder (``conftest.py``, helper modules, data), that folder
    and the project's folder importable, and the project's ``pricing/`` package with
    ``pricing/<module>.py`` replaced by each implementation in turn. All implementations run
    in one child process (one interpreter start), which is killed with everything it
    started if it runs past ``timeout``.

    Parameters
    ----------
    test_file : Path or str
        The student's test file, in their ``tests/`` folder (which is graded as a whole).
    target : Target
        The module the tests are for.
    implementations : sequence of str
        ``"reference"``, ``"refactored"`` and/or mutant names.
    timeout : float
        Seconds for the whole run.
    stop_at_first_caught : bool, default False
        Skip the remaining mutants once one is caught (enough to know the tests can fail).

    Returns
    -------
    SuiteReport
        Skipped runs are absent; runs a crash of the child process prevented carry an error.
    """
    test_file = Path(test_file)
    problem = precheck(test_file)
    if problem:
        return SuiteReport(problem=problem)
    with tempfile.TemporaryDirectory(prefix="mlpath-mutation-") as tmp:
        root = Path(tmp)
        copy_tests_folder(test_file.parent, root / "tests")
        (root / "tests" / test_file.name).write_bytes(test_file.read_bytes())
        (root / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        plan = {}
        for i, implementation in enumerate(implementations):
            package = root / f"impl{i}" / "pricing"
            _copy_python_files(test_file.parent.parent / "pricing", package)
            package.mkdir(parents=True, exist_ok=True)
            if not (package / "__init__.py").exists():
                (package / "__init__.py").write_text("", encoding="utf-8")
            (package / f"{target.module}.py").write_text(target.source(implementation), encoding="utf-8")
            plan[implementation] = str(package.parent)
        spec = root / "spec.json"
        spec.write_text(json.dumps({"root": tmp, "test": str(root / "tests" / test_file.name),
                                    "implementations": plan, "stop_at_first_caught": stop_at_first_caught}),
                        encoding="utf-8")
        child = subprocess.Popen([sys.executable, "-P", "-m", "mlpath.mutation_child", str(spec)],
                                 cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 start_new_session=True, env=_child_environment())
        try:
            output, _ = child.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)  # the tests may have started processes of their own
            child.communicate()
            return SuiteReport(problem=f"Your tests ran for more than {timeout:.0f} s and were stopped: look "
                                       "for a loop that never ends or a very large hypothesis search.")
        results = root / "results.json"
        found = json.loads(results.read_text(encoding="utf-8")) if results.exists() else {"done": False, "runs": {}}
    runs = {name: Run(**run) for name, run in found["runs"].items()}
    if not found["done"]:  # the tests killed pytest: what did not report is recorded as broken
        runs.update({name: Run(error=_stopped(output, child.returncode)) for name in implementations
                     if name not in runs})
    return SuiteReport(runs=runs)


#: Folders and files of a ``tests/`` folder that are caches, not the student's work.
_NOT_COPIED = ("__pycache__", ".pytest_cache", ".hypothesis", ".ipynb_checkpoints", "*.pyc")


def copy_tests_folder(folder: Path | str, destination: Path | str) -> None:
    """Copy a student's ``tests/`` folder as a whole: what pytest would find there locally.

    The graded test file runs beside everything it may rely on: ``conftest.py`` (shared
    fixtures, hypothesis profiles), helper modules it imports (``from fakes import
    FakeRegistry``), sub-folders and data files. Caches are left behind.

    Parameters
    ----------
    folder : Path or str
        The student's ``tests/`` folder (the graded file's folder).
    destination : Path or str
        Where the copy goes; created.
    """
    folder, destination = Path(folder), Path(destination)
    if folder.is_dir():
        shutil.copytree(folder, destination, ignore=shutil.ignore_patterns(*_NOT_COPIED), dirs_exist_ok=True)
    destination.mkdir(parents=True, exist_ok=True)


def _copy_python_files(package: Path, destination: Path) -> None:
    """Copy the ``.py`` files of the student's ``pricing/`` package, if there is one.

    Locally the tests import the whole package (a conftest may import the student's own
    modules); the module under test is then overwritten with each implementation.
    """
    if not package.is_dir():
        return
    for source in package.rglob("*.py"):
        if "__pycache__" in source.parts:
            continue
        target = destination / source.relative_to(package)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTEST_ADDOPTS", None)  # the course's own pytest options are not the student's
    env.pop("PYTEST_XDIST_WORKER", None)
    # Installed plugins (xdist, anyio, …) cost each of the child's sessions time and serve no
    # student test; the child loads hypothesis's plugin itself.
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return env


def _stopped(output: bytes, returncode: int | None) -> str:
    tail = output.decode(errors="replace").strip().splitlines()[-3:]
    return f"pytest stopped without a report (exit code {returncode}): " + " / ".join(tail)


# ---------------------------------------------------------------------------- checks


def _where(where: str) -> str:
    return f"\nWhere to look: {where}." if where else ""


def _failures(run: Run, limit: int = 3) -> str:
    if run.error:
        return "  " + run.error.strip().replace("\n", "\n  ")
    shown = [f"  • {line}" for line in run.failed[:limit]]
    if len(run.failed) > limit:
        shown.append(f"  … and {len(run.failed) - limit} more")
    return "\n".join(shown)


#: Signs, in a failure on correct code, of a mistake with a known fix: (pattern, advice).
_FAILURE_ADVICE = (
    (re.compile(r"\d\.\d{9,}"),
     "Two correct formulas can differ in the last digits (0.15000000000000002 against 0.15): compare "
     "floats with `pytest.approx(expected)`, not `==`."),
    (re.compile(r"\bnan\b.*==|==.*\bnan\b", re.IGNORECASE),
     "NaN is never equal to NaN, so `==` fails wherever a value is missing, even when both sides look the "
     "same: compare with `pd.testing.assert_series_equal` / `np.testing.assert_array_equal` (both NaN-aware) "
     "or test `pd.isna(...)` separately."),
    (re.compile(r"Called 0 times|to have been called|not called"),
     "Your mock was never called: patch the name where the code under test looks it up (the module's "
     "own `logger`, `pricing.loading.<name>`), not where it is defined, or check the log with caplog."),
)


def _advice(run: Run) -> str:
    """The known fixes a failure on correct code points to, one line each ("" for none)."""
    text = "\n".join([run.error, *run.failed])
    return "".join(f"\n{advice}" for pattern, advice in _FAILURE_ADVICE if pattern.search(text))


def _require_sound(report: SuiteReport, target: Target, where: str) -> Run:
    """Fail unless the suite ran and passed on the reference; return the reference run."""
    __tracebackhide__ = True
    if report.problem:
        raise AssertionError(report.problem + _where(where))
    reference = report.runs["reference"]
    if not reference.passed:
        what = "could not be run" if reference.error or not reference.collected else "fail"
        raise AssertionError(
            f"Your tests {what} on the course's correct `{target.function}` (pricing/{target.module}.py):\n"
            f"{_failures(reference) or '  no tests were collected'}{_advice(reference)}\n"
            f"A test must pass on correct code: work the expected values out by hand from the docstring, "
            f"then run the file with pytest and read the first failure.{_where(where)}")
    return reference


def _require_can_fail(report: SuiteReport, target: Target, where: str) -> None:
    __tracebackhide__ = True
    if len(report.survivors(target)) == len(target.mutants):
        raise AssertionError(
            f"Your tests pass on correct code, but they also pass on every buggy version of "
            f"`{target.function}` the grader tried: they cannot fail, so they protect nothing. Each test "
            f"needs an assert that compares the result with a value you worked out.{_where(where)}")


def check_tests_pass(test_file: Path | str, module: str, *, where: str) -> None:
    """The suite runs, passes on the reference, and catches at least one seeded bug."""
    __tracebackhide__ = True
    target = TARGETS[module]
    report = run_suite(test_file, target, ["reference", *target.mutant_names],
                       stop_at_first_caught=True)
    reference = _require_sound(report, target, where)
    _require_can_fail(report, target, where)
    print(f"✓ {reference.collected} tests pass on the correct {target.function} and can fail: "
          f"they catch at least one seeded bug")


def check_tests_catch_mutants(test_file: Path | str, module: str, *, where: str) -> None:
    """The suite fails on every mutant; the feedback names each one it lets through."""
    __tracebackhide__ = True
    target = TARGETS[module]
    report = run_suite(test_file, target, ["reference", *target.mutant_names])
    _require_sound(report, target, where)
    survivors = report.survivors(target)
    if survivors:
        listed = "\n".join(f"  • {m.name} — to catch it, {m.hint}" for m in survivors)
        raise AssertionError(
            f"Your tests pass on {len(survivors)} of the {len(target.mutants)} buggy versions of "
            f"`{target.function}`, so these bugs would reach production unnoticed:\n{listed}"
            f"{_where(where)}")
    print(f"✓ your tests catch all {len(target.mutants)} seeded bugs in {target.function}")


def check_tests_accept_correct_code(test_file: Path | str, module: str, *, where: str) -> None:
    """The suite passes on a correct implementation written differently, and can fail."""
    __tracebackhide__ = True
    target = TARGETS[module]
    report = run_suite(test_file, target, ["reference", "refactored", *target.mutant_names],
                       stop_at_first_caught=True)
    _require_sound(report, target, where)
    _require_can_fail(report, target, where)
    refactored = report.runs["refactored"]
    if not refactored.passed:
        raise AssertionError(
            f"Your tests fail on a correct `{target.function}` written differently:\n{_failures(refactored)}"
            f"{_advice(refactored)}\n"
            f"Test what the function does, not how: compare floats with pytest.approx (two correct "
            f"formulas can differ in the last digit), match an error's type and a key word rather than its "
            f"whole wording, and never the source code's text.{_where(where)}")


def install_course_modules(project: Path | str, modules: Sequence[str]) -> list[Path]:
    """Write the course's modules into ``<project>/pricing/`` and create ``<project>/tests/``.

    The assignment's set-up cell calls this so students can run their tests on the code they
    test (``python -m pytest tests``). Files the student writes (``validation.py`` …) are
    left alone; the course's modules are rewritten, so an edited copy cannot mislead.

    Parameters
    ----------
    project : Path or str
        The assignment's folder.
    modules : sequence of str
        Names in :data:`TARGETS`, e.g. ``["frequency", "lags"]``.

    Returns
    -------
    list of Path
        The files written.
    """
    project = Path(project)
    package = project / "pricing"
    package.mkdir(parents=True, exist_ok=True)
    (project / "tests").mkdir(exist_ok=True)
    init = package / "__init__.py"
    if not init.exists():
        init.write_text('"""The pricing service: the course\'s modules and yours."""\n', encoding="utf-8")
    written = []
    for module in modules:
        path = package / f"{module}.py"
        path.write_text(TARGETS[module].source("reference"), encoding="utf-8")
        written.append(path)
    return written
