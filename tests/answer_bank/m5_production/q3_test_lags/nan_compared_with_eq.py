# verdict: wrong
# misconception: compares lag columns holding NaN with == (a list with np.nan): NaN is never equal to NaN, so the test fails on correct code
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


def test_lag_1(sales):
    out = add_lags(sales, [1])
    assert out["lag_1"].tolist() == [np.nan, 1.0, 2.0, 3.0, np.nan, 10.0, 20.0, 30.0]


def test_lag_0_is_refused(sales):
    with pytest.raises(ValueError):
        add_lags(sales, [0])
