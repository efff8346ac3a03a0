"""Checks that teach: the helpers the assignments' test cells call.

Each check either prints one short confirmation line or raises :class:`AssertionError`
with a message a patient teaching assistant would write: what was expected, what was
found, and where to look. It tells apart three situations (after Kaggle's learntools):

* **not attempted** -- the function still raises ``NotImplementedError``;
* **your code raised** -- the student's exception, with the call that caused it;
* **incorrect** -- the value found, the value expected and, when the value matches a
  known misconception, that misconception by name.

Test cells re-load this module before using it (``importlib.reload``), so a notebook that
redefines or patches a helper cannot make its own answer pass.

Examples
--------
>>> from mlpath.checks import Call, check_call
>>> def double(x):
...     return 2 * x
>>> check_call(double, Call(args=(3,), expected=6), where="Lesson 1, section 2")
✓ double(3) = 6
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import math
import sys
import uuid
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np

from mlpath import diagnosis

Misconceptions = Mapping[str, Any]


@dataclass(frozen=True)
class Call:
    """One call of a student's function and the value it should return.

    Parameters
    ----------
    args : tuple, default ()
        Positional arguments.
    kwargs : dict, default {}
        Keyword arguments.
    expected : Any
        The correct return value: a number, an array, a tuple of numbers or a boolean array.
    misconceptions : mapping of str to value, default {}
        Wrong values that known mistakes produce on this call, keyed by a sentence that
        names the mistake and says how to fix it. A found value matching one (within the
        same tolerance) gets that sentence as feedback.
    show : str, optional
        How to print the call in messages, when the arguments are too long to show.
    atol : float, optional
        Absolute tolerance for this call alone, overriding the check's: for answers with
        Monte-Carlo error, such as a bootstrap interval or a permutation p-value.
    """

    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    expected: Any = None
    misconceptions: Misconceptions = field(default_factory=dict)
    show: str | None = None
    atol: float | None = None

    def __post_init__(self) -> None:
        # Visible cells write digests and missing values as plain literals (see from_literal).
        object.__setattr__(self, "expected", from_literal(self.expected))
        object.__setattr__(self, "misconceptions",
                           {why: from_literal(value) for why, value in self.misconceptions.items()})

    def describe(self, name: str) -> str:
        """Return the call as the student would write it, e.g. ``f(1, level=0.9)``."""
        if self.show is not None:
            return f"{name}({self.show})"
        parts = [_short(a) for a in self.args]
        parts += [f"{k}={_short(v)}" for k, v in self.kwargs.items()]
        return f"{name}({', '.join(parts)})"


@dataclass(frozen=True)
class Digest:
    """A long answer written down in literals: its length, first values and sum.

    A visible test cell may hold literals only (it must never show how the answer is
    computed), and 5,000 predictions do not belong in it. A digest stands for such an
    array wherever an expected value or a misconception's value goes; a found array
    matches it when it has ``length`` values, starts with ``head`` and adds up to ``total``,
    all within the check's tolerance. A visible cell writes it as the dict literal
    ``{"length": 5000, "head": (0.0956, 0.0749), "total": 433.2}``, which
    :func:`from_literal` turns into a digest.

    Parameters
    ----------
    length : int
        Number of values.
    head : tuple of float
        The first values, in order.
    total : float
        The sum of all values.

    Examples
    --------
    >>> values_match([1.0, 2.0, 3.0, 4.0], Digest(length=4, head=(1.0, 2.0), total=10.0))
    True
    """

    length: int
    head: tuple[float, ...]
    total: float

    def matches(self, found: Any, *, rtol: float, atol: float) -> bool:
        """Tell whether ``found`` has this length, head and total, within tolerance."""
        array = _as_array(found)
        if array is None or array.ndim != 1 or array.size != self.length or array.dtype == bool:
            return False
        head = np.asarray(self.head, dtype=float)
        values = array.astype(float)
        return bool(np.all(_close(values[: head.size], head, rtol, atol))
                    and np.isclose(values.sum(), self.total, rtol=rtol, atol=atol, equal_nan=True))

    def __str__(self) -> str:
        head = ", ".join(f"{v:.4g}" for v in self.head)
        return f"{self.length} values [{head}, …] adding up to {self.total:.6g}"


#: The keys of a digest written as a dict literal.
_DIGEST_KEYS = frozenset({"length", "head", "total"})


def _holds_none(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, (list, tuple)) or (isinstance(value, np.ndarray) and value.dtype == object):
        return any(_holds_none(v) for v in value)
    return False


def from_literal(value: Any) -> Any:
    """Read an expected value the way a visible test cell writes it: in literals only.

    ``{"length": …, "head": …, "total": …}`` is a :class:`Digest`; a sequence holding ``None``
    is a float array with NaN where the ``None`` is (a lag that does not exist yet, a level
    with no data). Anything else is returned unchanged.

    Examples
    --------
    >>> from_literal([None, 34.0])
    array([nan, 34.])
    >>> from_literal({"length": 3, "head": (1.0,), "total": 6.0})
    Digest(length=3, head=(1.0,), total=6.0)
    """
    if isinstance(value, Mapping) and set(value) == _DIGEST_KEYS:
        return Digest(length=int(value["length"]), head=tuple(value["head"]), total=float(value["total"]))
    if isinstance(value, (list, tuple, np.ndarray)) and _holds_none(value):
        return np.array(value, dtype=float)
    return value


def _short(value: Any, width: int = 60) -> str:
    """Render a value for a message, cut to ``width`` characters."""
    if isinstance(value, Digest):
        return str(value)
    if isinstance(value, float):
        text = f"{value:.6g}"
    elif isinstance(value, np.ndarray):
        text = np.array2string(value, precision=4, threshold=6, separator=", ")
    elif isinstance(value, (tuple, list)) and all(isinstance(v, (int, float, np.number)) for v in value):
        inner = ", ".join(_short(float(v)) if isinstance(v, (float, np.floating)) else str(v) for v in value)
        text = f"({inner})" if isinstance(value, tuple) else f"[{inner}]"
    else:
        text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _as_array(value: Any) -> np.ndarray | None:
    """Return ``value`` as a float or bool array, or None when it is not numeric."""
    try:
        array = np.asarray(value)
    except Exception:  # noqa: BLE001 -- any unconvertible object is simply "not numeric"
        return None
    if array.dtype == bool or np.issubdtype(array.dtype, np.number):
        return array
    return None


def _close(found: np.ndarray, expected: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """Element-wise closeness of two numeric arrays of one shape; NaN is close to NaN."""
    return np.isclose(found.astype(float), expected.astype(float), rtol=rtol, atol=atol, equal_nan=True)


def values_match(found: Any, expected: Any, *, rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    """Tell whether ``found`` equals ``expected``: same shape, numbers within tolerance.

    Parameters
    ----------
    found, expected : Any
        Numbers, sequences of numbers or arrays (booleans compare exactly).
    rtol, atol : float
        Relative and absolute tolerance, as in :func:`numpy.isclose`.

    Returns
    -------
    bool
        True when the shapes agree and every element is close. NaN matches only NaN in the
        same place, so a misconception that leaves values missing can be recognised.
    """
    expected = from_literal(expected)
    if isinstance(expected, Digest):
        return expected.matches(found, rtol=rtol, atol=atol)
    f, e = _as_array(found), _as_array(expected)
    if f is None or e is None or f.shape != e.shape:
        return False
    if e.dtype == bool or f.dtype == bool:
        return bool(np.array_equal(f.astype(bool), e.astype(bool))) and f.dtype == e.dtype
    return bool(np.all(_close(f, e, rtol, atol)))


def _where(where: str) -> str:
    return f"\nWhere to look: {where}." if where else ""


def call_student(func: Callable[..., Any], call: Call, *, where: str) -> Any:
    """Call a student's function, turning "not attempted" and crashes into clear messages.

    Parameters
    ----------
    func : callable
        The student's function.
    call : Call
        The arguments to pass.
    where : str
        The lesson section to reread, named in any message.

    Returns
    -------
    Any
        Whatever the function returned.

    Raises
    ------
    AssertionError
        If the function is not written yet, raised an exception, or is not a function.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    name = getattr(func, "__name__", "your answer")
    if not callable(func):
        raise AssertionError(
            f"Expected a function here, but found {type(func).__name__} {_short(func)}. "
            f"Define it with `def` in the answer cell above and run that cell.{_where(where)}"
        )
    try:
        # nbgrader scores a test cell 0 when anything reaches stderr: a library's warning
        # (a deprecation, "p-value capped") must not cost a correct answer its points.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return func(*call.args, **dict(call.kwargs))
    except NotImplementedError:
        raise AssertionError(
            f"`{name}` is not written yet: replace `raise NotImplementedError()` in the answer "
            f"cell with your code, run that cell, then run this one.{_where(where)}"
        ) from None
    except Exception as error:  # noqa: BLE001 -- any student error becomes teaching feedback
        # Keep the first lines: some libraries (XGBoost) append a C++ stack trace.
        said = "\n".join(str(error).strip().splitlines()[:3])
        raise AssertionError(
            f"Your code raised {type(error).__name__}: {said}\n"
            f"when called as {call.describe(name)}. Read the error from the bottom up, try that "
            f"call in a new cell, and check the types your function receives.{_where(where)}"
        ) from error


