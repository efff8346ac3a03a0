"""The grading kernel's limits hold, and the limited kernel starts as fast as a plain one."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from mlpath.limits import ensure_grader_kernel, kernel_spec_dir


def _limited(code: str) -> subprocess.CompletedProcess[str]:
    setup = ("from mlpath.limited_kernel import KernelLimits, apply_limits; "
             "apply_limits(KernelLimits(memory_bytes=2**30, file_bytes=2**20)); ")
    return subprocess.run([sys.executable, "-c", setup + code], capture_output=True, text=True)


def test_a_huge_allocation_is_a_memory_error() -> None:
    run = _limited("bytearray(2 * 2**30)")
    assert run.returncode == 1 and "MemoryError" in run.stderr


def test_a_huge_file_stops_at_the_cap(tmp_path) -> None:
    target = tmp_path / "big.bin"
    run = _limited(f"open({str(target)!r}, 'wb').write(b'0' * 2 * 2**20)")
    assert run.returncode == 1 and "File too large" in run.stderr
    assert target.stat().st_size <= 2**20


def test_the_kernel_entry_point_imports_only_the_standard_library() -> None:
    run = subprocess.run([sys.executable, "-c", "import sys, mlpath.limited_kernel, mlpath.sandbox; "
                          "print(sorted(m for m in sys.modules if m.split('.')[0] in "
                          "('nbgrader', 'nbformat', 'numpy', 'traitlets')))"], capture_output=True, text=True)
    assert run.stdout.strip() == "[]", run.stdout


def test_the_grading_kernelspec_runs_the_limited_kernel() -> None:
    assert ensure_grader_kernel() == "mlpath-grader"
    spec = json.loads((kernel_spec_dir() / "kernel.json").read_text())
    # -P: the launcher runs as root in the student's folder and must import nothing from it
    assert spec["argv"][:4] == [sys.executable, "-P", "-m", "mlpath.limited_kernel"]


def test_the_kernel_launcher_exits_when_its_grader_is_already_gone() -> None:
    # jupyter_client names the launching process in JPY_PARENT_PID; when that process died
    # before the launcher started watching (a worker killed as it started a kernel), the
    # launcher must still notice, or a sandboxed kernel outlives it for ever.
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    run = subprocess.run([sys.executable, "-c", "from mlpath.limited_kernel import _exit_with_parent; "
                          "_exit_with_parent(0.05); import time; time.sleep(60)"],
                         env={**os.environ, "JPY_PARENT_PID": gone}, capture_output=True, text=True, timeout=30)
    assert run.returncode == 1, run.stderr


def _executed(tmp_path, sources: list[str], **limits) -> tuple[object, float]:
    """Run a notebook of ``sources`` through the grader's LimitedExecute; return it and the seconds taken."""
    import time

    from nbformat.v4 import new_code_cell, new_notebook

    from mlpath.limits import LimitedExecute

    notebook = new_notebook(cells=[new_code_cell(s) for s in sources])
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    started = time.monotonic()
    LimitedExecute(sandbox="off", allow_errors=True, **limits).preprocess(notebook, {"metadata": {"path": str(tmp_path)}})
    return notebook, time.monotonic() - started


def test_once_the_notebook_time_is_spent_no_cell_runs(tmp_path) -> None:
    """Endless cells after the budget cost nothing: each used to get a second of its own."""
    notebook, seconds = _executed(tmp_path, ["import time"] + ["time.sleep(5)"] * 40,
                                  timeout=2, notebook_timeout=4)
    assert seconds < 30, f"{seconds:.0f} s for a 4 s budget"
    last = notebook.cells[-1].outputs[0]
    assert last["ename"] == "CellTimeoutError" and "not run" in last["traceback"][0]


def test_the_whole_notebook_keeps_a_bounded_output(tmp_path) -> None:
    """Cells under the per-cell cap still cannot add up to a huge notebook."""
    notebook, _ = _executed(tmp_path, ["print('x' * 300_000)"] * 12, max_output_bytes=400_000,
                            max_notebook_output_bytes=1_000_000)
    kept = sum(len(json.dumps(o)) for c in notebook.cells for o in c.outputs)
    assert kept < 1_200_000
    assert "the notebook printed more than 1 MB in all" in json.dumps(notebook.cells[-1].outputs)
