"""Create ``.venv`` and install the pinned environment from ``environment.yml``.

Run by ``make`` with any Python >= 3.11; needs nothing beyond the standard library, so a
fresh machine with only ``python3`` and ``make`` can start the course. Safe to run twice:
an up-to-date ``.venv`` is left alone (the Makefile decides through a stamp file).

The pip list is read from the ``pip:`` block of ``environment.yml`` with a line reader
rather than PyYAML (which is not installed yet at this point); ``tests/test_environment.py``
checks that this reader and a real YAML parser agree, so the two routes cannot drift.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# uv is an installer, not a course dependency: it installs the environment in ~15 s instead
# of ~100 s with pip. Pinned here so every machine resolves the same way.
UV_SPEC = "uv==0.13.9"
# JupyterLab checks for news and updates on start; the course machines have no internet.
LAB_OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {
        "checkForUpdates": False,
        "fetchNews": "false",
    }
}


def pip_requirements(environment_yml: Path) -> list[str]:
    """Return the requirement lines listed under ``- pip:`` in a conda environment file.

    Parameters
    ----------
    environment_yml : Path
        The conda environment file.

    Returns
    -------
    list of str
        One pip requirement per entry, in file order, comments dropped.
    """
    requirements: list[str] = []
    pip_indent: int | None = None
    for raw in environment_yml.read_text().splitlines():
        line = raw.split(" #")[0].rstrip()
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(stripped)
        if stripped == "- pip:":
            pip_indent = indent
        elif pip_indent is not None:
            if indent <= pip_indent or not stripped.startswith("- "):
                pip_indent = None
            else:
                requirements.append(stripped[2:].strip())
    if not requirements:
        raise SystemExit(f"No '- pip:' entries found in {environment_yml}.")
    return requirements


def run(*args: str | Path) -> None:
    """Run a command, echoing it, and stop the bootstrap with its exit code on failure."""
    print("+", " ".join(str(a) for a in args), flush=True)
    result = subprocess.run([str(a) for a in args], cwd=ROOT)
    if result.returncode:
        raise SystemExit(result.returncode)

# `nbgrader validate` run in a student's own folder finds no course nbgrader_config.py; the
# environment's own config (read from any folder) makes it show the checks' messages there too.
VALIDATE_CONFIG = """\
\"\"\"Written by tools/bootstrap.py: Validate shows the checks' teaching messages from any folder.\"\"\"
from mlpath.feedback import concise_check_errors

c = get_config()  # noqa: F821
c.Validator.Execute.on_cell_error = concise_check_errors
"""


def main() -> None:
    """Create the virtual environment and install the course into it."""
    if sys.version_info < (3, 11):
        raise SystemExit(
            f"The course needs Python >= 3.11 (nbgrader 0.9.6 does); this is {sys.version.split()[0]}."
        )
    started = time.perf_counter()
    python = VENV / "bin" / "python"
    if not python.exists():
        venv.EnvBuilder(with_pip=True).create(VENV)
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", UV_SPEC)
    requirements = VENV / "requirements-from-environment.txt"
    requirements.write_text("\n".join(pip_requirements(ROOT / "environment.yml")) + "\n")
    # Byte-compile at install: this machine sets PYTHONDONTWRITEBYTECODE=1, and without
    # compiled files every kernel start imports pandas/sklearn ~2.7x slower.
    run(VENV / "bin" / "uv", "pip", "install", "--python", python, "--compile-bytecode",
        "--quiet", "-r", requirements)
    overrides = VENV / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    overrides.parent.mkdir(parents=True, exist_ok=True)
    overrides.write_text(json.dumps(LAB_OVERRIDES, indent=2) + "\n")
    validate_config = VENV / "etc" / "jupyter" / "nbgrader_config.py"
    validate_config.parent.mkdir(parents=True, exist_ok=True)
    validate_config.write_text(VALIDATE_CONFIG)
    print(f"Environment ready in {time.perf_counter() - started:.0f} s: {VENV}", flush=True)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
