"""What the browser tests share: Debian's chromium under Playwright, a screenshot per step, a
single-user Jupyter server on loopback, and the JupyterLab gestures a student makes.

Playwright never downloads a browser here: it drives ``/usr/bin/chromium``, which ``make test``
installs (``tools/system_packages.sh``). Every step of a test runs inside :meth:`Steps.step`,
which saves a screenshot (``<artifacts>/<test>/<NN>_<step>.png``) and, when the step fails,
raises with the step's name and the text the page showed, so a CI log says what a student
would have seen.
"""

from __future__ import annotations

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ROOT
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
#: Screenshots go here, one folder per test; CI keeps the folder as an artifact.
ARTIFACTS = Path(os.environ.get("MLPATH_BROWSER_ARTIFACTS", ROOT / "tests" / "artifacts" / "browser"))
# Without the background-networking flags chromium keeps calling Google's hosts, which this
# closed network refuses; Playwright itself adds --headless and a fresh profile directory.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: A notebook is rendered in ~5 s and validated in ~6 s alone; two busy cores need more.
SLOW_MS = 120_000
PAGE_TEXT_CHARS = 4000


def free_port() -> int:
    """Return a TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_http(url: str, seconds: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Wait until ``url`` answers at all (any HTTP status), failing early if ``process`` died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with code {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


def stop_process_group(process: subprocess.Popen[bytes], grace: float = 20) -> None:
    """Stop a process started with ``start_new_session=True`` and everything it started.

    SIGTERM first, so servers shut their kernels down; SIGKILL for whatever is left after
    ``grace`` seconds.
    """
    for signal_number, wait in ((15, grace), (9, 5)):
        try:
            os.killpg(process.pid, signal_number)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


class LabServer:
    """A single-user Jupyter server (``jupyter lab``) on loopback with a fixed token.

    Parameters
    ----------
    root : Path
        The folder it serves and runs in (its ``nbgrader_config.py`` is the one nbgrader reads).
    """

    def __init__(self, root: Path) -> None:
        self.port, self.token = free_port(), secrets.token_hex(16)
        bin_dir = Path(sys.executable).parent
        command = [str(bin_dir / "jupyter"), "lab", "--no-browser", "--ServerApp.ip=127.0.0.1",
                   f"--ServerApp.port={self.port}", f"--IdentityProvider.token={self.token}",
                   f"--ServerApp.root_dir={root}"]
        if os.geteuid() == 0:
            command.append("--allow-root")
        env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
        self.process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)

    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def request(self, method: str, path: str, data: dict[str, str] | None = None) -> str:
        """Call the server's HTTP API with the token and return the body."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(f"{self.url}{path}", data=body, method=method,
                                     headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(req, timeout=120) as response:
            return response.read().decode()

    def wait_until_up(self, seconds: float = 90) -> None:
        """Wait until the server answers its status API."""
        wait_for_http(f"{self.url}/api/status?token={self.token}", seconds, self.process)

    def stop(self) -> None:
        """Stop the server and the kernels it started."""
        stop_process_group(self.process)


@contextmanager
def chromium_browser() -> Iterator[Browser]:
    """Yield Debian's headless chromium under Playwright, installing it first if missing.

    Skips the test when chromium is missing and cannot be installed (not root, no apt).
    """
    if not CHROMIUM.exists():
        subprocess.run([str(ROOT / "tools" / "system_packages.sh")], check=True)
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (install Debian's chromium package as root)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


class StepFailed(AssertionError):
    """A browser step failed; the message names the step and quotes the page."""


class Steps:
    """Numbered steps of one browser test, each saved as a screenshot.

    Parameters
    ----------
    name : str
        The test's name: its screenshots go to ``ARTIFACTS / name``, emptied first.
    page : Page
        The page the first steps act on; set :attr:`page` to switch to another user's page.
    """

    def __init__(self, name: str, page: Page) -> None:
        self.folder = ARTIFACTS / name
        self.folder.mkdir(parents=True, exist_ok=True)
        for old in self.folder.glob("*.png"):
            old.unlink()
        self.page = page
        self.count = 0

    @contextmanager
    def step(self, name: str) -> Iterator[Page]:
        """Run one step on :attr:`page`: screenshot after it, or fail with the page's text."""
        self.count += 1
        label = f"{self.count:02d}_{re.sub(r'[^a-z0-9]+', '_', name.lower()).strip('_')}"
        try:
            yield self.page
        except Exception as error:
            shot = self._screenshot(f"{label}_FAILED")
            raise StepFailed(f"step {label} ({name}) failed: {error}\nscreenshot: {shot}\n"
                             f"--- page text ---\n{self._page_text()}") from error
        self._screenshot(label)

    def _screenshot(self, label: str) -> Path | str:
        path = self.folder / f"{label}.png"
        try:
            self.page.screenshot(path=str(path))
        except Exception as error:  # noqa: BLE001 -- a failed screenshot must not hide the failure
            return f"none ({error})"
        return path

    def _page_text(self) -> str:
        """The visible text of the page and of its frames (the Formgrader is one)."""
        texts = []
        for frame in self.page.frames:
            try:
                texts.append(frame.inner_text("body", timeout=5000))
            except Exception as error:  # noqa: BLE001 -- report what we can of a broken page
                texts.append(f"(frame {frame.url} unreadable: {error})")
        return "\n--- frame ---\n".join(t[-PAGE_TEXT_CHARS:] for t in texts)


def wait_for_lab(page: Page) -> None:
    """Wait until JupyterLab has drawn its shell (its splash screen is gone)."""
    page.wait_for_selector("#jupyterlab-splash", state="detached", timeout=SLOW_MS)
    page.wait_for_selector(".jp-LabShell", timeout=SLOW_MS)


def wait_for_notebook(page: Page) -> None:
    """Wait until the open notebook shows its cells and its kernel is idle."""
    page.wait_for_selector(".jp-NotebookPanel:visible .jp-Cell", timeout=SLOW_MS)
    page.wait_for_selector(".jp-NotebookPanel:visible .jp-Notebook-ExecutionIndicator[data-status='idle']",
                           timeout=SLOW_MS)


def set_cell_source(page: Page, index: int, source: str) -> None:
    """Replace the text of the ``index``-th cell of the open notebook, as a student types it.

    Markdown cells are opened for editing first (double-click); the text goes in through the
    cell's editor (select all, then insert), and the cell is left in command mode.
    """
    cell = page.locator(".jp-NotebookPanel:visible .jp-Notebook .jp-Cell").nth(index)
    cell.scroll_into_view_if_needed()
    if "jp-MarkdownCell" in (cell.get_attribute("class") or ""):
        cell.dblclick()
    editor = cell.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+a")
    page.keyboard.insert_text(source)
    page.keyboard.press("Escape")


def validate(page: Page) -> str:
    """Press the open notebook's Validate button and return the result dialog's text."""
    page.locator(".jp-NotebookPanel:visible .jp-Toolbar").get_by_role("button", name="Validate").click()
    dialog = page.locator(".jp-Dialog").filter(has_not_text="Validating...")
    dialog.locator(".jp-Dialog-header").wait_for(timeout=SLOW_MS)
    return dialog.inner_text()


def close_dialog(page: Page) -> None:
    """Close the dialog on top (its first button: OK or Close)."""
    page.locator(".jp-Dialog .jp-Dialog-footer button").last.click()
    page.locator(".jp-Dialog").wait_for(state="detached", timeout=10_000)
