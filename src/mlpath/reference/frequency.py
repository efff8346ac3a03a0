"""Expected claim counts from a Poisson frequency GLM with a log-exposure offset."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd


def expected_claims(policies: pd.DataFrame, coefficients: Mapping[str, float]) -> np.ndarray:
    """Expected number of claims of each policy under a Poisson GLM.

    The model is ``log(mu) = log(exposure) + intercept + sum_j beta_j * x_j``, so a policy's
    expected count is ``exposure * exp(intercept + sum_j beta_j * x_j)``: twice the exposure,
    twice the claims.

    Parameters
    ----------
    policies : DataFrame
        One row per policy: ``exposure`` in years and one numeric column for every
        coefficient other than the intercept. Other columns, and the column order, do not
        matter.
    coefficients : mapping of str to float
        ``"intercept"`` and the coefficient of each rating column, on the log scale.

    Returns
    -------
    ndarray of float
        One expected count per policy, in the frame's row order.

    Raises
    ------
    ValueError
        If an exposure is missing, zero or negative, or a coefficient names a column the
        frame lacks.

    Examples
    --------
    >>> policies = pd.DataFrame({"exposure": [1.0, 0.5], "age": [0.0, 1.0]})
    >>> expected_claims(policies, {"intercept": np.log(0.1), "age": np.log(2.0)}).round(3)
    array([0.1, 0.1])
    """
    exposure = policies["exposure"].to_numpy(dtype=float)
    if np.isnan(exposure).any() or (exposure <= 0).any():
        raise ValueError("exposure must be a positive number of years on every policy")
    features = [name for name in coefficients if name != "intercept"]
    missing = [name for name in features if name not in policies.columns]
    if missing:
        raise ValueError(f"the policies lack the rating columns {missing}")
    betas = np.array([coefficients[name] for name in features], dtype=float)
    linear_predictor = coefficients["intercept"] + policies[features].to_numpy(dtype=float) @ betas
    return exposure * np.exp(linear_predictor)
