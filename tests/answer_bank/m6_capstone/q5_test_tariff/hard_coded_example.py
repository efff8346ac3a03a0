# verdict: wrong
# misconception: hard-coded to the course's source text: every pytest.raises matches the reference's error message word for word ("expected claims must be non-negative numbers, one per policy"), copied from running it; a correct tariff worded otherwise fails
# feedback: written differently
# score: 4
%%writefile tests/test_tariff.py
"""Tests of pricing.tariff.premiums."""

import numpy as np
import pytest

from pricing.tariff import premiums


def test_docstring_example():
    assert premiums([0.1, 0.01], severity=2000.0) == pytest.approx([250.0, 50.0])


def test_large_risk_pays_more_than_the_minimum():
    assert premiums([1.0], severity=2000.0, loading=0.0) == pytest.approx([2000.0])


def test_rounded_to_the_cent():
    assert premiums([0.0987648], severity=1000.0) == pytest.approx([123.46])


@pytest.mark.parametrize("expected", [[-0.1], [np.nan]])
def test_bad_expected_claims(expected):
    with pytest.raises(ValueError, match=r"^expected claims must be non-negative numbers, one per policy$"):
        premiums(expected, severity=2000.0)


def test_zero_severity():
    with pytest.raises(ValueError, match=r"^severity must be a positive claim size in euro, got 0.0$"):
        premiums([0.1], severity=0.0)
