# verdict: wrong
# misconception: expected values computed with the bug: exp(intercept + beta x) without the exposure, so the tests pass only on the "exposure forgotten" version and fail on correct code
# feedback: fail on the course's correct
# score: 0
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


def test_matches_the_glm_formula(policies):
    by_hand = np.exp(np.log(0.1) + 0.02 * policies["age"] + 0.01 * policies["power"])
    assert expected_claims(policies, COEFFICIENTS) == pytest.approx(by_hand.to_numpy())


@pytest.mark.parametrize("exposure", [0.0, -0.5, np.nan])
def test_exposure_must_be_positive(policies, exposure):
    policies.loc[1, "exposure"] = exposure
    with pytest.raises(ValueError):
        expected_claims(policies, COEFFICIENTS)
