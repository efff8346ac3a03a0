"""The grading ledger keeps exactly the submissions graded and unchanged since."""

from __future__ import annotations

from pathlib import Path

from mlpath.ledger import Ledger

ASSIGNMENT = "hw1"


def _course(root: Path) -> Path:
    (root / "source" / ASSIGNMENT).mkdir(parents=True)
    (root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text("tests v1")
    for student in ("ana", "ben"):
        folder = root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        (folder / f"{ASSIGNMENT}.ipynb").write_text(f"answers of {student}")
    return root


def test_recorded_submissions_stay_graded_until_they_change(tmp_path: Path) -> None:
    root = _course(tmp_path)
    ledger = Ledger.load(root, ASSIGNMENT)
    assert ledger.unchanged(["ana", "ben"], ASSIGNMENT) == set()
    ledger.record(["ana"], ASSIGNMENT, {"ben": "the kernel died"})
    again = Ledger.load(root, ASSIGNMENT)
    assert again.unchanged(["ana", "ben"], ASSIGNMENT) == {"ana", "ben"}
    assert again.failures == {"ben": "the kernel died"}
    (root / "submitted" / "ana" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text("resubmitted")
    assert again.unchanged(["ana", "ben"], ASSIGNMENT) == {"ben"}


def test_forgetting_and_a_changed_assignment_grade_again(tmp_path: Path) -> None:
    root = _course(tmp_path)
    Ledger.load(root, ASSIGNMENT).record(["ana", "ben"], ASSIGNMENT)
    ledger = Ledger.load(root, ASSIGNMENT)
    ledger.forget(["ben"])
    assert Ledger.load(root, ASSIGNMENT).unchanged(["ana", "ben"], ASSIGNMENT) == {"ana"}
    (root / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").write_text("tests v2: a hidden test fixed")
    assert Ledger.load(root, ASSIGNMENT).unchanged(["ana", "ben"], ASSIGNMENT) == set()
