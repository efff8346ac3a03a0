"""Every lesson runs top to bottom, as a student would run it (time budgets: benchmarks/)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

LESSONS = sorted((ROOT / "notebooks").rglob("*.ipynb"))
#: A guard against hangs, far above the 60 s budget that benchmarks/notebook_times.py reports.
HANG_GUARD_SECONDS = 300


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=[str(p.relative_to(ROOT / "notebooks")) for p in LESSONS])
def test_lesson_runs_top_to_bottom(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=HANG_GUARD_SECONDS, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in notebook.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors


@pytest.mark.parametrize("path", LESSONS, ids=[str(p.relative_to(ROOT / "notebooks")) for p in LESSONS])
def test_lesson_is_committed_clean_and_ends_with_what_you_can_do(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in notebook.cells if c.cell_type == "code"), "clear outputs"
    assert notebook.metadata["kernelspec"]["name"] == "python3"
    if path.parent.name != "notebooks":
        assert "What you can now do" in notebook.cells[-1].source
        assert "After this lesson you can" in notebook.cells[0].source
