"""The child process of :func:`mlpath.mutation.run_suite`: one pytest session per implementation.

Run as ``python -P -m mlpath.mutation_child spec.json``. The spec names the student's test
file and, per implementation, a folder holding ``pricing/<module>.py``. Each session starts
from a clean import state (the previous implementation and the test module are forgotten),
and the results are written to ``results.json`` beside the spec after every session, so a
test file that kills the process still leaves the runs before it on record. Runs the checks
would not read are skipped: all of them once the reference fails, and the remaining
mutants once one is caught when the spec asks only whether the tests can fail.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from mlpath.files import write_atomically
from mlpath.mutation import Run


class _Collector:
    """A pytest plugin recording what the session found, failed and could not import."""

    def __init__(self) -> None:
        self.collected = 0
        self.failed: list[str] = []
        self.errors: list[str] = []

    def pytest_sessionstart(self, session: pytest.Session) -> None:
        # Again: the tests folder's conftest.py (loaded by now, before the test module is
        # imported and its @given tests take their settings) may have loaded a profile of its own.
        _quiet_hypothesis()

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        self.collected = len(items)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.errors.append(_first_lines(report.longreprtext, 6))

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            crash = getattr(report.longrepr, "reprcrash", None)
            message = crash.message if crash is not None else str(report.longrepr)
            test = report.nodeid.split("::", 1)[-1]
            when = "" if report.when == "call" else f" (in {report.when})"
            self.failed.append(f"{test}{when}: {_first_lines(message, 2)}")


def _first_lines(text: str, n: int) -> str:
    return " ".join(line.strip() for line in text.strip().splitlines()[:n])[:400]


def _forget(root: str) -> None:
    """Drop the implementation and the test module from the import cache."""
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        if name == "pricing" or name.startswith("pricing.") or file.startswith(root):
            del sys.modules[name]


def _quiet_hypothesis() -> None:
    """Make property-based tests reproducible and quick to fail.

    Same examples every run, no example database, and no shrinking or explaining of a
    failure: grading needs only "did it fail", and hypothesis's explain phase traces pandas
    for seconds per failing test — seven mutants' worth ran past the time limit. Everything
    else (``max_examples``, health checks) stays as the active profile says, which may be
    one the student's ``conftest.py`` loaded.
    """
    if "hypothesis" not in sys.modules and importlib.util.find_spec("hypothesis") is None:
        return
    from hypothesis import Phase, settings

    settings.register_profile("mlpath-grading", settings(settings.default, database=None, derandomize=True,
                                                         deadline=None, print_blob=False,
                                                         phases=(Phase.explicit, Phase.reuse, Phase.generate)))
    settings.load_profile("mlpath-grading")


def main(spec_path: str) -> None:
    spec: dict[str, Any] = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    root = spec["root"]
    results: dict[str, dict[str, Any]] = {}
    out = Path(root) / "results.json"
    _quiet_hypothesis()
    # Plugin autoloading is off (see mlpath.mutation); hypothesis's plugin is the one students use.
    plugins = ["-p", "_hypothesis_pytestplugin"] if importlib.util.find_spec("_hypothesis_pytestplugin") else []
    for i, (name, folder) in enumerate(spec["implementations"].items()):
        _forget(root)
        # As `python -m pytest tests` in the student's project: the project's folder importable
        # (`from tests.helpers import ...`), and pytest's default import mode, which puts the
        # tests folder first on sys.path (`from fakes import FakeRegistry`). The implementation's
        # `pricing` comes before both.
        sys.path[:0] = [folder, root]
        collector = _Collector()
        code = pytest.main([spec["test"], "-q", "--no-header", "-p", "no:cacheprovider",
                            f"--rootdir={root}", "-c", f"{root}/pytest.ini",
                            f"--basetemp={root}/tmp{i}", *plugins], plugins=[collector])
        sys.path.remove(folder)
        sys.path.remove(root)
        error = "\n".join(collector.errors)
        if code in (pytest.ExitCode.INTERNAL_ERROR, pytest.ExitCode.USAGE_ERROR) and not error:
            error = f"pytest could not run the file (exit code {int(code)})"
        results[name] = {"collected": collector.collected, "failed": collector.failed, "error": error}
        write_atomically(out, json.dumps({"done": False, "runs": results}))
        passed = Run(**results[name]).passed
        if name == "reference" and not passed:
            break  # every check needs the reference to pass first: the other runs would not be read
        if spec["stop_at_first_caught"] and name not in ("reference", "refactored") and not passed:
            break
    write_atomically(out, json.dumps({"done": True, "runs": results}))


if __name__ == "__main__":
    main(sys.argv[1])
