# verdict: wrong
# misconception: good value tests (loading, minimum, rounding worked out by hand) but not one pytest.raises: the input checks of the docstring are never tried, so bugs in them survive
# feedback: negative expected claims accepted
# score: 2
%%writefile tests/test_tariff.py
"""Tests of pricing.tariff.premiums: loading, minimum premium, cents."""

import pytest

from pricing.tariff import premiums


def test_loading_is_added_to_the_pure_premium():
    assert premiums([0.1], severity=2000.0) == pytest.approx([250.0])
    assert premiums([0.1], severity=2000.0, loading=0.0) == pytest.approx([200.0])


def test_small_risks_pay_exactly_the_minimum_and_large_ones_more():
    assert premiums([0.001, 1.0], severity=2000.0, minimum=50.0) == pytest.approx([50.0, 2500.0])


def test_premiums_are_rounded_to_the_nearest_cent():
    assert premiums([0.0987648], severity=1000.0) == pytest.approx([123.46])
