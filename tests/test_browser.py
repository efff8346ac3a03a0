"""`make lab` in a real browser: a student validates the released m1 notebook.

The statements' hints open when clicked. Blank, the Validate dialog shows the checks'
teaching message (not a traceback); with every
answer typed in from the source solution, the same button reports that the notebook passes.
Whole-notebook validation passes only when all ten answers are right, so the test types all
of them, each through the cell's editor as a student would.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from browser import (
    LabServer,
    Steps,
    chromium_browser,
    close_dialog,
    set_cell_source,
    validate,
    wait_for_lab,
    wait_for_notebook,
)
from conftest import ROOT
from playwright.sync_api import Browser

from mlpath.assignments import solution_answers

ASSIGNMENT = "m1_statistics"
NOTEBOOK = f"release/{ASSIGNMENT}/{ASSIGNMENT}.ipynb"


@pytest.fixture
def browser() -> Iterator[Browser]:
    with chromium_browser() as launched:
        yield launched


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[LabServer]:
    """`make lab`'s server on a copy of the course: its config and the released notebook."""
    shutil.copy(ROOT / "nbgrader_config.py", tmp_path)
    shutil.copytree(ROOT / "release" / ASSIGNMENT, tmp_path / "release" / ASSIGNMENT)
    server = LabServer(tmp_path)
    try:
        server.wait_until_up()
        yield server
    finally:
        server.stop()


def _answers_by_cell_index() -> dict[int, str]:
    release = nbformat.read(ROOT / NOTEBOOK, as_version=4)
    answers = solution_answers(nbformat.read(ROOT / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4))
    return {i: answers[cell.metadata["nbgrader"]["grade_id"]] for i, cell in enumerate(release.cells)
            if cell.metadata.get("nbgrader", {}).get("solution")}


@pytest.mark.slow
def test_student_validates_the_released_notebook(browser: Browser, lab: LabServer) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    steps = Steps("test_student_validates_the_released_notebook", page)
    with steps.step("open the released notebook"):
        page.goto(f"{lab.url}/lab/tree/{NOTEBOOK}?token={lab.token}")
        wait_for_lab(page)
        wait_for_notebook(page)
    with steps.step("open the first hint"):
        # Hints are collapsed <details> in the statement: closed until the student asks.
        summary = page.locator("details > summary", has_text="Hint 1").first
        summary.scroll_into_view_if_needed()
        details = summary.locator("xpath=..")
        assert details.get_attribute("open") is None, "the hint should start collapsed"
        summary.click()
        assert details.get_attribute("open") is not None, "clicking 'Hint 1' should open it"
        assert details.inner_text().strip() != "Hint 1", "the open hint shows no text"
    with steps.step("validate the blank notebook"):
        said = validate(page)
        page.get_by_text("is not written yet").first.scroll_into_view_if_needed()  # for the screenshot
        assert "`prob_at_least` is not written yet" in said, said
        assert "Where to look: Lesson 1" in said, said
        assert "Traceback" not in said and "mlpath/checks.py" not in said, said
    with steps.step("type every answer"):
        close_dialog(page)
        for index, source in _answers_by_cell_index().items():
            set_cell_source(page, index, source)
    with steps.step("validate the answered notebook"):
        said = validate(page)
        assert "Success! Your notebook passes all the tests." in said, said
