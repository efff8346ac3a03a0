# verdict: wrong
# misconception: matches the whole wording of the reference's error message: a correct version that words it otherwise fails the tests
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
    by_hand = policies["exposure"] * np.exp(np.log(0.1) + 0.02 * policies["age"] + 0.01 * policies["power"])
    assert expected_claims(policies, COEFFICIENTS) == pytest.approx(by_hand.to_numpy())


def test_column_order_and_extra_columns_do_not_matter(policies):
    shuffled = policies[["power", "age", "exposure"]].assign(region="urban")
    assert expected_claims(shuffled, COEFFICIENTS) == pytest.approx(expected_claims(policies, COEFFICIENTS))


@pytest.mark.parametrize("exposure", [0.0, -0.5, np.nan])
def test_exposure_must_be_positive(policies, exposure):
    policies.loc[1, "exposure"] = exposure
    with pytest.raises(ValueError, match="^exposure must be a positive number of years on every policy$"):
        expected_claims(policies, COEFFICIENTS)
