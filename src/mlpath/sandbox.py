"""Run a grading kernel in a namespace sandbox as an unprivileged user.

nbgrader runs a student's notebook with the grader's rights: as root, a submission can read
the gradebook, the solutions and every classmate's work, write into their folders and reach
the network. When grading runs as root and Debian's ``bubblewrap`` works, the grading kernel
(:mod:`mlpath.limited_kernel`) starts through :func:`kernel_command` instead:

1. **a slot user** — the kernel runs as ``mlpath-grader-<k>``, a system user with no home and
   no login, one per kernel running at the same time (a lock file per slot), so the process
   limit (``RLIMIT_NPROC`` counts per user) stops a fork bomb inside that kernel only;
2. **a private file system** — ``bwrap`` shows the kernel the operating system read-only
   (``/usr``, ``/etc``, ``/sys``), the Python environment and the course package read-only, the
   course's ``datasets/`` read-only, a fresh ``/tmp`` and a scratch folder of its own, holding
   a copy of the notebook's folder as its working directory (in memory, at most ``WORK_BYTES``). The course folder — gradebook,
   ``source/``, ``submitted/``, ``autograded/`` — is simply not there;
3. **no network, no other processes** — new network (loopback only, down), PID, IPC and UTS
   namespaces; when the kernel's process dies, everything it started dies with it;
4. **no privileges** — ``setpriv`` drops to the slot user inside the sandbox, with no
   capabilities, no supplementary groups and ``no_new_privs``;
5. **one core** — where control groups are writable, the slot's group gets one core and a task
   limit (:mod:`mlpath.cpu_slots`), so no kernel can starve the kernel graded beside it.

The kernel talks to the grader over Unix sockets in the scratch folder (ZeroMQ's ``ipc``
transport: TCP cannot cross the network namespace) and is interrupted by message, not by
signal (a signal would stop ``bwrap`` and with it the kernel).

This module uses only the standard library: it runs in every kernel start.
"""

from __future__ import annotations

import fcntl
import os
import pwd
import shutil
import stat
import subprocess
import sys
import time
from functools import lru_cache
from pathlib import Path

from mlpath import cpu_slots

#: Slot users are named this, followed by the slot number.
USER_PREFIX = "mlpath-grader-"
#: Kernels that may run in sandboxes at the same moment (one slot user each).
MAX_SLOTS = 64
#: Where the slot locks live: root's own, so a student cannot hold a slot.
LOCK_DIR = Path("/run/mlpath-sandbox")
#: Size of the kernel's private ``/tmp`` (it lives in memory).
TMP_BYTES = 512 * 2**20
#: Size of the kernel's working folder (in memory too): what its notebook may write in all.
WORK_BYTES = 1024 * 2**20
#: Environment variables the kernel keeps from the grader's (all others are cleared):
#: thread counts and locale, which change results' speed or formatting, never secrets.
KEPT_ENVIRONMENT = ("OMP_", "OPENBLAS_", "MKL_", "LANG", "LC_", "TZ", "PYTHONHASHSEED",
                    "PYTHONDONTWRITEBYTECODE", "PYTHONUNBUFFERED", "MPLBACKEND", "MLPATH_")


@lru_cache(maxsize=1)
def unavailable_reason() -> str | None:
    """Say why kernels cannot be sandboxed on this machine, or ``None`` when they can.

    Returns
    -------
    str or None
        A sentence for the instructor: what is missing and what to do about it.
    """
    if os.geteuid() != 0:
        return ("grading runs as an ordinary user, so student code cannot be moved to another "
                "user (run `mlpath grade` as root to sandbox it)")
    for tool, package in (("bwrap", "bubblewrap"), ("setpriv", "util-linux"), ("useradd", "passwd")):
        if shutil.which(tool) is None:
            return f"`{tool}` is missing (apt-get install {package})"
    probe = subprocess.run(["bwrap", "--unshare-net", "--unshare-pid", "--die-with-parent",
                            "--ro-bind", "/", "/", "true"], capture_output=True, text=True, check=False)
    if probe.returncode:
        return (f"bubblewrap cannot create namespaces here ({probe.stderr.strip() or probe.returncode}); "
                f"in a container, allow it user and mount namespaces")
    return None


