"""The set-up a newcomer relies on: one dependency list, two commands, CI runs the same."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT


def _bootstrap():
    spec = importlib.util.spec_from_file_location("bootstrap", ROOT / "tools" / "bootstrap.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_bootstrap_reads_the_same_pip_list_as_conda() -> None:
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_block = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    assert _bootstrap().pip_requirements(ROOT / "environment.yml") == pip_block


def test_every_course_dependency_is_pinned() -> None:
    for requirement in _bootstrap().pip_requirements(ROOT / "environment.yml"):
        assert requirement == "-e ." or "==" in requirement, f"{requirement} is not pinned"


def test_pinned_versions_are_the_installed_ones() -> None:
    from importlib.metadata import version

    for requirement in _bootstrap().pip_requirements(ROOT / "environment.yml"):
        if "==" in requirement:
            name, pinned = requirement.split("==")
            assert version(name) == pinned, f"{name}: installed {version(name)}, pinned {pinned}; run make"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    assert "make test" in (ROOT / "README.md").read_text()
    lines = [line for line in (ROOT / ".ci" / "run").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[-1] == "make test"


def test_nbgrader_sees_the_course_config() -> None:
    out = subprocess.run([sys.executable, "-c", (
        "from traitlets.config import Config; from nbgrader.apps import NbGraderAPI;"
        "from nbgrader.coursedir import CourseDirectory; import runpy;"
        "c = Config(); ns = runpy.run_path('nbgrader_config.py', init_globals={'get_config': lambda: c});"
        "print(c.CourseDirectory.course_id, c.CourseDirectory.root, c.Execute.timeout)")],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert out == ["mlpath", str(ROOT), "60"]


def test_lab_opens_the_welcome_page_with_nbgrader_extensions() -> None:
    makefile = (ROOT / "Makefile").read_text()
    assert "notebooks/00_welcome.ipynb" in makefile and "release_assignment" in makefile
    listing = subprocess.run([Path(sys.executable).parent / "jupyter", "labextension", "list"],
                             capture_output=True, text=True, check=True)
    assert "@jupyter/nbgrader" in listing.stdout + listing.stderr
