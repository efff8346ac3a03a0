"""Which submissions are already graded, so that grading a class again resumes instead of redoing.

``mlpath grade`` may be stopped (Ctrl-C, a lost connection, a killed process) half-way through
a class of 500. The ledger remembers, for each student, a fingerprint of the submission that
was graded and of the assignment it was graded against. Grading again skips exactly the
students whose fingerprints still match; a new or changed submission, or a changed
assignment, is graded again. The ledger sits beside nbgrader's output, in
``autograded/.mlpath-<assignment>.json``; deleting it (or ``--regrade``) grades everyone.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from mlpath.files import write_atomically


def folder_fingerprint(folder: Path) -> str:
    """A sha256 of every file under ``folder``: names and contents.

    Parameters
    ----------
    folder : Path

    Returns
    -------
    str
        Hex digest; empty-folder and missing-folder digests are equal.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclass
class Ledger:
    """Graded submissions of one assignment in one course folder.

    Attributes
    ----------
    path : Path
        The JSON file.
    assignment_key : str
        Fingerprint of the assignment's source folder (its hidden tests included).
    graded : dict of str to str
        Student id to the fingerprint of the submission whose grades are in the gradebook,
        or which nbgrader could not grade (a kernel that dies dies again).
    failures : dict of str to str
        Why nbgrader could not grade a student's recorded submission.
    """

    path: Path
    assignment_key: str
    graded: dict[str, str] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, course_root: Path, assignment: str) -> "Ledger":
        """Read the ledger, or start an empty one when the assignment's source changed."""
        path = course_root / "autograded" / f".mlpath-{assignment}.json"
        key = folder_fingerprint(course_root / "source" / assignment)
        ledger = cls(path, key)
        if path.exists():
            stored = json.loads(path.read_text())
            if stored.get("assignment") == key:
                ledger.graded = dict(stored.get("graded", {}))
                ledger.failures = dict(stored.get("failures", {}))
        return ledger

    def submission_key(self, student: str, assignment: str) -> str:
        """Fingerprint of a student's submitted folder."""
        return folder_fingerprint(self.path.parents[1] / "submitted" / student / assignment)

    def unchanged(self, students: Iterable[str], assignment: str) -> set[str]:
        """The students whose graded submission is the one submitted now."""
        return {s for s in students
                if s in self.graded and self.graded[s] == self.submission_key(s, assignment)}

    def forget(self, students: Iterable[str]) -> None:
        """Drop students about to be graded again (so an interruption cannot keep stale grades)."""
        for student in students:
            self.graded.pop(student, None)
            self.failures.pop(student, None)
        self.save()

    def record(self, students: Iterable[str], assignment: str, failures: dict[str, str] | None = None) -> None:
        """Remember that these students' current submissions are graded, or failed for a reason."""
        for student in {*students, *(failures or {})}:
            self.graded[student] = self.submission_key(student, assignment)
        self.failures.update(failures or {})
        self.save()

    def save(self) -> None:
        """Write the ledger atomically (a crash never leaves half a file)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps({"assignment": self.assignment_key, "graded": self.graded,
                                                "failures": self.failures}, indent=1))
