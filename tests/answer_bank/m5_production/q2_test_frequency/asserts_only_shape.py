# verdict: wrong
# misconception: tests that assert only the type, shape and sign of the result: they pass on every bug
# feedback: they cannot fail
# score: 0
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims


@pytest.fixture
def policies():
    return pd.DataFrame({"exposure": [1.0, 0.5, 0.25], "age": [30.0, 40.0, 50.0], "power": [70.0, 90.0, 110.0]})


def test_returns_an_array_of_one_count_per_policy(policies):
    result = expected_claims(policies, {"intercept": -2.0, "age": 0.02, "power": 0.01})
    assert isinstance(result, np.ndarray)
    assert result.shape == (3,)


def test_counts_are_positive(policies):
    result = expected_claims(policies, {"intercept": -2.0, "age": 0.02, "power": 0.01})
    assert (result > 0).all()
    assert np.isfinite(result).all()
