# verdict: wrong
# misconception: the expected premiums were worked out with the bug itself: the minimum applied before the loading (max(pure, 50) × 1.25), so a tiny risk "should" pay 62.5; the test fails on the correct tariff
# feedback: fail on the course's correct
# score: 0
%%writefile tests/test_tariff.py
"""Tests of pricing.tariff.premiums."""

import numpy as np
import pytest

from pricing.tariff import premiums


def test_loading_on_a_normal_risk():
    assert premiums([0.1], severity=2000.0) == pytest.approx([250.0])


def test_tiny_risk_pays_the_loaded_minimum():
    # max(0.001 * 2000, 50) * 1.25
    assert premiums([0.001], severity=2000.0) == pytest.approx([62.5])


@pytest.mark.parametrize("expected", [[-0.1], [np.nan]])
def test_bad_expected_claims_are_refused(expected):
    with pytest.raises(ValueError):
        premiums(expected, severity=2000.0)
