# verdict: correct
# misconception: one expected frame built by hand per scenario with pandas (expected column) and pytest.approx, errors matched on a key word only
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims


COEFFICIENTS = {"intercept": np.log(0.05), "urban": np.log(3.0), "young": np.log(2.0)}

# exposure, urban, young -> 0.05 * 3^urban * 2^young * exposure
SCENARIOS = pd.DataFrame(
    [(1.0, 0, 0, 0.05), (0.5, 1, 0, 0.075), (0.2, 1, 1, 0.06), (0.75, 0, 1, 0.075)],
    columns=["exposure", "urban", "young", "expected"],
)


def test_expected_counts():
    found = expected_claims(SCENARIOS.drop(columns="expected"), COEFFICIENTS)
    assert found == pytest.approx(SCENARIOS["expected"].to_numpy(), rel=1e-9)


def test_columns_in_another_order():
    policies = SCENARIOS[["young", "expected", "urban", "exposure"]]
    assert expected_claims(policies, COEFFICIENTS) == pytest.approx(SCENARIOS["expected"].to_numpy(), rel=1e-9)


@pytest.mark.parametrize("exposure", [0.0, -1.0, None])
def test_exposure_problems(exposure):
    policies = SCENARIOS.drop(columns="expected").astype({"exposure": float})
    policies.loc[2, "exposure"] = exposure if exposure is not None else np.nan
    with pytest.raises(ValueError, match="(?i)exposure"):
        expected_claims(policies, COEFFICIENTS)
