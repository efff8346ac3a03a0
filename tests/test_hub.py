"""`make hub` end to end: a class on a real JupyterHub, driven in a real browser.

The hub is the one ``hub/mlpath_hub.py`` sets up for ``make hub`` (the same environment, proxy
and configuration), with users, ports, state and exchange of this test's own, all removed
afterwards. A student fetches m1 from the Assignments tab, answers exercise 1 right and
exercise 7 with base-rate neglect, validates (and reads what the checks teach), and submits;
the instructor collects, autogrades and releases feedback in the Formgrader, inside
JupyterLab; the student fetches the feedback and reads the score and the teaching messages.

One test for the whole story, so pytest-xdist keeps it on one worker. Needs root (it creates local
users); CI runs as root.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from browser import (
    ARTIFACTS,
    SLOW_MS,
    Steps,
    chromium_browser,
    free_port,
    set_cell_source,
    validate,
    wait_for_lab,
    wait_for_notebook,
)
from conftest import ROOT
from playwright.sync_api import Browser, FrameLocator, Locator, Page

from mlpath.assignments import read_exercises, solution_answers

TEST = "test_a_class_on_the_hub"
ASSIGNMENT = "m1_statistics"
SOURCE = ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
RIGHT, WRONG = "q1_prob_at_least", "q7_bayes_fraud"
BASE_RATE_NEGLECT = ("def p_fraud_given_alert(prevalence, sensitivity, false_positive_rate):\n"
                     "    return sensitivity\n")


def _hub_module():
    spec = importlib.util.spec_from_file_location("mlpath_hub", ROOT / "hub" / "mlpath_hub.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["mlpath_hub"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


hub = _hub_module()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[hub.Site]:
    """A running hub with this test's users (mlpt-*), ports, state and exchange."""
    if os.geteuid() != 0:
        pytest.skip("the hub creates local users: run as root (CI does)")
    for tool in ("npm", "runuser", "useradd", "/usr/bin/python3"):
        if shutil.which(tool) is None:
            pytest.skip(f"the hub needs {tool}")
    exchange = Path(tempfile.mkdtemp(prefix="mlpath-hub-exchange-"))
    site = hub.Site(state=tmp_path / "state", exchange=exchange, user_prefix="mlpt", students=2,
                    port=free_port(), hub_port=free_port(), proxy_api_port=free_port(),
                    assignments=(ASSIGNMENT,))
    hub.remove(site)  # users left by an interrupted run
    running = None
    try:
        running = hub.start(site, hub.set_up(site))
        yield site
    finally:
        if running is not None:
            hub.stop(running, site)
        # Kept with the screenshots: the users' servers log there too, and remove() deletes it.
        log = site.state / "jupyterhub.log"
        if log.exists():
            (ARTIFACTS / TEST).mkdir(parents=True, exist_ok=True)
            shutil.copy(log, ARTIFACTS / TEST / "jupyterhub.log")
        hub.remove(site)


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium_browser() as launched:
        yield launched


def _new_page(browser: Browser) -> Page:
    """A page in a context of its own: each user logs in with their own cookies."""
    page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
    page.set_default_timeout(SLOW_MS)
    return page


def _log_in(page: Page, site: hub.Site, user: str) -> None:
    page.goto(f"{site.url}/hub/login")
    page.fill("#username_input", user)
    page.fill("#password_input", hub.passwords(site)[user])
    page.click("#login_submit")
    wait_for_lab(page)


def _open_nbgrader_panel(page: Page, item: str) -> None:
    page.get_by_role("menuitem", name="Nbgrader").click()
    page.get_by_role("menuitem", name=item).click()


def _assignment_row(page: Page, section: str) -> Locator:
    return (page.locator(f"#{section}_assignments_list .list_item:not(.nested_list_item)")
            .filter(has_text=ASSIGNMENT).first)


def _formgrader_row(formgrader: FrameLocator, text: str) -> Locator:
    return formgrader.locator("tbody tr").filter(has_text=text).first


def _confirm(formgrader: FrameLocator, expected: str) -> None:
    """Wait for the formgrader's result dialog, check it says ``expected``, close it."""
    modal = formgrader.locator(".modal-dialog")
    modal.wait_for(timeout=SLOW_MS)
    said = modal.inner_text()
    assert expected in said, said
    modal.locator(".modal-footer button").first.click()
    modal.wait_for(state="detached")


