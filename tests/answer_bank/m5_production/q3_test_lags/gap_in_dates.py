# verdict: wrong
# misconception: passes the visible example but not the hidden checks: tests a case the contract excludes (a day missing from the data) and expects the previous ROW's demand, the reference's positional shift: a correct version that looks lags up by date gives NaN there
# feedback: written differently
# score: 3
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


def test_lags_are_earlier_days_of_the_same_product(sales):
    out = add_lags(sales, [1, 2])
    np.testing.assert_array_equal(out["lag_1"], [np.nan, 1, 2, 3, np.nan, 10, 20, 30])
    np.testing.assert_array_equal(out["lag_2"], [np.nan, np.nan, 1, 2, np.nan, np.nan, 10, 20])


def test_a_missing_day_is_skipped(sales):
    closed_on_the_third = sales[sales["date"] != "2024-03-03"]
    out = add_lags(closed_on_the_third, [1])
    np.testing.assert_array_equal(out["lag_1"], [np.nan, 1, 2, np.nan, 10, 20])


def test_row_order_does_not_matter(sales):
    shuffled = sales.sample(frac=1, random_state=0)
    pd.testing.assert_frame_equal(add_lags(shuffled, [1]).loc[sales.index], add_lags(sales, [1]))


@pytest.mark.parametrize("lag", [0, -1])
def test_lags_start_at_one(sales, lag):
    with pytest.raises(ValueError):
        add_lags(sales, [lag])


def test_input_is_not_modified(sales):
    before = sales.copy()
    add_lags(sales, [1])
    pd.testing.assert_frame_equal(sales, before)
