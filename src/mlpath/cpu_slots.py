"""One core per grading kernel, enforced by the Linux kernel's control groups.

A sandboxed grading kernel (:mod:`mlpath.sandbox`) runs as its slot's user, so ``RLIMIT_NPROC``
bounds its processes; but nothing bounded its CPU. Sixty spinning processes, each detached
with ``setsid``, took both cores, and the honest classmate graded beside them ran out of time.
Control groups do not care about sessions or parents: every process a kernel starts stays in
its slot's group, and the group gets at most one core (a CFS quota equal to its period) and at
most ``processes`` tasks. A hog then slows only its own notebook.

Both layouts are supported: cgroup v2 (``cpu.max``, ``pids.max`` in the unified hierarchy) and
v1 (``cpu.cfs_quota_us`` in the ``cpu`` hierarchy, ``pids.max`` in ``pids``). Writing them needs
root, as the sandbox does; elsewhere :func:`unavailable_reason` says why.

This module uses only the standard library: it runs in every kernel start.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

#: Where control groups are mounted.
CGROUP_ROOT = Path("/sys/fs/cgroup")
#: Length of the scheduler's accounting period; the quota is the same length: one core.
PERIOD_US = 100_000
#: Each slot's groups are named this, followed by the slot number.
GROUP_PREFIX = "mlpath-slot-"


def _unified() -> bool:
    return (CGROUP_ROOT / "cgroup.controllers").is_file()


@lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """Say why kernels cannot be given a core each here, or ``None`` when they can."""
    if os.geteuid() != 0:
        return "control groups need root"
    if _unified():
        controllers = (CGROUP_ROOT / "cgroup.controllers").read_text().split()
        missing = [c for c in ("cpu", "pids") if c not in controllers]
        if missing:
            return f"the cgroup v2 hierarchy lacks the {' and '.join(missing)} controller"
        return None if os.access(CGROUP_ROOT, os.W_OK) else "the cgroup v2 hierarchy is read-only"
    for controller in ("cpu", "pids"):
        if not os.access(CGROUP_ROOT / controller, os.W_OK):
            return f"the {controller} control group is missing or read-only (in a container, mount it writable)"
    return None


def join_slot(slot: int, processes: int) -> None:
    """Move this process into slot ``slot``'s groups; everything it starts stays there.

    Creates the groups on first use and sets their limits every time (one core, at most
    ``processes`` tasks), so a limit changed in the course configuration applies at once.

    Parameters
    ----------
    slot : int
        The sandbox slot this kernel holds.
    processes : int
        Most tasks the slot may run at once.
    """
    name = f"{GROUP_PREFIX}{slot}"
    if _unified():
        group = CGROUP_ROOT / name
        control = CGROUP_ROOT / "cgroup.subtree_control"
        if not {"cpu", "pids"} <= set(control.read_text().split()):
            control.write_text("+cpu +pids")
        group.mkdir(exist_ok=True)
        (group / "cpu.max").write_text(f"{PERIOD_US} {PERIOD_US}")
        (group / "pids.max").write_text(str(processes))
        (group / "cgroup.procs").write_text(str(os.getpid()))
        return
    cpu, pids = CGROUP_ROOT / "cpu" / name, CGROUP_ROOT / "pids" / name
    for group in (cpu, pids):
        group.mkdir(exist_ok=True)
    (cpu / "cpu.cfs_period_us").write_text(str(PERIOD_US))
    (cpu / "cpu.cfs_quota_us").write_text(str(PERIOD_US))
    (pids / "pids.max").write_text(str(processes))
    for group in (cpu, pids):
        (group / "cgroup.procs").write_text(str(os.getpid()))