def _answer_cell_index(grade_id: str) -> int:
    release = nbformat.read(ROOT / "release" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    return next(i for i, cell in enumerate(release.cells)
                if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def test_hub_config_serves_only_the_sites_users_on_loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The config file as JupyterHub loads it, from what start() passes (no root needed)."""
    from traitlets.config import PyFileConfigLoader

    site = hub.Site(state=tmp_path, exchange=tmp_path / "exchange", user_prefix="cfg", port=8123)
    env = {"MLPATH_HUB_PREFIX": "/opt/env", "MLPATH_HUB_STATE": str(tmp_path), "MLPATH_HUB_PROXY": "/chp",
           "MLPATH_HUB_PORT": "8123", "MLPATH_HUB_API_PORT": "8124", "MLPATH_HUB_PROXY_API_PORT": "8125",
           "MLPATH_HUB_INSTRUCTOR": site.instructor, "MLPATH_HUB_STUDENTS": ",".join(site.student_names),
           "MLPATH_EXCHANGE": str(site.exchange), "MLPATH_DATASETS": "/opt/env/share/mlpath/datasets"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    config = PyFileConfigLoader("jupyterhub_config.py", path=str(ROOT / "hub")).load_config()
    assert config.JupyterHub.bind_url == site.url
    assert config.Authenticator.allowed_users == set(site.users)
    assert config.Spawner.cmd == ["/opt/env/bin/jupyterhub-singleuser"]
    assert config.Spawner.environment["MLPATH_EXCHANGE"] == str(site.exchange)


@pytest.mark.slow
def test_a_class_on_the_hub(site: hub.Site, browser: Browser) -> None:
    student, other_student = site.student_names
    course = hub.home(site.instructor) / "mlpath"
    # Unix permissions, not hidden menus, keep the solutions, the gradebook and classmates'
    # work from a student.
    for private in (course / "source", course / "gradebook.db", hub.home(student)):
        peek = subprocess.run(["runuser", "-u", other_student, "--", "ls", str(private)],
                              capture_output=True, text=True, check=False)
        assert peek.returncode != 0, f"{other_student} can read {private}: {peek.stdout}"
    points = read_exercises(SOURCE)[RIGHT.split("_")[0]].points
    total = sum(e.points for e in read_exercises(SOURCE).values())

    steps = Steps(TEST, _new_page(browser))
    page = steps.page
    with steps.step("student: log in"):
        _log_in(page, site, student)
    with steps.step("student: Assignments tab lists m1"):
        _open_nbgrader_panel(page, "Assignment List")
        _assignment_row(page, "released").wait_for()
        assert page.get_by_role("menuitem", name="Formgrader").count() == 0
        page.locator(".jp-DirListing-item").filter(has_text="notebooks").wait_for()  # the lessons
    with steps.step("student: fetch m1"):
        _assignment_row(page, "released").get_by_role("button", name="Fetch").click()
        _assignment_row(page, "fetched").wait_for()
    with steps.step("student: open the notebook"):
        page.goto(f"{site.url}/user/{student}/lab/tree/{ASSIGNMENT}/{ASSIGNMENT}.ipynb")
        wait_for_lab(page)
        wait_for_notebook(page)
    with steps.step("student: answer exercises 1 and 7"):
        set_cell_source(page, _answer_cell_index(RIGHT), solution_answers(nbformat.read(SOURCE, as_version=4))[RIGHT])
        set_cell_source(page, _answer_cell_index(WRONG), BASE_RATE_NEGLECT)
    with steps.step("student: validate"):
        said = validate(page)
        page.get_by_text("base-rate neglect").first.scroll_into_view_if_needed()
        assert "base-rate neglect" in said and "`standard_error` is not written yet" in said, said
        assert "prob_at_least" not in said and "Traceback" not in said, said
        page.locator(".jp-Dialog .jp-Dialog-footer button").last.click()
    with steps.step("student: submit"):
        _open_nbgrader_panel(page, "Assignment List")
        _assignment_row(page, "fetched").get_by_role("button", name="Submit").click()
        _assignment_row(page, "submitted").wait_for()

    steps.page = page = _new_page(browser)
    with steps.step("instructor: log in"):
        _log_in(page, site, site.instructor)
    formgrader = page.frame_locator(".jp-MainAreaWidget iframe")
    with steps.step("instructor: open the Formgrader in JupyterLab"):
        _open_nbgrader_panel(page, "Formgrader")
        _formgrader_row(formgrader, ASSIGNMENT).wait_for()
    with steps.step("instructor: collect"):
        _formgrader_row(formgrader, ASSIGNMENT).locator("td.collect a").click()
        _confirm(formgrader, f"Successfully collected submissions of '{ASSIGNMENT}'")
        _formgrader_row(formgrader, ASSIGNMENT).locator("td.num-submissions a").click()
    with steps.step("instructor: autograde"):
        _formgrader_row(formgrader, student).locator("td.autograde a").click()
        _confirm(formgrader, f"Successfully autograded '{ASSIGNMENT}' for student '{student}'")
        # The written answer (exercise 10) was left blank: nbgrader scores it 0 itself.
        _formgrader_row(formgrader, student).filter(
            has_text=re.compile(rf"graded\s*{points:g} / {total:g}")).wait_for()
        # set-up put the students in the gradebook by name, as an instructor's roster would
        name = dict(zip(site.student_names, hub.DEMO_NAMES))[student]
        assert f"{name[1]}, {name[0]}" in _formgrader_row(formgrader, student).inner_text()
    with steps.step("instructor: generate and release feedback"):
        formgrader.get_by_role("link", name="Manage Assignments").first.click()
        _formgrader_row(formgrader, ASSIGNMENT).locator("td.generate-feedback a").click()
        _confirm(formgrader, "Successfully generated feedback")
        _formgrader_row(formgrader, ASSIGNMENT).locator("td.release-feedback a").click()
        _confirm(formgrader, "Successfully released feedback")

    steps.page = page = _new_page(browser)
    with steps.step("student: log in again"):
        _log_in(page, site, student)
    with steps.step("student: fetch feedback"):
        _open_nbgrader_panel(page, "Assignment List")
        _assignment_row(page, "submitted").get_by_role("button", name="Fetch Feedback").click()
        page.get_by_text("(view feedback)").first.click()
    with steps.step("student: read the feedback"):
        page.locator(".jp-DirListing-item").filter(has_text=f"{ASSIGNMENT}.html").dblclick()
        feedback = page.frame_locator(".jp-HTMLViewer iframe").locator("body")
        text = feedback.inner_text()
        assert re.search(rf"Score: {points:.1f} / {total:.1f}", text), text[:2000]
        assert "base-rate neglect" in text and "is not written yet" in text, text[:2000]
        feedback.get_by_text("base-rate neglect").first.scroll_into_view_if_needed()
