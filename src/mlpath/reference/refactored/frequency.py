"""Expected claim counts, accumulated on the log scale column by column."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd


def expected_claims(policies: pd.DataFrame, coefficients: Mapping[str, float]) -> np.ndarray:
    """Same contract as :func:`mlpath.reference.frequency.expected_claims`."""
    exposure = np.asarray(policies["exposure"], dtype=float)
    if not np.all(exposure > 0):  # NaN compares False, so a missing exposure fails here too
        raise ValueError("every policy needs a positive exposure, in years")
    log_mu = np.log(exposure) + coefficients["intercept"]
    for column, beta in coefficients.items():
        if column == "intercept":
            continue
        if column not in policies.columns:
            raise ValueError(f"no rating column {column!r} in the policies")
        log_mu = log_mu + beta * policies[column].to_numpy(dtype=float)
    return np.exp(log_mu)
