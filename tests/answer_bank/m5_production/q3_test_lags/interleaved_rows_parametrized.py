# verdict: correct
# misconception: expected arrays written by hand for rows interleaved by date, parametrized over the lag, a shuffle by an explicit permutation, np.testing.assert_allclose (NaN equal to NaN) and a column check on the input
%%writefile tests/test_lags.py
"""Tests of pricing.lags.add_lags: each product's demand k days earlier, never later."""

import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags


# Rows interleaved by date: day 1 milk, day 1 tea, day 2 milk, ... (not grouped by product).
DAYS = pd.date_range("2024-06-01", periods=3)
SALES = pd.DataFrame({"date": np.repeat(DAYS, 2), "product": ["milk", "tea"] * 3, "demand": [5, 50, 6, 60, 7, 70]})
EXPECTED = {
    1: [np.nan, np.nan, 5, 50, 6, 60],
    2: [np.nan, np.nan, np.nan, np.nan, 5, 50],
    3: [np.nan] * 6,
}


@pytest.mark.parametrize("k", [1, 2, 3])
def test_lag_values(k):
    out = add_lags(SALES, [k])
    np.testing.assert_allclose(out[f"lag_{k}"].to_numpy(), EXPECTED[k])


def test_shuffled_rows():
    permutation = [4, 1, 5, 0, 3, 2]
    shuffled = SALES.iloc[permutation]
    out = add_lags(shuffled, [1])
    np.testing.assert_allclose(out["lag_1"].to_numpy(), np.array(EXPECTED[1])[permutation])
    assert list(out.index) == permutation


def test_the_callers_frame_keeps_its_columns():
    sales = SALES.copy()
    add_lags(sales, [1, 2])
    assert list(sales.columns) == ["date", "product", "demand"]


@pytest.mark.parametrize("bad", [0, -1])
def test_lag_smaller_than_one(bad):
    with pytest.raises(ValueError):
        add_lags(SALES, [bad])
