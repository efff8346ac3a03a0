"""The tampering scan reads the code, not its spelling (mlpath.tampering)."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from mlpath.answer_bank import load_bank
from mlpath.assignments import solution_answers, with_answers
from mlpath.tampering import (BUILTINS, CHECKS, DYNAMIC, ERRORS, FRAMES, IMPORTS, LIBRARY, STOPS, cell_reasons,
                              tampering_warnings)

from conftest import ASSIGNMENTS, BANKS, ROOT


@pytest.mark.parametrize(("code", "reason"), [
    # the reload patch, as written, in full-width letters, and hidden in base64
    ("import importlib\nimportlib.reload = lambda m: m\n", IMPORTS),
    ("import ｉｍｐｏｒｔｌｉｂ\nｉｍｐｏｒｔｌｉｂ.reload = lambda m: m\n", IMPORTS),
    ("import base64\nexec(base64.b64decode(b'aW1wb3J0IGltcG9ydGxpYg=='))\n", DYNAMIC),
    ("f = eval('lambda: 1')\n", DYNAMIC),
    ("m = __import__('importlib')\n", IMPORTS),
    ("import importlib as il\nil.reload(checks)\n", IMPORTS),
    ("import importlib.metadata\nimportlib.reload(checks)\n", IMPORTS),
    ("import importlib\nm = importlib.import_module('mlpath.checks')\nm.check_call = print\n", CHECKS),
    # a finder that survives reloading the checks
    ("import sys\nsys.meta_path.insert(0, Finder())\n", IMPORTS),
    ("from sys import modules\nmodules['mlpath.checks'] = fake\n", IMPORTS),
    # the expected value read from the checker's frame
    ("import sys\ndef f(x):\n    return sys._getframe(1).f_locals['call'].expected\n", FRAMES),
    ("import inspect\ndef f(x):\n    return inspect.currentframe().f_back.f_locals['expected']\n", FRAMES),
    ("import gc\nleaks = gc.get_objects()\n", FRAMES),
    # IPython hooks and transformers that change what later cells run
    ("ip = get_ipython()\nip.input_transformers_cleanup.append(lambda lines: [])\n", ERRORS),
    ("get_ipython().events.register('pre_run_cell', forge)\n", ERRORS),
    ("import builtins\nbuiltins.AssertionError = Warning\n", BUILTINS),
    ("import numpy as np\nnp.isclose = lambda *a, **k: True\n", LIBRARY),
    ("import numpy as np\nsetattr(np, 'allclose', lambda *a, **k: True)\n", LIBRARY),
    ("from mlpath import checks\nchecks.check_call = print\n", CHECKS),
    ("check_call = print\n", CHECKS),
    ("import os\nos._exit(0)\n", STOPS),
    ("%%bash\ncat ../source/*.ipynb\npython -c 'import importlib'\n", IMPORTS),
    ("!python -c 'import importlib'\ndef f(x):\n    return 1\n", IMPORTS),
    ("%%writefile pricing/sneaky.py\nimport sys\nsys.modules['mlpath.checks'] = None\n", IMPORTS),
    ("def f(x) return 1  # does not parse\nimportlib.reload(m)\n", IMPORTS),
])
def test_each_pattern_is_flagged_whatever_its_spelling(code: str, reason: str) -> None:
    assert reason in cell_reasons(code)


@pytest.mark.parametrize("code", [
    "import numpy as np\nfrom scipy import stats\ndef f(x):\n    return float(np.mean(x))\n",
    "import gc\ngc.collect()\n",
    "from importlib.metadata import version\nprint(version('xgboost'))\n",
    "import importlib\nversions = {n: importlib.import_module(n).__version__ for n in ('numpy', 'pandas')}\n",
    "import re\npattern = re.compile(r'\\d+')\n",
    "model.eval()\nresult = np.isclose(a, b)\n",
    # a command line ends with sys.exit: in a file it writes, that is no attack on the kernel
    ("%%writefile pricing/cli.py\nimport sys\ndef main():\n    return 0\nif __name__ == '__main__':\n"
     "    sys.exit(main())\n"),
    "%timeit f(3)\nx = 1\n",
])
def test_honest_code_is_not_flagged(code: str) -> None:
    assert cell_reasons(code) == set()


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solutions_and_correct_bank_answers_are_never_flagged(assignment: str, tmp_path: Path) -> None:
    """An honest class must not drown the instructor in 'review by hand'."""
    source = nbformat.read(ROOT / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    honest = tmp_path / "honest.ipynb"
    nbformat.write(with_answers(source, solution_answers(source)), honest)
    assert tampering_warnings(honest) == []
    flagged = {a.label: sorted(cell_reasons(a.source)) for a in load_bank(BANKS / assignment)
               if a.verdict == "correct" and cell_reasons(a.source)}
    assert not flagged, flagged
