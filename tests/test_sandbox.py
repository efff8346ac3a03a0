"""A sandboxed grading kernel sees nothing of the course, reaches no network and runs as nobody.

Each test executes a small notebook with the course's executing preprocessor, once in the
sandbox and — where that shows the check can fail — once without it. The whole class under
the sandbox is graded by ``tests/test_hostile.py``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell, new_notebook

from mlpath import cpu_slots
from mlpath.limits import LimitedExecute
from mlpath.sandbox import USER_PREFIX, describe, unavailable_reason

pytestmark = pytest.mark.skipif(unavailable_reason() is not None,
                                reason=f"no sandbox here: {unavailable_reason()}")


def _run(folder: Path, cells: list[str], sandbox: str = "auto") -> list[str]:
    """Execute ``cells`` as a notebook in ``folder``; return each cell's text output or error."""
    notebook = new_notebook(cells=[new_code_cell(code) for code in cells])
    executor = LimitedExecute(timeout=20, notebook_timeout=60, allow_errors=True, sandbox=sandbox)
    executed, _ = executor.preprocess(notebook, {"metadata": {"path": str(folder)}})
    return ["".join(o.get("text", "") or f"{o.get('ename')}: {o.get('evalue')}" for o in cell.outputs).strip()
            for cell in executed.cells]


@pytest.fixture
def course(tmp_path: Path) -> Path:
    """A course folder with a secret gradebook and a student's folder to grade in."""
    (tmp_path / "gradebook.db").write_text("secret grades")
    student = tmp_path / "autograded" / "alice" / "m1"
    student.mkdir(parents=True)
    (student / "notes.txt").write_text("alice's own file")
    return tmp_path


def test_the_kernel_cannot_read_the_course_but_can_read_its_own_folder(course: Path) -> None:
    cells = [f"print(open({str(course / 'gradebook.db')!r}).read())",
             "print(open('notes.txt').read())",
             "open('answer.txt', 'w').write('mine'); print(open('answer.txt').read())"]
    sandboxed = _run(course / "autograded" / "alice" / "m1", cells)
    assert sandboxed[0].startswith("FileNotFoundError"), sandboxed[0]
    assert sandboxed[1:] == ["alice's own file", "mine"]
    # Without the sandbox the same cell reads it: the check above can fail.
    assert _run(course / "autograded" / "alice" / "m1", cells[:1], sandbox="off") == ["secret grades"]


def test_the_kernel_runs_as_a_slot_user_without_network_or_privileges(course: Path) -> None:
    outputs = _run(course / "autograded" / "alice" / "m1", [
        "import os, pwd; print(pwd.getpwuid(os.getuid()).pw_name, os.getgroups())",
        "import socket; socket.create_connection(('127.0.0.1', 22), timeout=2)",
        "print(open('/proc/self/status').read().split('CapEff:')[1].split()[0])",
        f"import os; print(os.path.exists({str(course)!r}), os.path.exists('/home'))",
    ])
    user, groups = outputs[0].rsplit(" ", 1)[0], outputs[0].rsplit(" ", 1)[1]
    assert user.startswith(USER_PREFIX) and groups == "[]", outputs[0]
    assert outputs[1].startswith(("ConnectionRefusedError", "OSError")), outputs[1]
    assert outputs[2] == "0000000000000000"
    assert outputs[3] == "False False", "the course folder and /home must not exist in the sandbox"


def test_a_fork_bomb_stops_at_the_process_limit_and_dies_with_the_kernel(course: Path) -> None:
    outputs = _run(course / "autograded" / "alice" / "m1", [
        "import os\nprint(os.path.dirname(os.getcwd()))",
        ("import os, time\nchildren = 0\nwhile True:\n    try:\n        pid = os.fork()\n"
         "    except OSError:\n        break\n    if pid == 0:\n        time.sleep(600)\n        os._exit(0)\n"
         "    children += 1\nprint(children)"),
    ])
    scratch, children = outputs[0], int(outputs[1])
    assert 100 < children < 256, f"{children} processes forked; the limit is 256 for the slot user"
    # The sleeping children died with the kernel: no process runs from its scratch folder.
    left = [p.name for p in Path("/proc").iterdir() if p.name.isdigit() and scratch in _command_line(p)]
    assert not left, f"processes outlived the sandbox: {left}"


def _command_line(process: Path) -> str:
    try:
        return (process / "cmdline").read_bytes().decode(errors="replace")
    except OSError:  # the process ended while we looked
        return ""