def check_call(func: Callable[..., Any], *calls: Call, where: str, rtol: float = 1e-6,
               atol: float = 1e-9, quiet: bool = False) -> None:
    """Check a student's function on one or more calls.

    Parameters
    ----------
    func : callable
        The student's function.
    *calls : Call
        The calls to make, each with its expected value and known misconceptions.
    where : str
        The lesson and section that teach this, e.g. ``"Lesson 2 (02_estimation), section 3"``.
    rtol, atol : float
        Tolerance for numeric comparison.
    quiet : bool, default False
        Print nothing on success (hidden tests use it so feedback stays short).

    Raises
    ------
    AssertionError
        At the first call whose value is wrong, naming the misconception when one matches.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    if not calls:
        raise ValueError("check_call needs at least one Call to make.")
    name = getattr(func, "__name__", "your answer")
    for call in calls:
        found = call_student(func, call, where=where)
        tolerance = atol if call.atol is None else call.atol
        if values_match(found, call.expected, rtol=rtol, atol=tolerance):
            continue
        message = _wrong_value_message(call.describe(name), name, call, found, rtol, tolerance)
        if call.atol is not None:
            message += f"\n(Small differences are expected here; up to ±{call.atol:.3g} is allowed.)"
        raise AssertionError(message + _where(where))
    if not quiet:
        shown = calls[0].describe(name)
        more = f" and on {len(calls) - 1} more input{'s' * (len(calls) > 2)}" if len(calls) > 1 else ""
        print(f"✓ {shown} = {_short(calls[0].expected)}{more}")


def check_deterministic(func: Callable[..., Any], call: Call, *, where: str,
                        seed_names: str = "seed") -> Any:
    """Call a student's function twice with the same arguments; fail if the results differ.

    A test that compares two calls (to find leakage, say) must first know that one call
    is repeatable, or it mistakes randomness for the mistake it looks for.

    Parameters
    ----------
    func : callable
        The student's function.
    call : Call
        The arguments to pass, twice (``expected`` is not used).
    where : str
        The lesson section to reread.
    seed_names : str, default "seed"
        How the statement names the randomness to fix, for the message.

    Returns
    -------
    Any
        The first call's result.

    Raises
    ------
    AssertionError
        If the two results differ, saying that every random choice must be seeded.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    name = getattr(func, "__name__", "your answer")
    first = call_student(func, call, where=where)
    second = call_student(func, call, where=where)
    if _same_result(first, second):
        return first
    raise AssertionError(
        f"{call.describe(name)} returned two different results when called twice with the same "
        f"arguments: {_short(first)} and then {_short(second)}. The answer must be repeatable: "
        f"seed every random choice from {seed_names} (np.random.default_rng(seed), "
        f"random_state=seed, XGBoost's random_state), and never draw from an unseeded "
        f"generator.{_where(where)}")


