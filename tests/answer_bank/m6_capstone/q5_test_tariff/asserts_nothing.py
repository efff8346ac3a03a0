# verdict: wrong
# misconception: the tests call premiums on the docstring's inputs and a few others and assert only that something came back: they pass on every buggy version
# feedback: protect nothing
# score: 0
%%writefile tests/test_tariff.py
"""Tests of pricing.tariff.premiums."""

import numpy as np

from pricing.tariff import premiums


def test_premiums_runs():
    result = premiums([0.1, 0.01], severity=2000.0)
    assert result is not None


def test_one_premium_per_policy():
    assert len(premiums([0.1, 0.2, 0.3], severity=1500.0)) == 3


def test_premiums_are_numbers():
    result = premiums(np.array([0.05, 0.5]), severity=2000.0, loading=0.3, minimum=60.0)
    assert np.isfinite(result).all()