def describe(wanted: bool = True) -> str:
    """One line for the instructor: is student code isolated while it is graded, and if not, why.

    Parameters
    ----------
    wanted : bool, default True
        False when the course configuration turns the sandbox off.
    """
    reason = unavailable_reason() if wanted else "the course configuration turns it off"
    if reason is None:
        cpu = cpu_slots.unavailable_reason()
        share = ("one core per kernel, whatever its processes do" if cpu is None else
                 f"but kernels share the CPU: {cpu}, so a busy kernel can slow its neighbours")
        return ("Student code runs sandboxed: an unprivileged user per kernel, no network, "
                f"no view of the gradebook, the solutions or other students' work; {share}.")
    return (f"Student code is NOT sandboxed: {reason}. It runs with the resource limits only and "
            f"can read what the grading user can; grade untrusted classes in a throw-away machine.")


def read_only_paths() -> list[Path]:
    """The folders a sandboxed kernel needs to read: Python, its environment, the course package.

    Returns
    -------
    list of Path
        Existing folders outside ``/usr`` and ``/etc`` (which every sandbox sees), parents first.
    """
    # The folder holding the mlpath package: the clone's src/ for an editable install.
    package_root = Path(__file__).resolve().parent.parent
    datasets = Path(os.environ.get("MLPATH_DATASETS", package_root.parent / "datasets"))
    wanted = {Path(sys.base_prefix).resolve(), Path(sys.prefix).resolve(), package_root, datasets.resolve()}
    kept = [p for p in sorted(wanted) if p.is_dir() and not p.is_relative_to("/usr")]
    return [p for p in kept if not any(p != q and p.is_relative_to(q) for q in kept)]


def kernel_command(scratch: Path, kernel_argv: list[str], processes: int = 256) -> list[str]:
    """Prepare the scratch folder and return the command that starts the kernel sandboxed.

    Called by the kernel's launcher, as root, in the notebook's folder. The launcher holds
    the slot's lock (it is not passed on: a student could release it) until the sandbox ends,
    so it runs the command as a child rather than becoming it; ``--die-with-parent`` ends the
    sandbox when the launcher is killed.

    Parameters
    ----------
    scratch : Path
        A folder of the grader's for this kernel; ZeroMQ's sockets are already named inside it.
    kernel_argv : list of str
        The kernel's own command (``python -m ipykernel_launcher -f CONNECTION_FILE ...``).
    processes : int, default 256
        Most tasks the slot may run at once (its control group's ``pids.max``).

    Returns
    -------
    list of str
        ``bwrap … setpriv … <kernel_argv>``, with the connection file replaced by the
        sandbox's own copy.
    """
    if (Path.cwd() / "nbgrader_config.py").exists():
        # nbgrader runs a submission in the student's own folder; a course folder here would
        # hand the kernel a copy of the gradebook and the solutions.
        raise RuntimeError(f"refusing to copy the course folder {Path.cwd()} into a student's sandbox")
    user = _acquire_slot()
    uid, gid = user.pw_uid, user.pw_gid
    if cpu_slots.unavailable_reason() is None:
        # The launcher joins the slot's control groups before starting bwrap: everything the
        # kernel starts, detached or not, shares one core and the slot's task limit.
        cpu_slots.join_slot(int(user.pw_name.removeprefix(USER_PREFIX)), processes)
    # The student's folder is copied beside the working folder, which is a tmpfs of WORK_BYTES
    # mounted in the sandbox: the kernel copies the files in as it starts, so all it writes is
    # bounded (on disk it wrote 2.7 GiB in 10 s, 200 MB a file).
    submitted, work, home = scratch / "submitted", scratch / "work", scratch / "home"
    _copy_tree(Path.cwd(), submitted)
    work.mkdir()
    home.mkdir()
    argv = list(kernel_argv)
    if "-f" in argv:
        # The grader writes the connection file 0600 in its own runtime folder; the kernel gets a copy.
        where = argv.index("-f") + 1
        own = scratch / "connection.json"
        shutil.copyfile(argv[where], own)
        argv[where] = str(own)
    for path in (scratch, *scratch.rglob("*")):
        os.lchown(path, uid, gid)

    command = ["bwrap", "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts",
               "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--clearenv"]
    for name, value in sorted(os.environ.items()):
        if name.startswith(KEPT_ENVIRONMENT):
            command += ["--setenv", name, value]
    command += ["--setenv", "PATH", f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
                "--setenv", "HOME", str(home), "--setenv", "USER", user.pw_name,
                "--setenv", "MPLCONFIGDIR", str(home / ".matplotlib"),
                # The kernel's parent is the sandbox's init (PID 1), which ipykernel never polls;
                # --die-with-parent does that job. Unset, ipykernel prints a console banner.
                "--setenv", "JPY_PARENT_PID", "1"]
    # /sys read-only: libraries count the CPU's cores there (joblib runs lscpu, which reads it).
    command += ["--ro-bind", "/usr", "/usr", "--ro-bind", "/etc", "/etc", "--ro-bind", "/sys", "/sys",
                "--proc", "/proc", "--dev", "/dev",
                # POSIX semaphores live in /dev/shm: without it joblib (scikit-learn) warns on
                # stderr, and nbgrader scores a test cell with any stderr output 0.
                "--perms", "1777", "--size", str(TMP_BYTES), "--tmpfs", "/dev/shm",
                "--perms", "1777", "--size", str(TMP_BYTES), "--tmpfs", "/tmp"]
    for top in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(top):
            command += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            command += ["--ro-bind", top, top]
    # bwrap copies a missing parent's mode from the real one: /root is 0700, and the slot
    # user could not reach a Python installed under it.
    shown = read_only_paths()
    parents = sorted({str(a) for p in (*shown, scratch) for a in p.parents})
    for parent in parents:
        if parent not in ("/", "/tmp", "/usr", "/etc") and not parent.startswith(("/usr/", "/etc/")):
            command += ["--perms", "0755", "--dir", parent]
    for path in shown:
        command += ["--ro-bind", str(path), str(path)]
    command += ["--bind", str(scratch), str(scratch),
                "--perms", "0777", "--size", str(WORK_BYTES), "--tmpfs", str(work), "--chdir", str(work),
                "setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", "--no-new-privs",
                "--inh-caps=-all", "--bounding-set=-all", "--",
                "/bin/sh", "-c", 'cp -RP "$0"/. . && exec "$@"', str(submitted), *argv]
    return command


