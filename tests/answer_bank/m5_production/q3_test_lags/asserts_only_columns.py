# verdict: wrong
# misconception: asserts only that the lag columns exist, are float and have one value per row: the values are never checked
# feedback: they cannot fail
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


def test_one_column_per_lag(sales):
    out = add_lags(sales, [1, 7])
    assert "lag_1" in out.columns and "lag_7" in out.columns
    assert len(out) == len(sales)


def test_lags_are_floats(sales):
    out = add_lags(sales, [2])
    assert out["lag_2"].dtype == float
