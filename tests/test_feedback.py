"""Feedback keeps the checks' message and drops tracebacks that quote hidden tests."""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_notebook, new_output

from mlpath.feedback import ConciseErrors, concise_check_errors


def _cell(grade: bool, solution: bool):
    cell = new_code_cell("check()", outputs=[new_output(
        "error", ename="AssertionError", evalue="expected 2, found 3",
        traceback=["Cell In[3], line 9", "   _hard = 0.0676  # a hidden test's line", "AssertionError: expected 2"])])
    cell.metadata["nbgrader"] = {"grade": grade, "solution": solution, "grade_id": "q1_tests", "points": 1}
    return cell


def test_graded_test_cells_keep_only_the_message() -> None:
    nb = new_notebook(cells=[_cell(grade=True, solution=False), _cell(grade=False, solution=True)])
    nb, _ = ConciseErrors()(nb, {})  # called as nbgrader calls it: only runs when enabled
    assert nb.cells[0].outputs[0]["traceback"] == ["AssertionError: expected 2, found 3"]
    # the student's own answer cell keeps its traceback: it points at their code
    assert len(nb.cells[1].outputs[0]["traceback"]) == 3


def test_validation_hook_shortens_failed_checks_only() -> None:
    test_cell, answer_cell = _cell(grade=True, solution=False), _cell(grade=False, solution=True)
    for cell in (test_cell, answer_cell):  # called as nbclient calls an on_cell_error hook
        concise_check_errors(cell=cell, cell_index=0, execute_reply={})
    assert test_cell.outputs[0]["traceback"] == ["AssertionError: expected 2, found 3"]
    assert len(answer_cell.outputs[0]["traceback"]) == 3


def test_validation_messages_are_wrapped_to_what_nbgrader_validate_prints_whole() -> None:
    """`nbgrader validate` cuts lines at 87 characters: the part that says what to do came last."""
    cell = _cell(grade=True, solution=False)
    advice = "to catch it, give the frame its columns in another order and check each one by name"
    cell.outputs[0]["evalue"] = "Your tests pass on 1 of the 7 buggy versions:\n  • columns matched by position — " + advice
    concise_check_errors(cell=cell, cell_index=0, execute_reply={})
    shown = cell.outputs[0]["traceback"][0]
    assert all(len(line) <= 82 for line in shown.splitlines())
    assert " ".join(shown.split()) == " ".join(f"AssertionError: {cell.outputs[0]['evalue']}".split())