def _acquire_slot() -> pwd.struct_passwd:
    """Lock the first free slot, creating its user if needed, and return the user.

    The lock's file descriptor is left open on purpose: the slot is this process's until it exits.
    """
    LOCK_DIR.mkdir(mode=0o700, exist_ok=True)
    busy = _users_with_processes()
    for slot in range(MAX_SLOTS):
        fd = os.open(LOCK_DIR / f"slot-{slot}.lock", os.O_RDONLY | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        user = _slot_user(f"{USER_PREFIX}{slot}")
        if user.pw_uid in busy:
            # A killed kernel's launcher dies first, freeing the lock, while the processes of
            # its sandbox are still being killed: a fork bomb's would use up the next
            # kernel's process limit. That slot waits; this kernel takes another.
            os.close(fd)
            continue
        return user
    raise RuntimeError(f"all {MAX_SLOTS} sandbox slots are busy: too many kernels at once")


def _users_with_processes() -> set[int]:
    """The user ids that own a running process."""
    owners = set()
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                owners.add(entry.stat().st_uid)
            except FileNotFoundError:  # the process ended while we looked
                continue
    return owners


def _slot_user(name: str) -> pwd.struct_passwd:
    """The slot's user, created (one creation at a time, under a lock) if it does not exist yet."""
    with open(LOCK_DIR / "useradd.lock", "w") as lock:
        # Kernels starting together would run useradd together, and it refuses while another
        # holds /etc/passwd ("cannot lock /etc/passwd; try again later").
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return pwd.getpwnam(name)
        except KeyError:
            return _create_user(name)


def _create_user(name: str) -> pwd.struct_passwd:
    """Create a system user with its own group, no home and no login; return it."""
    command = ["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
               "--shell", "/usr/sbin/nologin", "--user-group", name]
    for attempt in range(20):
        # Another program (an administrator, a hub's set-up) may hold /etc/passwd's lock.
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        try:
            return pwd.getpwnam(name)
        except KeyError:
            time.sleep(0.05 * (attempt + 1))
    raise RuntimeError(f"could not create the sandbox user {name}: {result.stderr.strip()}")


def _copy_tree(source: Path, target: Path) -> None:
    """Copy the notebook's folder: regular files and folders, links as links, nothing else.

    Links are copied, never followed, so a link to a file the student may not read stays a
    link to a path the sandbox does not show. FIFOs and devices are left out (reading one
    would block the grader), and so are notebooks: the graded one has its hidden tests restored.
    """
    target.mkdir()
    for entry in os.scandir(source):
        if entry.name.endswith(".ipynb"):
            continue
        destination = target / entry.name
        mode = entry.stat(follow_symlinks=False).st_mode
        if stat.S_ISLNK(mode):
            os.symlink(os.readlink(entry.path), destination)
        elif stat.S_ISDIR(mode):
            _copy_tree(Path(entry.path), destination)
        elif stat.S_ISREG(mode):
            shutil.copyfile(entry.path, destination, follow_symlinks=False)
