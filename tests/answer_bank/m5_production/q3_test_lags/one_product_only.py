# verdict: wrong
# misconception: checks only one product: a product's first lag borrowed from the previous product is invisible
# feedback: lags cross from one product into another
# score: 2
%%writefile tests/test_lags.py
"""Tests of pricing.lags.add_lags: each product's demand k days earlier, never later."""

import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags



@pytest.fixture
def sales():
    return pd.DataFrame({"date": pd.date_range("2024-03-01", periods=5), "product": "milk",
                         "demand": [1, 2, 3, 4, 5]})


def test_lags_are_earlier_days(sales):
    out = add_lags(sales, [1, 2])
    np.testing.assert_array_equal(out["lag_1"], [np.nan, 1, 2, 3, 4])
    np.testing.assert_array_equal(out["lag_2"], [np.nan, np.nan, 1, 2, 3])


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
