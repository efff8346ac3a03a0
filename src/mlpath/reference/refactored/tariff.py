"""Premiums, the minimum applied with a mask and the rounding done in cents."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def premiums(expected_claims: ArrayLike, *, severity: float, loading: float = 0.25,
             minimum: float = 50.0) -> np.ndarray:
    """Same contract as :func:`mlpath.reference.tariff.premiums`."""
    if severity <= 0 or np.isnan(severity):
        raise ValueError("the severity (mean claim size) must be positive")
    if loading < 0:
        raise ValueError("a negative loading would sell below cost")
    counts = np.array(expected_claims, dtype=float)
    if not np.all(counts >= 0):  # NaN compares False too
        raise ValueError("every expected claim count must be a number >= 0")
    loaded = counts * (severity + severity * loading)
    loaded[loaded < minimum] = minimum
    return np.rint(loaded * 100) / 100