def _same_result(first: Any, second: Any) -> bool:
    """Exact equality of two results of any kind: numbers, arrays, frames, tuples, dicts."""
    if isinstance(first, Mapping) and isinstance(second, Mapping):
        return first.keys() == second.keys() and all(_same_result(first[k], second[k]) for k in first)
    if (isinstance(first, (tuple, list)) and isinstance(second, (tuple, list)) and len(first) == len(second)
            and not all(isinstance(v, (int, float, np.number)) for v in (*first, *second))):
        return all(_same_result(a, b) for a, b in zip(first, second, strict=True))
    if hasattr(first, "equals") and type(first) is type(second):
        return bool(first.equals(second))  # pandas: NaN equals NaN in the same place
    a, b = _as_array(first), _as_array(second)
    if a is not None and b is not None:
        return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype != bool))
    return bool(first == second)


def _wrong_value_message(shown: str, name: str, call: Call, found: Any, rtol: float, atol: float) -> str:
    """Explain a wrong return value: None, the wrong type or shape, or a known mistake."""
    if found is None:
        return (f"{shown} returned None. Did you forget a `return` statement at the end of "
                f"`{name}`?")
    expected_array, found_array = _as_array(call.expected), _as_array(found)
    if found_array is None:
        return (f"{shown} returned {type(found).__name__} {_short(found)}, but a number or an "
                f"array of numbers like {_short(call.expected)} was expected.")
    # A known mistake is named first, even when its value has another shape than the answer
    # (one number for all folds, the worked example's array on a longer input).
    mistakes = [m for m, wrong in call.misconceptions.items() if values_match(found, wrong, rtol=rtol, atol=atol)]
    if len(mistakes) == 1:
        return (f"{shown} returned {_short(found)}, expected {_short(call.expected)}.\n"
                f"That is the value you get from this mistake: {mistakes[0]}")
    if mistakes:  # several mistakes give the same value here: name them all
        listed = "\n".join(f"- {m}" for m in mistakes)
        return (f"{shown} returned {_short(found)}, expected {_short(call.expected)}.\n"
                f"That is the value you get from any of these mistakes:\n{listed}")
    said = _diagnosis(found, call, rtol, atol)
    if expected_array is not None and found_array.shape != expected_array.shape:
        return (f"{shown} returned something of shape {found_array.shape} ({_short(found)}), "
                f"but the answer has shape {expected_array.shape}: {_short(call.expected)}."
                + (f"\n{said}" if said else ""))
    inputs = [*call.args, *call.kwargs.values()]
    where_differ = diagnosis.first_difference(found, call.expected, rtol=rtol, atol=atol, inputs=inputs)
    return (f"{shown} returned {_short(found)}, expected {_short(call.expected)}."
            + (f"\n{said}" if said else "") + where_differ)


