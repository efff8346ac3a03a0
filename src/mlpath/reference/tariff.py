"""From expected claims to the premium a customer pays."""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike


def premiums(expected_claims: ArrayLike, *, severity: float, loading: float = 0.25,
             minimum: float = 50.0) -> np.ndarray:
    """Commercial premium of each policy, in euro.

    The pure premium is the expected number of claims times the mean claim size; the
    commercial premium adds the loading (costs and profit) on top, is never below the
    minimum premium, and is rounded to the cent: ``round(max(pure * (1 + loading), minimum), 2)``.

    Parameters
    ----------
    expected_claims : array-like of float
        Each policy's expected number of claims over its exposure.
    severity : float
        The mean claim size in euro, > 0.
    loading : float, default 0.25
        The proportional loading, >= 0.
    minimum : float, default 50.0
        The smallest premium the company writes.

    Returns
    -------
    ndarray of float
        One premium per policy, in the input's order.

    Raises
    ------
    ValueError
        If an expected count is negative or missing, the severity is not positive or the
        loading is negative.

    Examples
    --------
    >>> premiums([0.1, 0.01], severity=2000.0)
    array([250.,  50.])
    """
    expected = np.asarray(expected_claims, dtype=float)
    if np.isnan(expected).any() or (expected < 0).any():
        raise ValueError("expected claims must be non-negative numbers, one per policy")
    if not severity > 0:
        raise ValueError(f"severity must be a positive claim size in euro, got {severity}")
    if loading < 0:
        raise ValueError(f"loading must be >= 0, got {loading}")
    pure = expected * severity
    return np.round(np.maximum(pure * (1 + loading), minimum), 2)
