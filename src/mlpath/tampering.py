"""Find answer code that reaches into the grading, by reading the code rather than its spelling.

Where student code and the tests share one kernel (``tests_run_in = "student"``, the student's
own Validate, a file exercise's module imported by its tests), an answer can patch the checks,
the import machinery, builtins or IPython's error handling, or read the checker's frames for
the expected value. With the tests in a checker kernel (:mod:`mlpath.bridge`) such code changes
no score in a notebook's cells, but it is never needed to answer an exercise: the instructor is
told to review it by hand. The scan reads the answer cells and the cells the student added, and
parses each with :mod:`ast` after the Unicode
normalisation Python itself applies to identifiers (NFKC: ``ｉｍｐｏｒｔｌｉｂ`` *is*
``importlib``), so another spelling of the same code is the same code. Code built at run
time (``exec``, ``eval``, ``compile``, ``__import__``) cannot be read, so it is flagged itself.

A cell that writes a file (``%%writefile pricing/cli.py``) holds a program, not kernel code:
it is parsed as Python, and ``sys.exit`` there is how a command line ends, not an attack.
A cell that does not parse is searched with regular expressions on its normalised text.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import nbformat

CHECKS = "redefines the course's checks"
IMPORTS = "uses the import machinery"
BUILTINS = "changes Python's builtins"
STOPS = "stops the kernel"
ERRORS = "changes how cells run or errors are reported"
LIBRARY = "replaces a library function"
ASSERTION = "redefines AssertionError"
DYNAMIC = "runs code built at run time (exec, eval, compile)"
FRAMES = "reads the interpreter's frames or objects"

#: Modules whose import is reason enough.
_MODULES = {"importlib": IMPORTS, "builtins": BUILTINS, "inspect": FRAMES,
            "mlpath.checks": CHECKS, "mlpath.diagnosis": CHECKS}
#: Parts of those modules that honest answers use: a version number, a bundled file, a library
#: imported by name to read its ``__version__``. Importing the course's checks by name is caught
#: by the string that names them.
_HARMLESS = ("importlib.metadata", "importlib.resources", "importlib.import_module")
#: Module names that no answer has reason to spell out in a string.
_COURSE_INTERNALS = ("mlpath.checks", "mlpath.diagnosis")
#: Names whose use is reason enough, wherever they appear.
_NAMES = {"__import__": IMPORTS, "__builtins__": BUILTINS, "exec": DYNAMIC, "eval": DYNAMIC,
          "compile": DYNAMIC, "get_ipython": ERRORS}
#: Attributes that are reason enough on any object.
_ATTRIBUTES = {"f_back": FRAMES, "f_locals": FRAMES, "f_globals": FRAMES, "tb_frame": FRAMES,
               "gi_frame": FRAMES, "__globals__": FRAMES, "__subclasses__": FRAMES, "_getframe": FRAMES,
               "get_objects": FRAMES, "get_referrers": FRAMES, "get_referents": FRAMES,
               "__builtins__": BUILTINS, "set_custom_exc": ERRORS, "excepthook": ERRORS,
               "input_transformers_cleanup": ERRORS, "input_transformers_post": ERRORS,
               "ast_transformers": ERRORS, "meta_path": IMPORTS, "path_hooks": IMPORTS}
#: ``module.attribute`` pairs that are reason enough; the value says in which kind of cell.
_QUALIFIED = {("sys", "modules"): IMPORTS, ("sys", "exit"): STOPS, ("os", "_exit"): STOPS,
              ("os", "kill"): STOPS, ("os", "killpg"): STOPS, ("mlpath", "checks"): CHECKS}
#: Reasons that do not apply to a program written to a file (it runs in a process of its own).
_PROGRAM_ALLOWS = {STOPS}
#: Libraries whose functions an answer must never replace.
_LIBRARIES = {"np", "numpy", "pd", "pandas", "math", "scipy", "stats", "sklearn", "xgb", "xgboost"}
#: Names of the course's checks that an answer must never rebind.
_CHECK_NAMES = {"checks", "check_call", "check_value", "call_student", "require"}

#: The fallback for cells that do not parse: patterns on the normalised text.
_PATTERNS = {
    r"\bmlpath\.checks\b|\bchecks\s*=|\bcheck_call\s*=": CHECKS,
    r"\bimportlib\b|\b__import__\b|\bsys\.modules\b|\bmeta_path\b": IMPORTS,
    r"\bbuiltins\b|\b__builtins__\b": BUILTINS,
    r"\bsys\.exit\b|\bos\._exit\b|\bos\.kill\b": STOPS,
    r"\bget_ipython\b|\bset_custom_exc\b|\bsys\.excepthook\b": ERRORS,
    r"^\s*(?:np|numpy|pd|pandas|math)\.\w+(?:\.\w+)*\s*=(?!=)": LIBRARY,
    r"^\s*AssertionError\s*=(?!=)|\bclass\s+AssertionError\b": ASSERTION,
    r"\b(?:exec|eval|compile)\s*\(": DYNAMIC,
    r"\b_getframe\b|\bf_back\b|\bf_locals\b|\binspect\b": FRAMES,
}
_CELL_MAGIC = re.compile(r"^%%(\w+)[^\n]*\n?")


def _dotted(node: ast.AST) -> str:
    """``a.b.c`` for a chain of attributes on a name, else ""."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return ".".join([node.id, *reversed(parts)])
    return ""


