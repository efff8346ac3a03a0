"""Limits on a student's notebook while it is graded: time, memory, processes, files, output.

nbgrader runs each submission in a kernel with the instructor's rights and no limits beyond a
per-cell time-out. :class:`LimitedExecute` is nbgrader's ``Execute`` with the limits a class
needs, and the course configuration puts it in nbgrader's autograde chain, so ``nbgrader
autograde``, the formgrader's button and ``mlpath grade`` all grade under the same limits:

* **time** — each cell gets ``Execute.timeout`` seconds and the whole notebook
  ``notebook_timeout``: once that is spent, no further cell runs (each fails at once, saying
  so). A cell that runs out is interrupted and fails with a message saying so; the rest is
  still graded.
* **memory, processes, files** — the kernel starts through ``python -m mlpath.limited_kernel``, which
  sets resource limits and then becomes the ordinary IPython kernel: address space (a huge
  allocation raises ``MemoryError`` instead of starving the machine), processes of the
  kernel's user (not enforced for root — the sandbox's unprivileged user is what makes it
  bite), size of any file written, and no core dumps.
* **output** — at most ``max_output_bytes`` of output per cell, and ``max_notebook_output_bytes``
  for the whole notebook, are kept; a cell that prints 200 MB keeps its first megabyte and a
  note, and sixty cells printing a megabyte each leave five and a note in each cell after.
* **isolation** — when grading runs as root and bubblewrap works (``sandbox = "auto"``, the
  default), the kernel runs in :mod:`mlpath.sandbox`: another user, no network, and a file
  system without the gradebook, the solutions or any classmate's work. Elsewhere it runs
  with the limits above only; :func:`mlpath.sandbox.unavailable_reason` says why.
"""

from __future__ import annotations

import copy
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from nbformat import NotebookNode
from nbformat.v4 import new_output
from nbgrader.preprocessors import Execute
from jupyter_client import KernelManager
from jupyter_core.utils import run_sync
from traitlets import Enum, Integer

from mlpath.bridge.checker_kernel import CheckerKernel, is_test, runs_in_checker
from mlpath.files import write_atomically
from mlpath.limited_kernel import LIMITS_FLAG, SANDBOX_FLAG, KernelLimits
from mlpath.sandbox import unavailable_reason

#: Name of the kernelspec graded notebooks run in.
GRADER_KERNEL = "mlpath-grader"


def kernel_spec_dir(prefix: str = sys.prefix) -> Path:
    """Where the grading kernelspec lives: this environment's ``share/jupyter/kernels``."""
    return Path(prefix) / "share" / "jupyter" / "kernels" / GRADER_KERNEL


def ensure_grader_kernel(prefix: str = sys.prefix) -> str:
    """Install (or repair) the grading kernelspec in this environment and return its name.

    Parameters
    ----------
    prefix : str, default sys.prefix
        The environment whose Jupyter finds the kernelspec.

    Returns
    -------
    str
        :data:`GRADER_KERNEL`.
    """
    spec = {
        # -P: the launcher runs as root in the student's folder, where a json.py of theirs would
        # otherwise be imported before the standard library's (and run as root).
        "argv": [sys.executable, "-P", "-m", "mlpath.limited_kernel", "-f", "{connection_file}"],
        "display_name": "Python 3 (grading, with limits)",
        "language": "python",
        # Interrupt by message: a signal would reach the sandbox's bwrap, not the kernel.
        "interrupt_mode": "message",
        "metadata": {"debugger": False},
    }
    folder = kernel_spec_dir(prefix)
    path = folder / "kernel.json"
    if not path.exists() or json.loads(path.read_text()) != spec:
        folder.mkdir(parents=True, exist_ok=True)
        # Atomically: pool workers may write it at the same moment another reads it.
        write_atomically(path, json.dumps(spec, indent=1))
    return GRADER_KERNEL