def test_the_instructor_is_told_whether_student_code_is_sandboxed() -> None:
    assert describe().startswith("Student code runs sandboxed")
    assert "NOT sandboxed: the course configuration turns it off" in describe(wanted=False)


def _children() -> dict[int, list[int]]:
    """Every process's children, from ``/proc/<pid>/stat``."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return children


def _descendants(pid: int) -> set[int]:
    children, found, todo = _children(), set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _runs_a_kernel(pids: set[int]) -> bool:
    return any("ipykernel_launcher" in _command_line(Path(f"/proc/{p}")) for p in pids)


def test_a_sandboxed_kernel_ends_when_the_process_grading_it_is_killed(course: Path) -> None:
    # A grading worker killed mid-notebook (Ctrl-C, a crash) must not leave its kernel running.
    grader = subprocess.Popen([sys.executable, "-c", (
        "import sys\nfrom nbformat.v4 import new_code_cell, new_notebook\n"
        "from mlpath.limits import LimitedExecute\n"
        "notebook = new_notebook(cells=[new_code_cell('import time; time.sleep(600)')])\n"
        "LimitedExecute(timeout=700, notebook_timeout=700).preprocess(notebook, {'metadata': {'path': sys.argv[1]}})\n"),
        str(course / "autograded" / "alice" / "m1")], start_new_session=True)
    deadline = time.monotonic() + 60
    kernel: set[int] = set()
    while time.monotonic() < deadline and not _runs_a_kernel(kernel):
        time.sleep(0.2)
        kernel = _descendants(grader.pid)
    assert _runs_a_kernel(kernel), f"the sandboxed kernel did not start: {sorted(kernel)}"
    grader.kill()
    grader.wait()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(Path(f"/proc/{p}").exists() for p in kernel):
        time.sleep(0.2)
    left = [f"{p}: {_command_line(Path(f'/proc/{p}'))[:80]}" for p in kernel if Path(f"/proc/{p}").exists()]
    assert not left, f"processes outlived the killed grader: {left}"


@pytest.mark.skipif(cpu_slots.unavailable_reason() is not None,
                    reason=f"no control groups here: {cpu_slots.unavailable_reason()}")
def test_what_a_kernel_starts_even_detached_stays_on_its_slots_one_core(course: Path) -> None:
    """A process the kernel detaches with setsid is still in the slot's group, capped at one core."""
    marker = "7.31415"  # a sleep no other process on the machine runs
    found: list[str] = []

    def watch() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not found:
            for proc in Path("/proc").glob("[0-9]*"):
                try:
                    if (proc / "cmdline").read_bytes().split(b"\0")[:2] == [b"sleep", marker.encode()]:
                        found.append((proc / "cgroup").read_text())
                        return
                except OSError:
                    continue
            time.sleep(0.1)

    watcher = threading.Thread(target=watch)
    watcher.start()
    _run(course / "autograded" / "alice" / "m1", [
        f"import subprocess, time\nsubprocess.Popen(['sleep', '{marker}'], start_new_session=True)\ntime.sleep(6)"])
    watcher.join()
    assert found, "the detached process was never seen"
    groups = [line.split(":")[-1] for line in found[0].splitlines()
              if line.split(":")[1] in ("cpu", "cpu,cpuacct", "")]
    slot = next(g for g in groups if cpu_slots.GROUP_PREFIX in g)
    name = slot.strip("/").split("/")[-1]
    if (cpu_slots.CGROUP_ROOT / "cgroup.controllers").is_file():
        assert (cpu_slots.CGROUP_ROOT / name / "cpu.max").read_text().split() == ["100000", "100000"]
    else:
        quota = (cpu_slots.CGROUP_ROOT / "cpu" / name / "cpu.cfs_quota_us").read_text().strip()
        assert quota == (cpu_slots.CGROUP_ROOT / "cpu" / name / "cpu.cfs_period_us").read_text().strip()



def test_what_a_kernel_writes_in_its_folder_is_bounded(course: Path) -> None:
    """Files of 100 MB, each under the file-size cap, stop at the working folder's size."""
    outputs = _run(course / "autograded" / "alice" / "m1", [
        "written = 0\ntry:\n    for i in range(20):\n        with open(f'big{i}.bin', 'wb') as f:\n"
        "            f.write(b'0' * 100 * 2**20)\n        written += 1\nexcept OSError as error:\n"
        "    print(written, error.strerror)",
        "print(open('notes.txt').read())"])
    count, reason = outputs[0].split(" ", 1)
    assert int(count) < 11 and reason == "No space left on device", outputs[0]
    assert outputs[1] == "alice's own file"
