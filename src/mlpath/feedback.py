"""What students read in their feedback: the checks' messages, not the hidden tests' code.

nbgrader's ``ClearHiddenTests`` removes hidden tests from a test cell's source, but the
traceback stored with a failing cell still quotes the lines around the failure, hidden ones
included. :class:`ConciseErrors` keeps only the last line of each error in graded test
cells: the exception and its message, which the course's checks write for the student.
:func:`concise_check_errors` does the same while a student validates (nbgrader's Validate
button would otherwise show the checks' own stack frames around that message).
"""

from __future__ import annotations

from typing import Any

from nbformat import NotebookNode
from nbgrader.preprocessors import NbGraderPreprocessor


class ConciseErrors(NbGraderPreprocessor):
    """Replace the traceback of every error in a graded test cell by ``Name: message``.

    An nbgrader preprocessor (enabled by default, unlike a plain nbconvert one, which nbgrader
    would register but never run).
    """

    def preprocess_cell(self, cell: NotebookNode, resources: dict[str, Any], index: int
                        ) -> tuple[NotebookNode, dict[str, Any]]:
        """Shorten the error outputs of graded, non-answer code cells; leave others alone."""
        _shorten_test_errors(cell)
        return cell, resources


def concise_check_errors(cell: NotebookNode, **_: Any) -> None:
    """Shorten a failed test cell's error to ``Name: message`` as soon as the cell fails.

    An nbclient ``on_cell_error`` hook: the course configuration sets it for validation only
    (``c.Validator.Execute.on_cell_error``), so the Validate dialog shows the checks' teaching
    message instead of a traceback through ``mlpath.checks``.

    Parameters
    ----------
    cell : NotebookNode
        The cell that raised, with its outputs; changed in place.
    **_
        The hook's other arguments (``cell_index``, ``execute_reply``), not needed here.
    """
    _shorten_test_errors(cell)


def _shorten_test_errors(cell: NotebookNode) -> None:
    meta = cell.metadata.get("nbgrader", {})
    if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"]