class LimitedExecute(Execute):
    """nbgrader's ``Execute`` with a notebook time budget, kernel limits and an output cap."""

    notebook_timeout = Integer(600, help="Seconds the whole notebook may run.").tag(config=True)
    max_output_bytes = Integer(1_000_000, help="Output kept per cell, in bytes.").tag(config=True)
    max_notebook_output_bytes = Integer(5_000_000, help="Output kept for the whole notebook, in bytes.").tag(
        config=True)
    memory_bytes = Integer(KernelLimits.memory_bytes, help="Kernel address space.").tag(config=True)
    processes = Integer(KernelLimits.processes, help="Processes of the kernel's user.").tag(config=True)
    file_bytes = Integer(KernelLimits.file_bytes, help="Largest file the kernel may write.").tag(config=True)
    _scratch: str | None = None
    sandbox = Enum(["auto", "off"], "auto", help=(
        "Run the kernel in mlpath.sandbox when this machine allows it (auto), or never (off)."
    )).tag(config=True)
    tests_run_in = Enum(["checker", "student"], "student", help=(
        "Run the test cells in a checker kernel of their own that reaches the student's answers "
        "through mlpath.bridge (checker), or in the student's kernel, as nbgrader does (student)."
    )).tag(config=True)
    _checker: CheckerKernel | None = None

    def preprocess(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        """Execute ``nb`` in the limited kernel within the notebook's time budget."""
        self.kernel_name = ensure_grader_kernel()
        limits = KernelLimits(self.memory_bytes, self.processes, self.file_bytes)
        # The same preprocessor grades one notebook after another: replace the flags, never pile them up.
        arguments = [a for a in self.extra_arguments if not a.startswith((LIMITS_FLAG, SANDBOX_FLAG))]
        arguments.append(LIMITS_FLAG + json.dumps(asdict(limits)))
        self._scratch = None
        if self.sandbox == "auto" and unavailable_reason() is None:
            self._scratch = tempfile.mkdtemp(prefix="mlpath-sandbox-")
            arguments.append(SANDBOX_FLAG + self._scratch)
        self.extra_arguments = arguments
        self._checker = None
        try:
            return self._execute_within_budget(nb, resources)
        finally:
            if self._checker is not None:
                self._checker.close()
            if self._scratch:
                shutil.rmtree(self._scratch, ignore_errors=True)

    def create_kernel_manager(self) -> KernelManager:
        """nbclient's kernel manager, talking over Unix sockets in the scratch folder when sandboxed."""
        manager = super().create_kernel_manager()
        if self._scratch:
            manager.transport = "ipc"
            manager.ip = f"{self._scratch}/kernel"
        return manager

    def _execute_within_budget(self, nb: NotebookNode, resources: dict[str, Any]) -> tuple[NotebookNode, dict[str, Any]]:
        """Execute ``nb`` with the per-cell time-out, shortened as the notebook's budget runs out."""
        deadline = time.monotonic() + self.notebook_timeout
        cell_timeout = self.timeout

        def remaining(cell: NotebookNode) -> int:
            left = int(deadline - time.monotonic())
            return max(1, left if cell_timeout is None else min(cell_timeout, left))

        self.timeout_func = remaining
        self._deadline = deadline
        self.error_on_timeout = {
            "ename": "CellTimeoutError",
            "evalue": "",
            "traceback": [
                f"CellTimeoutError: this cell ran past the grader's time limit ({cell_timeout} s a cell, "
                f"{self.notebook_timeout} s for the whole notebook) and was interrupted. Look for a "
                f"loop that never ends, an input() call, or a computation far larger than the exercise needs."
            ],
        }
        self._output_bytes: dict[int, int] = {}  # output kept, by cell
        self._total_output = 0                    # output kept, in all
        self._cut: set[int] = set()               # cells whose output was cut
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: dict[str, Any], index: int
                        ) -> tuple[NotebookNode, dict[str, Any]]:
        """Run a cell, unless the notebook's time is spent: then it fails at once, unrun.

        Without this, each remaining cell still got a second: ten thousand endless cells cost
        three hours of a grading worker after the budget was gone.
        """
        if cell.cell_type == "code" and time.monotonic() >= self._deadline:
            cell.outputs = [new_output("error", ename="CellTimeoutError", evalue="", traceback=[
                f"CellTimeoutError: not run: the notebook used up its {self.notebook_timeout} s before "
                f"this cell. Look for a loop that never ends or a computation far larger than the "
                f"exercise needs in the cells above."])]
            return cell, resources
        if self.tests_run_in == "student" or not runs_in_checker(cell):
            return super().preprocess_cell(cell, resources, index)
        if not is_test(cell):
            # A locked set-up cell runs in both kernels: the checker keeps its own copy of the data.
            cell, resources = super().preprocess_cell(cell, resources, index)
            with self._in_checker():
                self.execute_cell(copy.deepcopy(cell), index, store_history=False)
            return cell, resources
        source = cell.source
        with self._in_checker() as checker:
            cell.source = checker.prelude() + source
            try:
                return super().preprocess_cell(cell, resources, index)
            finally:
                cell.source = source

    @contextmanager
    def _in_checker(self) -> Iterator[CheckerKernel]:
        """Run what follows in the notebook's checker kernel, starting it on first use."""
        if self._checker is None:
            self._checker = CheckerKernel(self.nb, self.km.get_connection_info(), self._scratch is not None)
            arguments = [a for a in self.extra_arguments if not a.startswith(SANDBOX_FLAG)]
            if self._scratch is not None:
                arguments.append(SANDBOX_FLAG + str(self._checker.scratch))
            run_sync(self._checker.start)(self.kernel_manager_class(kernel_name=self.kernel_name, config=self.config),
                                          arguments, self.resources["metadata"]["path"], self.startup_timeout)
        student = self.km, self.kc
        self.km, self.kc = self._checker.km, self._checker.kc
        try:
            yield self._checker
        finally:
            self.km, self.kc = student

    def output(self, outs: list[NotebookNode], msg: dict[str, Any], display_id: str | None,
               cell_index: int) -> NotebookNode | None:
        """Keep a cell's output up to ``max_output_bytes`` and the notebook's up to
        ``max_notebook_output_bytes``, then one note saying it was cut."""
        size = len(json.dumps(msg.get("content", {})))
        used = self._output_bytes.get(cell_index, 0)
        if used + size <= self.max_output_bytes and self._total_output + size <= self.max_notebook_output_bytes:
            self._output_bytes[cell_index] = used + size
            self._total_output += size
            return super().output(outs, msg, display_id, cell_index)
        if cell_index in self._cut:
            return None
        self._cut.add(cell_index)  # one note per cell, then silence
        limit = (f"this cell printed more than {self.max_output_bytes / 1e6:g} MB"
                 if used + size > self.max_output_bytes else
                 f"the notebook printed more than {self.max_notebook_output_bytes / 1e6:g} MB in all")
        note = new_output("stream", name="stderr", text=f"\n[output cut by the grader: {limit}]\n")
        outs.append(note)
        return note