def _diagnosis(found: Any, call: Call, rtol: float, atol: float) -> str | None:
    """The relation between a wrong value and the answer (see :mod:`mlpath.diagnosis`)."""
    sizes = [len(a) for a in (*call.args, *call.kwargs.values())
             if hasattr(a, "__len__") and not isinstance(a, (str, bytes, Mapping))]
    expected = call.expected
    if isinstance(expected, Digest):
        array = _as_array(found)
        if array is None or array.ndim != 1 or array.dtype == bool:
            return None
        if array.size != expected.length:
            return (f"It has {array.size} values; the answer has {expected.length}, one per row of "
                    f"the input it describes.")
        # Compare what the digest keeps: the first values and the sum.
        found, expected = ([*array[: len(expected.head)].astype(float), float(array.astype(float).sum())],
                           [*expected.head, expected.total])
    return diagnosis.diagnose(found, expected, rtol=rtol, atol=atol, sizes=sizes)


def check_value(found: Any, expected: Any, *, what: str, where: str,
                misconceptions: Misconceptions | None = None, rtol: float = 1e-6,
                atol: float = 1e-9, quiet: bool = False) -> None:
    """Check one value the student's code produced, such as one entry of a returned dict.

    Parameters
    ----------
    found : Any
        The value to check.
    expected : Any
        The correct value.
    what : str
        The expression that produced the value, as messages should name it, e.g.
        ``"relativities(train, factors)['power']"`` (read as "… returned 1.2, expected 1.3").
    where : str
        The lesson section to reread.
    misconceptions : mapping of str to value, optional
        Wrong values known mistakes produce, keyed by the sentence that names the mistake.
    rtol, atol : float
        Tolerance for numeric comparison.
    quiet : bool, default False
        Print nothing on success.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    call = Call(expected=expected, misconceptions=misconceptions or {})
    expected = call.expected
    if not values_match(found, expected, rtol=rtol, atol=atol):
        raise AssertionError(_wrong_value_message(what, what, call, found, rtol, atol) + _where(where))
    if not quiet:
        print(f"✓ {what} = {_short(expected)}")


def require(condition: bool, message: str, *, where: str) -> None:
    """Fail with a teaching message unless a property of the student's answer holds.

    For checks that compare no single value: "doubling the exposure doubles the prediction",
    "changing a test label changes no prediction", "no prediction falls as bonus-malus rises".

    Parameters
    ----------
    condition : bool
        The property, already evaluated.
    message : str
        What was expected, what was found and which mistake causes it.
    where : str
        The lesson section to reread.

    Raises
    ------
    AssertionError
        With ``message`` and the lesson section, when ``condition`` is false.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    if not condition:
        raise AssertionError(message + _where(where))


