# verdict: correct
# misconception: hypothesis property tests: the formula checked with math.exp on generated policies, exposure scaling, column permutations, and every non-positive exposure refused
%%writefile tests/test_frequency.py
"""Tests of pricing.frequency.expected_claims: the Poisson GLM with its exposure offset."""

import numpy as np
import pandas as pd
import pytest

from pricing.frequency import expected_claims

import math

from hypothesis import given, settings
from hypothesis import strategies as st

exposures = st.floats(0.01, 1.0)
ages = st.floats(-2.0, 2.0)
intercepts = st.floats(-3.0, -0.5)


@settings(max_examples=30)
@given(exposure=exposures, age=ages, intercept=intercepts, beta=st.floats(-1.0, 1.0))
def test_one_policy_matches_the_formula(exposure, age, intercept, beta):
    policies = pd.DataFrame({"exposure": [exposure], "age": [age]})
    found = expected_claims(policies, {"intercept": intercept, "age": beta})
    assert found[0] == pytest.approx(exposure * math.exp(intercept + beta * age), rel=1e-9)


@settings(max_examples=30)
@given(exposure=exposures, factor=st.floats(1.5, 4.0), age=ages)
def test_claims_scale_with_exposure(exposure, factor, age):
    coefficients = {"intercept": -1.5, "age": 0.3}
    one = expected_claims(pd.DataFrame({"exposure": [exposure], "age": [age]}), coefficients)
    more = expected_claims(pd.DataFrame({"exposure": [factor * exposure], "age": [age]}), coefficients)
    assert more[0] == pytest.approx(factor * one[0], rel=1e-9)


@settings(max_examples=20)
@given(order=st.permutations(["exposure", "age", "power", "region"]))
def test_column_order_does_not_matter(order):
    policies = pd.DataFrame({"exposure": [0.5, 1.0], "age": [1.0, 2.0], "power": [3.0, -1.0], "region": [9.0, 9.0]})
    coefficients = {"intercept": -2.0, "age": 0.1, "power": 0.2}
    assert expected_claims(policies[order], coefficients) == pytest.approx(expected_claims(policies, coefficients))


@settings(max_examples=20)
@given(bad=st.one_of(st.just(0.0), st.just(float("nan")), st.floats(-10.0, 0.0)))
def test_non_positive_or_missing_exposure_raises(bad):
    policies = pd.DataFrame({"exposure": [1.0, bad], "age": [0.0, 1.0]})
    with pytest.raises(ValueError):
        expected_claims(policies, {"intercept": -1.0, "age": 0.5})
