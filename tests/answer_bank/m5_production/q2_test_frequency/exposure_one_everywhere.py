# verdict: wrong
# misconception: every policy has exposure 1, where exposure * exp(...) = exp(...): the forgotten exposure is invisible
# feedback: exposure forgotten
# score: 2
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims


COEFFICIENTS = {"intercept": np.log(0.1), "age": 0.02, "power": 0.01}


@pytest.fixture
def policies():
    return pd.DataFrame({"exposure": [1.0, 1.0, 1.0], "age": [30.0, 40.0, 50.0], "power": [70.0, 90.0, 110.0]})


def test_matches_the_formula(policies):
    by_hand = np.exp(np.log(0.1) + 0.02 * policies["age"] + 0.01 * policies["power"])
    assert expected_claims(policies, COEFFICIENTS) == pytest.approx(by_hand.to_numpy())


def test_column_order_does_not_matter(policies):
    shuffled = policies[["power", "exposure", "age"]].assign(region="rural")
    assert expected_claims(shuffled, COEFFICIENTS) == pytest.approx(expected_claims(policies, COEFFICIENTS))


@pytest.mark.parametrize("exposure", [0.0, -1.0, np.nan])
def test_bad_exposure_is_refused(policies, exposure):
    policies.loc[0, "exposure"] = exposure
    with pytest.raises(ValueError):
        expected_claims(policies, COEFFICIENTS)