def check_probability(value: Any, *, what: str, where: str) -> None:
    """Check that ``value`` is a single probability in [0, 1].

    Parameters
    ----------
    value : Any
        What the student's code returned.
    what : str
        What the value should be, e.g. ``"P(fraud | alert)"``.
    where : str
        The lesson section to reread.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        raise AssertionError(f"{what} should be one number, but found {type(value).__name__} "
                             f"{_short(value)}.{_where(where)}")
    if not (math.isfinite(float(value)) and 0.0 <= float(value) <= 1.0):
        raise AssertionError(f"{what} is a probability, so it lies between 0 and 1, but found "
                             f"{_short(float(value))}.{_where(where)}")


def check_coverage(hits: Sequence[bool] | np.ndarray, *, level: float, where: str,
                   what: str = "your interval") -> None:
    """Check that intervals covered the truth about as often as their level promises.

    Passes when the observed coverage lies within four binomial standard errors of
    ``level`` (a seeded simulation fails this by chance about once in 15,000 runs).

    Parameters
    ----------
    hits : sequence of bool
        One entry per simulated data set: did the interval contain the true value?
    level : float
        The promised coverage, e.g. 0.95.
    where : str
        The lesson section to reread.
    what : str, default "your interval"
        The interval's name, for the message.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    hits = np.asarray(hits, dtype=bool)
    if hits.size == 0:
        raise ValueError("check_coverage needs at least one simulated interval.")
    coverage = float(hits.mean())
    tolerance = 4 * math.sqrt(level * (1 - level) / hits.size)
    if abs(coverage - level) > tolerance:
        direction = "too narrow" if coverage < level else "too wide"
        raise AssertionError(
            f"In {hits.size} simulated samples {what} contained the true value {coverage:.1%} "
            f"of the time, but a {level:.0%} interval should do so {level:.0%} ± "
            f"{tolerance:.1%} of the time: it is {direction}.{_where(where)}")


