"""What students read in their feedback: the checks' messages, not the hidden tests' code.

nbgrader's ``ClearHiddenTests`` removes hidden tests from a test cell's source, but the
traceback stored with a failing cell still quotes the lines around the failure, hidden ones
included. :class:`ConciseErrors` keeps only the last line of each error in graded test
cells: the exception and its message, which the course's checks write for the student.
:func:`concise_check_errors` does the same while a student validates (nbgrader's Validate
button would otherwise show the checks' own stack frames around that message).
"""

from __future__ import annotations

import textwrap
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

    Notes
    -----
    ``nbgrader validate`` cuts every printed line at ``Validator.width`` (90) characters,
    which cut each message where it said what to do; the message is wrapped to fit instead.
    """
    _shorten_test_errors(cell, width=VALIDATE_WIDTH)


#: Characters per line of a message shown by Validate: nbgrader validate indents by 4 and
#: cuts lines longer than its width (90) minus 3.
VALIDATE_WIDTH = 82


def _wrapped(text: str, width: int) -> str:
    """Wrap each line of ``text`` to ``width``, keeping its indentation (bullets stay bullets)."""
    lines = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        lines += textwrap.wrap(line, width, subsequent_indent=indent + "  " * line.lstrip().startswith("•"),
                               break_long_words=False, break_on_hyphens=False) or [""]
    return "\n".join(lines)


def _shorten_test_errors(cell: NotebookNode, width: int | None = None) -> None:
    meta = cell.metadata.get("nbgrader", {})
    if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                message = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"
                output["traceback"] = [_wrapped(message, width) if width else message]