def _assigned(target: ast.AST) -> str | None:
    """The reason an assignment to ``target`` is tampering, or None."""
    if isinstance(target, ast.Name):
        if target.id in _CHECK_NAMES:
            return CHECKS
        if target.id == "AssertionError":
            return ASSERTION
    dotted = _dotted(target)
    if dotted.split(".")[0] in _LIBRARIES and "." in dotted:
        return LIBRARY
    if dotted.startswith(("checks.", "mlpath.")):
        return CHECKS
    if isinstance(target, (ast.Tuple, ast.List)):
        return next((r for t in target.elts if (r := _assigned(t))), None)
    return None


def code_reasons(code: str) -> set[str]:
    """Every reason to review ``code`` (Python source) by hand; raises SyntaxError if it does not parse."""
    reasons: set[str] = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            # A plain `import importlib` is judged by what the code then uses (the attribute
            # rule below); under another name its uses cannot be read, so the import decides.
            reasons |= {_MODULES[m] for a in node.names for m in _MODULES
                        if (a.name == m or a.name.startswith(m + ".")) and not a.name.startswith(_HARMLESS)
                        and not (a.name == "importlib" and a.asname is None)}
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            names = [f"{module}.{a.name}" for a in node.names]
            if not (module.startswith(_HARMLESS) or all(n.startswith(_HARMLESS) for n in names)):
                reasons |= {r for m, r in _MODULES.items() if module == m or module.startswith(m + ".")}
            if module == "mlpath" and any(a.name in ("checks", "diagnosis") for a in node.names):
                reasons.add(CHECKS)
            if module == "sys" and any(a.name in ("modules", "meta_path", "_getframe") for a in node.names):
                reasons.add(IMPORTS)
        elif isinstance(node, ast.Name) and node.id in _NAMES:
            reasons.add(_NAMES[node.id])
        elif isinstance(node, ast.Attribute):
            if node.attr in _ATTRIBUTES:
                reasons.add(_ATTRIBUTES[node.attr])
            dotted = _dotted(node)
            if dotted.startswith("importlib.") and not dotted.startswith(_HARMLESS):
                reasons.add(IMPORTS)  # `import importlib.metadata` binds `importlib` too
            base = node.value
            if isinstance(base, ast.Name) and (base.id, node.attr) in _QUALIFIED:
                reasons.add(_QUALIFIED[(base.id, node.attr)])
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            reasons |= {r for t in targets if (r := _assigned(t))}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and any(
                name in node.value for name in _COURSE_INTERNALS):
            reasons.add(CHECKS)
        elif isinstance(node, ast.ClassDef) and node.name == "AssertionError":
            reasons.add(ASSERTION)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("setattr", "delattr")
              and node.args and _dotted(node.args[0]).split(".")[0] in _LIBRARIES | {"checks", "mlpath", "builtins"}):
            reasons.add(LIBRARY if _dotted(node.args[0]).split(".")[0] in _LIBRARIES else CHECKS)
    return reasons


def cell_reasons(source: str) -> set[str]:
    """Every reason to review one answer cell by hand (see the module's docstring)."""
    text = unicodedata.normalize("NFKC", source)
    magic = _CELL_MAGIC.match(text)
    program = bool(magic and magic.group(1) == "writefile")
    if magic:
        text = text[magic.end():]
        if not program:
            return _pattern_reasons(text)  # %%bash and the like: not Python; read the text
    # Line magics and shell escapes are not Python; what follows them is read as text.
    python = "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in text.splitlines())
    escapes = "\n".join(line for line in text.splitlines() if line.lstrip().startswith(("%", "!")))
    try:
        reasons = code_reasons(python)
    except SyntaxError:
        reasons = _pattern_reasons(python)
    reasons |= _pattern_reasons(escapes) if escapes else set()
    return reasons - _PROGRAM_ALLOWS if program else reasons


def _pattern_reasons(text: str) -> set[str]:
    return {reason for pattern, reason in _PATTERNS.items() if re.search(pattern, text, re.MULTILINE)}


def tampering_warnings(path: Path) -> list[str]:
    """List reasons to review a submission by hand: answer cells that reach into the grading.

    Parameters
    ----------
    path : Path
        A submitted notebook.

    Returns
    -------
    list of str
        One short phrase per kind of suspicious code found in the answer cells and in cells
        the student added, sorted; empty
        for an ordinary submission.
    """
    nb = nbformat.read(path, as_version=4)
    reasons: set[str] = set()
    for cell in nb.cells:
        grader = cell.metadata.get("nbgrader", {})
        # Answer cells and cells the student added; locked and test cells are restored from the gradebook.
        if cell.cell_type == "code" and (grader.get("solution") or not (grader.get("grade") or grader.get("locked"))):
            reasons |= cell_reasons(cell.source)
    return sorted(reasons)
