# verdict: wrong
# misconception: passes the visible example but not the hidden checks: compares floats with == (np.array_equal) to the same formula typed in the reference's order: a correct formula computed another way differs in the last digit
# feedback: written differently
# score: 3
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims


COEFFICIENTS = {"intercept": np.log(0.1), "age": 0.02, "power": 0.01}


@pytest.fixture
def policies():
    return pd.DataFrame({"exposure": [1.0, 0.5, 0.25], "age": [30.0, 40.0, 50.0], "power": [70.0, 90.0, 110.0]})


def test_matches_the_formula(policies):
    linear = np.log(0.1) + policies[["age", "power"]].to_numpy() @ np.array([0.02, 0.01])
    by_hand = policies["exposure"].to_numpy() * np.exp(linear)
    assert np.array_equal(expected_claims(policies, COEFFICIENTS), by_hand)


def test_column_order_and_extra_columns_do_not_matter(policies):
    shuffled = policies[["power", "age", "exposure"]].assign(region="urban")
    assert np.array_equal(expected_claims(shuffled, COEFFICIENTS), expected_claims(policies, COEFFICIENTS))


@pytest.mark.parametrize("exposure", [0.0, -0.5, np.nan])
def test_exposure_must_be_positive(policies, exposure):
    policies.loc[1, "exposure"] = exposure
    with pytest.raises(ValueError):
        expected_claims(policies, COEFFICIENTS)
