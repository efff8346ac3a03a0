"""Read an nbgrader assignment notebook as exercises: answer cells, test cells and points.

The course names cells by exercise: every ``grade_id`` starts with the exercise key
(``q4_…``); the exercise's answer cell is the one nbgrader marks ``solution``, its statement
is ``q4_statement`` and says "(N points", and its test cells carry the points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat import NotebookNode

_EXERCISE_KEY = re.compile(r"^(q\d+)_")
_POINTS_IN_STATEMENT = re.compile(r"\((\d+) points?\b")


@dataclass
class Exercise:
    """One exercise of an assignment notebook.

    Attributes
    ----------
    key : str
        The exercise key, e.g. ``"q4"``.
    answer_id : str
        ``grade_id`` of the cell the student writes in.
    test_points : dict of str to float
        Points of each autograded test cell, by ``grade_id``.
    manual : bool
        True when the answer cell itself is graded by a person.
    manual_points : float
        Points of that manually graded answer, if any.
    stated_points : int or None
        The points the statement announces, read from "(N points".
    """

    key: str
    answer_id: str = ""
    test_points: dict[str, float] = field(default_factory=dict)
    manual: bool = False
    manual_points: float = 0.0
    stated_points: int | None = None

    @property
    def points(self) -> float:
        """All points of the exercise, autograded and manual."""
        return sum(self.test_points.values()) + self.manual_points

    @property
    def grade_ids(self) -> list[str]:
        """The ``grade_id`` of every cell nbgrader scores for this exercise."""
        return [self.answer_id] * self.manual + list(self.test_points)


def exercise_key(grade_id: str) -> str | None:
    """Return the exercise key (``"q4"``) a ``grade_id`` belongs to, or None."""
    match = _EXERCISE_KEY.match(grade_id)
    return match.group(1) if match else None


def read_exercises(notebook: NotebookNode | Path) -> dict[str, Exercise]:
    """Group an assignment notebook's nbgrader cells into exercises.

    Parameters
    ----------
    notebook : NotebookNode or Path
        A source or release notebook.

    Returns
    -------
    dict of str to Exercise
        Exercises by key, in notebook order.

    Raises
    ------
    ValueError
        If a graded or answer cell's ``grade_id`` does not start with an exercise key.
    """
    nb = nbformat.read(notebook, as_version=4) if isinstance(notebook, Path) else notebook
    exercises: dict[str, Exercise] = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id", "")
        key = exercise_key(grade_id)
        if key is None:
            if meta.get("grade") or meta.get("solution"):
                raise ValueError(f"Cell {grade_id!r} is graded or holds an answer, but its grade_id "
                                 "does not start with an exercise key such as 'q1_'.")
            continue
        exercise = exercises.setdefault(key, Exercise(key))
        if grade_id == f"{key}_statement":
            found = _POINTS_IN_STATEMENT.search(cell.source)
            exercise.stated_points = int(found.group(1)) if found else None
        elif meta.get("solution"):
            exercise.answer_id = grade_id
            if meta.get("grade"):
                exercise.manual = True
                exercise.manual_points = float(meta.get("points", 0))
        elif meta.get("grade"):
            exercise.test_points[grade_id] = float(meta.get("points", 0))
    return exercises


def cells_by_id(notebook: NotebookNode) -> dict[str, NotebookNode]:
    """Map each nbgrader ``grade_id`` of a notebook to its cell."""
    return {c.metadata["nbgrader"]["grade_id"]: c for c in notebook.cells
            if "grade_id" in c.metadata.get("nbgrader", {})}


def with_answers(release: NotebookNode, answers: dict[str, str]) -> NotebookNode:
    """Return a copy of a release notebook with some answer cells filled in.

    Parameters
    ----------
    release : NotebookNode
        The notebook as students receive it.
    answers : dict of str to str
        New source for answer cells, by ``grade_id``.

    Returns
    -------
    NotebookNode
        A new notebook; ``release`` is unchanged.

    Raises
    ------
    KeyError
        If an answer names a cell that is not an answer cell of this notebook.
    """
    filled = nbformat.from_dict(release)
    cells = cells_by_id(filled)
    for grade_id, source in answers.items():
        cell = cells.get(grade_id)
        if cell is None or not cell.metadata["nbgrader"].get("solution"):
            raise KeyError(f"{grade_id!r} is not an answer cell of this notebook.")
        cell.source = source
    return filled


def solution_answers(source: NotebookNode) -> dict[str, str]:
    """Return the reference solution of every answer cell, as a student would write it.

    The ``### BEGIN SOLUTION`` / ``### END SOLUTION`` marker lines are dropped.
    """
    answers = {}
    for grade_id, cell in cells_by_id(source).items():
        if cell.metadata["nbgrader"].get("solution"):
            lines = [line for line in cell.source.splitlines()
                     if line.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION")]
            answers[grade_id] = "\n".join(lines)
    return answers
