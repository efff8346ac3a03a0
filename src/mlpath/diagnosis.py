"""Name the relation between a wrong answer and the right one, when no listed mistake matches.

An exercise lists the misconceptions its author foresaw; students make others. Most of those
leave a trace that can be read without knowing the mistake: the answer is off by a constant
factor (×100: a percentage; n/(n−1): population against sample), shifted by one position,
reversed or sorted, of the wrong sign, one value short, full of NaN, a bool where a count is
promised, or right only to a looser precision (a fit that did not converge). :func:`diagnose`
tries each relation in turn, most specific first, and returns one sentence for the first that
holds; :func:`first_difference` points at the first value that differs, with the inputs that
produced it.

Examples
--------
>>> diagnose(6.76, 0.0676, rtol=1e-6, atol=1e-9)
'It is 100 times the answer: a percentage where a proportion is asked for (or the reverse).'
>>> diagnose([3.0, 2.0, 1.0], [1.0, 2.0, 3.0], rtol=1e-6, atol=1e-9)
'It holds the right values in reverse order.'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

#: Constant factors with a usual cause, as (factor, sentence).
NAMED_FACTORS = (
    (100.0, "It is 100 times the answer: a percentage where a proportion is asked for (or the reverse)."),
    (0.01, "It is the answer divided by 100: a proportion where a percentage is asked for (or the reverse)."),
    (2.0, "It is twice the answer: something is counted twice (both tails, both directions, a sum of two halves)."),
    (0.5, "It is half the answer: one of two parts is missing (one tail of two, one direction)."),
    (-1.0, "It has the right size but the wrong sign: check the order of a difference (a − b, not b − a)."),
)
#: Precisions to try, loosest last, when an answer is close but not close enough.
LOOSER_PRECISIONS = (1e-5, 1e-4, 1e-3, 1e-2)


def _numbers(value: Any) -> np.ndarray | None:
    """``value`` as a float array, or None when it is not numeric (bools are not numbers here)."""
    try:
        array = np.asarray(value)
    except Exception:  # noqa: BLE001 -- an unconvertible object is simply "not numeric"
        return None
    if array.dtype == bool or not np.issubdtype(array.dtype, np.number):
        return None
    return array.astype(float)


def _close(a: np.ndarray, b: np.ndarray, rtol: float, atol: float) -> bool:
    return a.shape == b.shape and bool(np.all(np.isclose(a, b, rtol=rtol, atol=atol, equal_nan=True)))


def _is_bool(value: Any) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return True
    try:
        return np.asarray(value).dtype == bool
    except Exception:  # noqa: BLE001
        return False


def diagnose(found: Any, expected: Any, *, rtol: float, atol: float, sizes: Sequence[int] = ()) -> str | None:
    """Say how ``found`` relates to ``expected``, in one sentence, or None when nothing fits.

    Parameters
    ----------
    found : Any
        What the student's code returned (a number, a sequence or an array).
    expected : Any
        The right answer.
    rtol, atol : float
        The tolerance the check promised.
    sizes : sequence of int, default ()
        Sample sizes in the call's inputs: a factor n/(n−1) or its square root is only named
        for one of these n, since any small factor is n/(n−1) for some n.

    Returns
    -------
    str or None
    """
    if _is_bool(found) and not _is_bool(expected) and _numbers(expected) is not None:
        return ("It is a bool (True/False) where a number is promised: return the count or the "
                "value itself, e.g. int(...) or float(...), not a comparison.")
    f, e = _numbers(found), _numbers(expected)
    if f is None or e is None:
        return None
    if f.shape != e.shape:
        return _shape_relation(f, e, rtol, atol)
    finite = np.isfinite(e)
    gaps = ~np.isfinite(f) & finite
    if np.any(gaps):
        kind = "NaN" if np.any(np.isnan(f) & finite) else "inf"
        if not np.all(finite):  # the answer has gaps by design (the first lags of a series)
            return (f"It has {kind} at position {int(np.flatnonzero(gaps)[0])}, where the answer has a "
                    f"number: the answer's gaps are by design, but yours has more (a shift or a window "
                    f"one step too long?).")
        return (f"It contains {kind} where the answer has numbers: a division by zero, the log of "
                f"zero, a mean of nothing or a missing value that was never filled is the usual cause.")
    for relation in (_looser_precision, _order_relation, _factor_relation, _offset_relation):
        said = relation(f, e, rtol, atol, sizes)
        if said:
            return said
    return None


def _shape_relation(f: np.ndarray, e: np.ndarray, rtol: float, atol: float) -> str | None:
    """One value missing or extra, or a transposed table."""
    if f.ndim == e.ndim == 1 and abs(f.size - e.size) == 1:
        longer, shorter = (f, e) if f.size > e.size else (e, f)
        for i in range(longer.size):
            if _close(np.delete(longer, i), shorter, rtol, atol):
                if f.size < e.size:
                    return (f"It has one value fewer than the answer: the value at position {i} "
                            f"({e[i]:.6g}) is missing (a range that stops one short, or a first or last "
                            f"row dropped).")
                return (f"It has one value more than the answer: position {i} ({f[i]:.6g}) is extra "
                        f"(a range that runs one too far, or a row that should have been dropped).")
        return (f"It has {f.size} values, the answer {e.size}: one "
                f"{'missing' if f.size < e.size else 'extra'} value, and others differ too.")
    if f.ndim == e.ndim == 2 and f.shape == e.shape[::-1] and _close(f.T, e, rtol, atol):
        return "It is the answer transposed: rows and columns are swapped."
    return None


def _looser_precision(f: np.ndarray, e: np.ndarray, rtol: float, atol: float, sizes: Sequence[int]) -> str | None:
    for looser in LOOSER_PRECISIONS:
        if looser > rtol and _close(f, e, looser, atol):
            digits = round(-np.log10(looser))
            return (f"It agrees with the answer to about {digits} significant figures, but not to the "
                    f"precision promised (relative difference {rtol:.0e}): a fit that stopped before "
                    f"converging, too few iterations or resamples, or a value rounded too early.")
    return None


def _order_relation(f: np.ndarray, e: np.ndarray, rtol: float, atol: float, sizes: Sequence[int]) -> str | None:
    if f.ndim == 2 and not _close(f, f.T, rtol, atol) and _close(f.T, e, rtol, atol):
        return "It is the answer transposed: rows and columns are swapped."
    if f.ndim != 1 or f.size < 2:
        return None
    if _close(f, e[::-1], rtol, atol):
        if f.size == 2:
            return "Its two values are swapped: the first should be the second."
        return "It holds the right values in reverse order."
    if f.size >= 3 and _close(f[1:], e[:-1], rtol, atol):
        return ("It is shifted by one position: each value sits one place later than in the answer "
                "(an off-by-one in an index, a shift(1) too many or a lag counted from 0).")
    if f.size >= 3 and _close(f[:-1], e[1:], rtol, atol):
        return ("It is shifted by one position: each value sits one place earlier than in the answer "
                "(an off-by-one in an index, a missing shift(1), or a window that includes the current value).")
    if _close(np.sort(f), np.sort(e), rtol, atol):
        said = "sorted" if np.all(np.diff(f) >= 0) or np.all(np.diff(f) <= 0) else "shuffled"
        return (f"It holds the right values in the wrong order ({said}): return them in the order of "
                f"the input.")
    return None


def _factor_relation(f: np.ndarray, e: np.ndarray, rtol: float, atol: float, sizes: Sequence[int]) -> str | None:
    nonzero = np.abs(e) > atol
    if not np.any(nonzero) or np.any(np.abs(f[~nonzero]) > atol):
        return None
    ratios = f[nonzero] / e[nonzero]
    ratio = float(np.median(ratios))
    if not np.all(np.isclose(ratios, ratio, rtol=max(rtol, 1e-9) * 10)):
        return None
    for factor, sentence in NAMED_FACTORS:
        if np.isclose(ratio, factor, rtol=rtol * 10):
            return sentence
    for n in sorted({int(s) for s in sizes if s >= 2}):
        for power, what in ((1, "variance"), (0.5, "standard deviation")):
            sample_over_population = (n / (n - 1)) ** power
            if np.isclose(ratio, 1 / sample_over_population, rtol=rtol * 10):
                return (f"It is the answer divided by {sample_over_population:.6g} = (n/(n−1))"
                        f"{'^½' if power == 0.5 else ''} with n = {n}: a population {what} "
                        f"(divisor n, NumPy's default ddof=0) where the sample one (divisor n − 1, ddof=1) "
                        f"is asked for.")
            if np.isclose(ratio, sample_over_population, rtol=rtol * 10):
                return (f"It is the answer times (n/(n−1)){'^½' if power == 0.5 else ''} with n = {n}: "
                        f"a sample {what} (divisor n − 1) where the population one (divisor n) is "
                        f"asked for.")
    if f.size > 1 and not np.isclose(ratio, 1.0, rtol=rtol * 10):
        return (f"Every value is {ratio:.6g} times the answer: a constant factor is wrong (a unit, an "
                f"exposure or a count multiplied or divided once too often or once too few).")
    return None


def _offset_relation(f: np.ndarray, e: np.ndarray, rtol: float, atol: float, sizes: Sequence[int]) -> str | None:
    if f.size < 2:
        return None
    differences = f - e
    offset = float(np.median(differences))
    if abs(offset) > atol and np.allclose(differences, offset, rtol=rtol, atol=atol + rtol * np.abs(e).max()):
        return (f"Every value is the answer {'+' if offset > 0 else '−'} {abs(offset):.6g}: something "
                f"is added or left out once for all (a baseline, an intercept, counting from 0 or 1).")
    return None


def first_difference(found: Any, expected: Any, *, rtol: float, atol: float,
                     inputs: Sequence[Any] = ()) -> str:
    """Point at the first differing value of two arrays of one shape, with the inputs behind it.

    Parameters
    ----------
    found, expected : Any
        The student's answer and the right one.
    rtol, atol : float
        The promised tolerance.
    inputs : sequence, default ()
        The call's positional arguments. Those with one entry per answer value (an array, a
        list, a Series, a DataFrame's rows) are shown at the differing position.

    Returns
    -------
    str
        A line starting with a newline, or "" when the arrays are short (the message shows
        them whole), of other shapes, or equal.
    """
    f, e = _numbers(found), _numbers(expected)
    if f is None or e is None or f.shape != e.shape or f.ndim != 1 or f.size <= 3:
        return ""
    differ = np.flatnonzero(~np.isclose(f, e, rtol=rtol, atol=atol, equal_nan=True))
    if not differ.size:
        return ""
    i = int(differ[0])
    shown = [text for value in inputs if (text := _entry(value, i, f.size))]
    behind = f", from {'; '.join(shown)}" if shown else ""
    # A Series answer names its rows: "position 4 (mileage)" says where, counted from 0 or not.
    label = f" ({found.index[i]})" if hasattr(found, "index") and hasattr(found, "iloc") and found.ndim == 1 else ""
    return (f"\nFirst difference at position {i}{label}: {f[i]:.6g} instead of {e[i]:.6g}{behind} "
            f"({differ.size} of {f.size} values differ).")


def _entry(value: Any, i: int, n: int) -> str:
    """Position ``i`` of an input with ``n`` entries, shown briefly; "" for other inputs."""
    if isinstance(value, (str, bytes)) or not hasattr(value, "__len__") or len(value) != n:
        return ""
    if hasattr(value, "iloc"):
        row = value.iloc[i]
        text = row.to_dict() if hasattr(row, "to_dict") else row
        return f"input row {i} = {str(text)[:120]}"
    return f"input[{i}] = {str(value[i])[:60]}"
