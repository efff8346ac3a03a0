"""No released test cell shows how to compute the answer (COURSE_DESIGN §5.3).

The visible part of a test cell sits right under the student's answer, and Validate and the
feedback HTML print it. It may compare with literal values only: the worked example's result
and the literal value each listed misconception gives on it. Reference computations belong
to the hidden tests, which nbgrader strips from ``release/``. The rules, checked on every
test cell of every released notebook:

* it imports no modelling library (SciPy, scikit-learn, statsmodels, XGBoost) and none of
  the course's reference implementations;
* every expected value it hands to the checks -- ``Call(expected=...)``,
  ``check_value(found, expected)``, and every value of a ``misconceptions`` mapping -- is a
  literal in the strictest sense: what ``ast.literal_eval`` reads (numbers, strings, None,
  tuples, lists, dicts), or ``np.array([...])`` / ``pd.Series([...])`` of such. A long array
  is a digest dict ``{"length": …, "head": (…), "total": …}``, a missing value is ``None``
  (:func:`mlpath.checks.from_literal` reads both). Names and arithmetic are not literals:
  ``0.02 * 0.9 / 0.067`` is the formula, and a name shows nothing a reader can check.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

import nbformat
import pytest
from conftest import ASSIGNMENTS, ROOT

#: Libraries whose import in a visible cell means the cell can compute the answer.
FORBIDDEN_IMPORTS = ("scipy", "sklearn", "statsmodels", "xgboost", "mlpath.reference")
#: Constructors that build a literal from literal arguments.
LITERAL_CONSTRUCTORS = {"array", "asarray", "Series", "DataFrame"}
#: Check functions and the position of their expected value among the positional arguments.
EXPECTED_POSITION = {"Call": None, "check_value": 1}


def _test_cells(assignment: str) -> Iterator[tuple[str, str]]:
    notebook = nbformat.read(ROOT / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    for cell in notebook.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            yield meta["grade_id"], cell.source


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def is_literal(node: ast.AST) -> bool:
    """Tell whether ``node`` is a literal value in the sense of the module docstring."""
    try:
        ast.literal_eval(node)
        return True
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        pass
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in LITERAL_CONSTRUCTORS and all(is_literal(a) for a in node.args)
            and all(is_literal(k.value) for k in node.keywords))


def leaks(source: str) -> list[str]:
    """Every way the visible test code ``source`` computes or could compute the answer."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            found += [f"line {node.lineno}: imports {name}" for name in names
                      if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IMPORTS)]
            if isinstance(node, ast.ImportFrom) and node.module == "mlpath":
                found += [f"line {node.lineno}: imports mlpath.reference" for a in node.names if a.name == "reference"]
        if not isinstance(node, ast.Call) or _callee(node) not in EXPECTED_POSITION:
            continue
        values = {k.arg: k.value for k in node.keywords}
        position = EXPECTED_POSITION[_callee(node)]
        if position is not None and len(node.args) > position:
            values["expected"] = node.args[position]
        if "expected" in values and not is_literal(values["expected"]):
            found.append(f"line {node.lineno}: expected = {ast.unparse(values['expected'])[:80]}")
        wrong = values.get("misconceptions")
        if wrong is None:
            continue
        if not isinstance(wrong, ast.Dict):
            found.append(f"line {node.lineno}: misconceptions = {ast.unparse(wrong)[:80]} (not a literal mapping)")
            continue
        found += [f"line {node.lineno}: a misconception's value is {ast.unparse(v)[:80]}"
                  for v in wrong.values if not is_literal(v)]
    return found


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_visible_test_cells_hold_literals_only(assignment: str) -> None:
    problems = {grade_id: found for grade_id, source in _test_cells(assignment) if (found := leaks(source))}
    assert not problems, "Visible test cells that show how to compute the answer (move it to the hidden tests):\n" + \
        "\n".join(f"{grade_id}: " + "; ".join(found) for grade_id, found in problems.items())


@pytest.mark.parametrize(("source", "n_leaks"), [
    ("from scipy import stats\n", 1),
    ("import sklearn.linear_model as lm\n", 1),
    ("from mlpath import reference\n", 1),
    ("checks.check_call(f, checks.Call(args=(1,), expected=0.0676))\n", 0),
    ("checks.check_call(f, checks.Call(args=(1,), expected=0.02 * 0.9 / 0.067))\n", 1),
    ("E = (187.4, 2792.6)\nchecks.check_call(f, checks.Call(args=(x,), expected=E))\n", 1),
    ("checks.check_call(f, checks.Call(args=(x,), expected=(187.4, 2792.6)))\n", 0),
    (("checks.check_call(f, checks.Call(args=(x,), expected=_np.array([1.0, None]), "
      "misconceptions={'no offset': {'length': 3, 'head': (1.0,), 'total': 4.5}}))\n"), 0),
    ("checks.check_call(f, checks.Call(args=(x,), expected=_np.array([1.0, _np.nan])))\n", 1),
    ("checks.check_call(f, checks.Call(args=(x,), expected=checks.Digest(length=3, head=(1.0,), total=4.5)))\n", 1),
    ("checks.check_call(f, checks.Call(args=(x,), expected=1.0, misconceptions={'p > k': _st.poisson.sf(1, 0.07)}))\n", 1),
    ("checks.check_call(f, checks.Call(args=(x,), expected=1.0, misconceptions=_WRONG))\n", 1),
    ("checks.check_value(found['power'], ref['power'], what='x', where=W)\n", 1),
    ("checks.check_value(found['power'], 1.25, what='x', where=W)\n", 0),
    ("def _call(p):\n    return checks.Call(args=(p,), expected=p * 2)\n", 1),
])
def test_the_leak_rules_themselves(source: str, n_leaks: int) -> None:
    assert len(leaks(source)) == n_leaks, leaks(source)
