# verdict: wrong
# misconception: expected values computed with the bug: demand.shift(1) over the whole frame, not per product, so the tests pass only on the version whose lags cross from one product into another
# feedback: fail on the course's correct
# score: 0
%%writefile tests/test_lags.py
"""Tests of pricing.lags.add_lags: each product's demand k days earlier, never later."""

import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags



@pytest.fixture
def sales():
    days = pd.date_range("2024-03-01", periods=4)
    return pd.DataFrame({"date": list(days) * 2, "product": ["milk"] * 4 + ["tea"] * 4,
                         "demand": [1, 2, 3, 4, 10, 20, 30, 40]})


def test_lag_1_is_the_previous_row(sales):
    out = add_lags(sales, [1])
    expected = sales["demand"].shift(1).astype(float)
    pd.testing.assert_series_equal(out["lag_1"], expected, check_names=False)


def test_lag_0_is_refused(sales):
    with pytest.raises(ValueError):
        add_lags(sales, [0])
