"""The checker kernel of one graded notebook: started beside the student's, with its relay.

:class:`mlpath.limits.LimitedExecute` starts it at the first cell it runs (a locked set-up cell
or a test cell) and ends it with the notebook. It is the same grading kernel as the student's
— limits, and a sandbox of its own when the machine allows one — with the relay's socket in its
folder and named in its environment.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from jupyter_client import AsyncKernelManager
from jupyter_client.asynchronous.client import AsyncKernelClient
from jupyter_core.utils import ensure_async, run_sync
from nbformat import NotebookNode

from mlpath.bridge.checker_side import SOCKET_VARIABLE
from mlpath.bridge.names import student_names
from mlpath.bridge.relay import Relay


def runs_in_checker(cell: NotebookNode) -> bool:
    """A test cell (graded, not an answer) or a locked set-up cell: trusted code."""
    grader = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and not grader.get("solution") and bool(grader.get("grade") or grader.get("locked"))


def is_test(cell: NotebookNode) -> bool:
    """A test cell: graded, not an answer."""
    grader = cell.get("metadata", {}).get("nbgrader", {})
    return cell.cell_type == "code" and bool(grader.get("grade")) and not grader.get("solution")


class CheckerKernel:
    """A kernel for a notebook's trusted cells, reaching the student kernel through a relay.

    Parameters
    ----------
    notebook : NotebookNode
        The notebook being graded, its hidden tests restored.
    student_connection : dict
        The student kernel's connection information, for the relay.
    sandboxed : bool
        Start the kernel in a sandbox of its own.
    """

    def __init__(self, notebook: NotebookNode, student_connection: dict[str, Any], sandboxed: bool) -> None:
        self.names = student_names(c.source for c in notebook.cells if runs_in_checker(c))
        # Answers written to files (modules 5 and 6) are copied here before each test cell.
        self.copies_files = any(c.source.lstrip().startswith("%%writefile") for c in notebook.cells
                                if c.cell_type == "code")
        self.sandboxed = sandboxed
        self.scratch = Path(tempfile.mkdtemp(prefix="mlpath-checker-"))
        self.relay = Relay(student_connection, self.scratch / "bridge.sock")
        self.km: AsyncKernelManager | None = None
        self.kc: AsyncKernelClient | None = None

    def prelude(self) -> str:
        """The line run before a test cell's own code: bind the student's names, copy their files."""
        return (f"__import__('mlpath.bridge.checker_side').bridge.checker_side.bind("
                f"globals(), {self.names!r}, files={self.copies_files})\n")

    async def start(self, manager: AsyncKernelManager, extra_arguments: list[str], cwd: str,
                    timeout: float | None) -> None:
        """Start the kernel with ``manager``, in ``cwd``, and wait until it answers."""
        self.km = manager
        if self.sandboxed:
            manager.transport = "ipc"
            manager.ip = f"{self.scratch}/kernel"
        environment = {**os.environ, SOCKET_VARIABLE: str(self.relay.path)}
        await ensure_async(manager.start_kernel(extra_arguments=extra_arguments, cwd=cwd, env=environment))
        self.kc = manager.client()
        self.kc.start_channels()
        await ensure_async(self.kc.wait_for_ready(timeout=timeout))
        self.kc.allow_stdin = False

    async def _stop(self) -> None:
        if self.kc is not None:
            self.kc.stop_channels()
        if self.km is not None and self.km.has_kernel:
            await ensure_async(self.km.shutdown_kernel(now=True))
            await ensure_async(self.km.cleanup_resources())

    def close(self) -> None:
        """Stop the kernel and the relay; remove the kernel's folder."""
        try:
            run_sync(self._stop)()
        finally:
            self.relay.close()
            shutil.rmtree(self.scratch, ignore_errors=True)
