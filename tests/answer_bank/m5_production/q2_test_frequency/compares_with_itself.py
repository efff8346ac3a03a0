# verdict: wrong
# misconception: compares the function with itself (the expected value is another call of expected_claims): a tautology that no bug can break
# feedback: they cannot fail
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


def test_expected_claims_is_deterministic(policies):
    expected = expected_claims(policies, COEFFICIENTS)
    assert expected_claims(policies.copy(), dict(COEFFICIENTS)) == pytest.approx(expected)


def test_one_policy_at_a_time(policies):
    whole = expected_claims(policies, COEFFICIENTS)
    for i in range(len(policies)):
        assert expected_claims(policies.iloc[[i]], COEFFICIENTS)[0] == pytest.approx(whole[i])
