"""The grading kernel's entry point: lower the resource limits, then become the IPython kernel.

When the grader asks for the sandbox, the kernel starts inside :mod:`mlpath.sandbox` instead,
as a child of this process, which holds the sandbox's slot until the kernel ends.
The kernelspec that :mod:`mlpath.limits` installs runs ``python -m mlpath.limited_kernel``.
It imports nothing but the standard library, so starting a graded notebook's kernel costs
one extra interpreter start-up of a few milliseconds (importing nbgrader here cost 3 s).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

#: Command-line flag through which the grader passes the limits (removed before IPython sees it).
LIMITS_FLAG = "--mlpath-limits="
#: Command-line flag naming the scratch folder of a sandboxed kernel (see :mod:`mlpath.sandbox`).
SANDBOX_FLAG = "--mlpath-sandbox="
#: Environment variable naming the bridge's socket: set for a checker kernel only (see :mod:`mlpath.bridge`).
CHECKER_VARIABLE = "MLPATH_BRIDGE_SOCKET"


@dataclass(frozen=True)
class KernelLimits:
    """Resource limits of one grading kernel.

    Attributes
    ----------
    memory_bytes : int
        Address space. The kernel maps about 1.2 GB after importing the course's libraries.
    processes : int
        Processes and threads of the kernel's user (ignored by Linux for root).
    file_bytes : int
        Largest file the kernel may write.
    """

    memory_bytes: int = 4 * 2**30
    processes: int = 256
    file_bytes: int = 200 * 2**20


def apply_limits(limits: KernelLimits) -> None:
    """Lower this process's resource limits (never raising a hard limit already lower).

    Parameters
    ----------
    limits : KernelLimits
    """
    for kind, value in ((resource.RLIMIT_AS, limits.memory_bytes),
                        (resource.RLIMIT_NPROC, limits.processes),
                        (resource.RLIMIT_FSIZE, limits.file_bytes),
                        (resource.RLIMIT_CORE, 0)):
        _, hard = resource.getrlimit(kind)
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(kind, (value, value))


def _exit_with_parent(poll_seconds: float = 1.0) -> None:
    """Exit as soon as this process's parent is gone (a background thread polls for it).

    A kernel outside the sandbox does this itself (ipykernel's parent poller); inside it, its
    parent is the sandbox's init, so a grading process killed mid-notebook would leave the
    sandbox running for ever, holding its slot. Exiting here ends it: bubblewrap runs with
    ``--die-with-parent``. The parent is the process jupyter_client names in ``JPY_PARENT_PID``
    (not ``getppid()`` now, which is already 1 when it died while this one started).
    """
    parent = int(os.environ.get("JPY_PARENT_PID") or 0) or os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_seconds)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def main(argv: list[str]) -> None:
    """Kernel entry point: apply the limits passed by :class:`LimitedExecute`, become IPython.

    With :data:`SANDBOX_FLAG`, IPython starts inside :mod:`mlpath.sandbox`'s namespace
    sandbox, as an unprivileged user, with the scratch folder the flag names.
    """
    settings = [a for a in argv if a.startswith(LIMITS_FLAG)]
    sandbox = [a for a in argv if a.startswith(SANDBOX_FLAG)]
    rest = [a for a in argv if not a.startswith((LIMITS_FLAG, SANDBOX_FLAG))]
    limits = KernelLimits(**json.loads(settings[-1][len(LIMITS_FLAG):])) if settings else KernelLimits()
    apply_limits(limits)
    # A checker kernel imports nothing from its folder, which holds copies of the student's files
    # (-P: neither Python nor IPython puts the working folder on sys.path). A student's kernel
    # keeps it there: students import their own modules.
    safe = ["-P"] if os.environ.get(CHECKER_VARIABLE) else []
    kernel = [sys.executable, *safe, "-m", "ipykernel_launcher", *rest]
    if not sandbox:
        os.execv(kernel[0], kernel)
    from mlpath.sandbox import kernel_command  # standard library only, like this module

    # A child, not exec: this process keeps the sandbox slot's lock until the sandbox ends.
    _exit_with_parent()
    raise SystemExit(subprocess.call(kernel_command(Path(sandbox[-1][len(SANDBOX_FLAG):]), kernel,
                                                    processes=limits.processes)))


if __name__ == "__main__":
    main(sys.argv[1:])