def load_student_module(path: str | Path, *, where: str) -> ModuleType:
    """Import a module the student wrote to a file, afresh, under a name of its own.

    The module is executed anew on every call under a new name, so a test sees the file as
    it is now, never a copy the notebook imported (and may have patched) earlier.

    Parameters
    ----------
    path : str or Path
        The file the answer cell wrote, e.g. ``"pricing/validation.py"``.
    where : str
        The lesson section to reread, named in any message.

    Returns
    -------
    ModuleType

    Raises
    ------
    AssertionError
        If the file is missing, still raises ``NotImplementedError`` or fails to import.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    path = Path(path)
    _require_file(path, where)
    spec = importlib.util.spec_from_file_location(f"_student_{path.stem}_{uuid.uuid4().hex}", path)
    assert spec is not None and spec.loader is not None  # a .py file always has a loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and pickle look their module up there
    with _import_errors(path, where):
        spec.loader.exec_module(module)
    return module


def import_student_package(module: str, *, where: str, fresh: bool = True) -> ModuleType:
    """Import a module of the student's package afresh, as the package's own code imports it.

    For modules that import each other (``pricing.cli`` imports ``pricing.model``) or whose
    objects are pickled: every ``pricing…`` module is dropped from the import cache first and
    the package is imported from the assignment's folder (the working directory), so classes
    keep the names a fresh Python process will find them under.

    Parameters
    ----------
    module : str
        The dotted name, e.g. ``"pricing.model"``.
    where : str
        The lesson section to reread, named in any message.
    fresh : bool, default True
        Drop the package's modules from the cache first. A test that imports several
        modules passes False after the first, so they all share one copy of each class
        (pickle refuses an object whose class was imported twice).

    Returns
    -------
    ModuleType

    Raises
    ------
    AssertionError
        If the file is missing, still raises ``NotImplementedError`` or fails to import.
    """
    __tracebackhide__ = True  # IPython shows the message, not the checks' own frames
    package = module.split(".")[0]
    _require_file(Path(*module.split(".")).with_suffix(".py"), where)
    if fresh:
        for name in [n for n in sys.modules if n == package or n.startswith(f"{package}.")]:
            del sys.modules[name]
    folder = str(Path.cwd())
    if folder in sys.path:
        sys.path.remove(folder)
    sys.path.insert(0, folder)  # the assignment's own package first, whatever else is installed
    importlib.invalidate_caches()
    try:
        with _import_errors(Path(*module.split(".")).with_suffix(".py"), where):
            return importlib.import_module(module)
    finally:
        # Only the package comes from the student's folder: a library the tests import later must
        # not (its other modules are found through the package itself).
        sys.path.remove(folder)


def _require_file(path: Path, where: str) -> None:
    __tracebackhide__ = True
    if not path.is_file():
        raise AssertionError(f"`{path}` does not exist yet: run the answer cell that writes it "
                             f"(its first line is `%%writefile {path}`).{_where(where)}")


@contextlib.contextmanager
def _import_errors(path: Path, where: str) -> Iterator[None]:
    """Turn a failing import of a student's file into teaching feedback."""
    __tracebackhide__ = True
    try:
        yield
    except NotImplementedError:
        raise AssertionError(f"`{path}` is not written yet: replace `raise NotImplementedError()` in its "
                             f"answer cell, run that cell, then run this one.{_where(where)}") from None
    except Exception as error:  # noqa: BLE001 -- a broken file becomes teaching feedback
        said = "\n".join(str(error).strip().splitlines()[:3])
        raise AssertionError(f"Importing `{path}` raised {type(error).__name__}: {said}\n"
                             f"Run its answer cell and read the error; every name a module uses must "
                             f"be imported in that file.{_where(where)}") from error
