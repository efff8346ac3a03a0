"""What `make lab` serves, driven over HTTP as the JupyterLab front end drives it.

A real Jupyter server with nbgrader's extensions runs on a course folder: the released
assignment appears in the Assignments list, Fetch copies it, and Validate on a fetched copy
with a wrong answer returns the check's teaching message. (Clicking the buttons in a real
browser is the browser suite's job.)
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import nbformat
import pytest

from mlpath.assignments import solution_answers, with_answers
from mlpath.grading import Course

from conftest import ROOT

ASSIGNMENT = "m1_statistics"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Server:
    """A Jupyter server on loopback, called with its token."""

    def __init__(self, root: Path) -> None:
        self.port, self.token = _free_port(), secrets.token_hex(16)
        bin_dir = Path(sys.executable).parent
        command = [str(bin_dir / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
                   f"--ServerApp.port={self.port}", f"--IdentityProvider.token={self.token}",
                   f"--ServerApp.root_dir={root}"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        self.process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)

    def request(self, method: str, path: str, data: dict[str, str] | None = None) -> str:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=body, method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.read().decode()

    def wait_until_up(self, seconds: float = 90) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                self.request("GET", "/api/status")
                return
            except OSError:
                time.sleep(0.5)
        raise TimeoutError(f"the Jupyter server did not answer within {seconds} s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.mark.slow
def test_fetch_and_validate_through_the_server(tmp_path: Path) -> None:
    course = Course.create(tmp_path)
    course.add_source(ASSIGNMENT, ROOT / "source" / ASSIGNMENT)
    course.generate(ASSIGNMENT)
    course.release(ASSIGNMENT)
    server = _Server(tmp_path)
    try:
        server.wait_until_up()
        assert "@jupyter/nbgrader" in server.request("GET", "/lab")
        listed = json.loads(server.request("GET", "/assignments?course_id=mlpath"))
        assert [(a["assignment_id"], a["status"]) for a in listed["value"]] == [(ASSIGNMENT, "released")]
        server.request("POST", "/assignments/fetch", {"course_id": "mlpath", "assignment_id": ASSIGNMENT})
        fetched = tmp_path / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
        notebook = nbformat.read(fetched, as_version=4)
        answers = solution_answers(nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4))
        answers["q7_bayes_fraud"] = "def p_fraud_given_alert(prevalence, sensitivity, false_positive_rate):\n    return sensitivity\n"
        nbformat.write(with_answers(notebook, answers), fetched)
        result = json.loads(server.request("POST", "/assignments/validate",
                                           {"path": f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"}))
        failed = result["value"]["failed"]
        assert len(failed) == 1 and "base-rate neglect" in failed[0]["error"]
    finally:
        server.stop()
