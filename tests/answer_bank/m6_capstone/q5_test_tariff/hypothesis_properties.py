# verdict: correct
# misconception: property-based tests with hypothesis: for any valid inputs the premium is within half a cent of max(e·s·(1+l), m), at least the minimum, a whole number of cents; any negative count, NaN, or non-positive severity raises ValueError — plus one rounding example worked out by hand
%%writefile tests/test_tariff.py
"""Property tests of pricing.tariff.premiums with hypothesis."""

import math

import numpy as np
import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from pricing.tariff import premiums

counts = st.lists(st.floats(min_value=0.0, max_value=5.0, allow_nan=False), min_size=1, max_size=20)
severities = st.floats(min_value=100.0, max_value=20_000.0)
loadings = st.floats(min_value=0.0, max_value=1.0)
minimums = st.floats(min_value=0.0, max_value=500.0)
SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    phases=[Phase.explicit, Phase.generate])   # no shrinking: a failing case is enough


@SETTINGS
@given(counts, severities, loadings, minimums)
def test_premium_is_the_loaded_pure_premium_floored_at_the_minimum(expected, severity, loading, minimum):
    priced = np.asarray(premiums(expected, severity=severity, loading=loading, minimum=minimum), dtype=float)
    exact = np.maximum(np.asarray(expected) * severity * (1 + loading), minimum)
    assert priced.shape == exact.shape
    assert np.all(np.abs(priced - exact) <= 0.005 + 1e-6 * np.maximum(exact, 1.0))
    assert np.all(priced >= round(minimum, 2) - 1e-9)


@SETTINGS
@given(counts, severities, loadings)
def test_premiums_are_whole_cents(expected, severity, loading):
    cents = np.asarray(premiums(expected, severity=severity, loading=loading), dtype=float) * 100
    assert np.allclose(cents, np.round(cents), atol=1e-6)


@SETTINGS
@given(counts, st.integers(min_value=0, max_value=19), st.sampled_from([-1e-3, -1.0, math.nan]))
def test_a_negative_or_missing_count_is_refused(expected, where, bad):
    expected = list(expected)
    expected[where % len(expected)] = bad
    with pytest.raises(ValueError):
        premiums(expected, severity=2000.0)


@SETTINGS
@given(st.floats(max_value=0.0, allow_nan=False))
def test_a_severity_that_is_not_positive_is_refused(severity):
    with pytest.raises(ValueError):
        premiums([0.1], severity=severity)


def test_half_cents_round_up():
    # 0.0987648 * 1000 * 1.25 = 123.456 euro
    assert premiums([0.0987648], severity=1000.0)[0] == pytest.approx(123.46, abs=1e-9)
