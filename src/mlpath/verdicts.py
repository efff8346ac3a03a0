"""A test cell passes or fails: its points never come from a value it displayed.

nbgrader scores a graded test cell from its outputs, in order: the first error (or text on
stderr) gives 0, but the first ``execute_result`` met before it gives *partial credit* — its
value, read as a number. Student code owns the kernel the tests run in, so a hook that runs
before every cell can publish ``execute_result: 1`` and win the points of a test that then
fails. The course's tests never award partial credit that way (each cell passes or fails;
points are split across cells instead), so :class:`PassOrFail` removes every
``execute_result`` from graded test cells before nbgrader saves the grades: an error anywhere in
the cell then counts.
"""

from __future__ import annotations

from typing import Any

from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor


class PassOrFail(NbGraderPreprocessor):
    """Drop the displayed results of graded test cells, so only their errors decide their points.

    An nbgrader preprocessor, placed in the autograde chain before ``SaveAutoGrades``.
    """

    def preprocess_cell(self, cell: NotebookNode, resources: dict[str, Any], index: int
                        ) -> tuple[NotebookNode, dict[str, Any]]:
        """Remove ``execute_result`` outputs from a graded, non-answer code cell."""
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            cell.outputs = [o for o in cell.get("outputs", []) if o.get("output_type") != "execute_result"]
        return cell, resources
