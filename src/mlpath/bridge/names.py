"""Which names the test cells take from the student's notebook.

A test cell refers to the student's answers by name (``standard_error``, ``TRAIN``…). The
checker kernel runs the test cells and the locked set-up cells; every global name those cells
read without ever binding it, and that is not a built-in, must come from the student's kernel.
The scopes are Python's own (:mod:`symtable`), so a helper's parameter named like an answer is
not mistaken for it.
"""

from __future__ import annotations

import builtins
import symtable
from collections.abc import Iterable

from IPython.core.inputtransformer2 import TransformerManager


def python_source(cell_source: str) -> str:
    """The Python a cell runs, with IPython's magics turned into calls."""
    return TransformerManager().transform_cell(cell_source)


def _scopes(table: symtable.SymbolTable) -> Iterable[symtable.SymbolTable]:
    yield table
    for child in table.get_children():
        yield from _scopes(child)


def student_names(sources: Iterable[str]) -> list[str]:
    """The global names ``sources`` read but never bind, built-ins left out.

    Parameters
    ----------
    sources : iterable of str
        The cells the checker kernel runs, in order.

    Returns
    -------
    list of str
        Sorted names.
    """
    read: set[str] = set()
    bound: set[str] = set()
    for number, source in enumerate(sources):
        try:
            table = symtable.symtable(python_source(source), f"<cell {number}>", "exec")
        except SyntaxError:
            continue  # the cell fails in the checker as it would anywhere
        for symbol in table.get_symbols():
            if symbol.is_assigned() or symbol.is_imported() or symbol.is_namespace():
                bound.add(symbol.get_name())
            elif symbol.is_referenced():
                read.add(symbol.get_name())
        for scope in _scopes(table):
            if scope is table:
                continue
            for symbol in scope.get_symbols():
                if symbol.is_global() and symbol.is_referenced() and not symbol.is_declared_global():
                    read.add(symbol.get_name())
                elif symbol.is_declared_global() and symbol.is_assigned():
                    bound.add(symbol.get_name())
    return sorted(name for name in read - bound if not hasattr(builtins, name) and name not in _IPYTHON_NAMES)


#: Names IPython defines in every kernel's namespace.
_IPYTHON_NAMES = frozenset({"get_ipython", "In", "Out", "exit", "quit", "display", "_", "__", "___"})
