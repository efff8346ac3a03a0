# verdict: wrong
# misconception: NaN replaced by 0 before comparing (fillna(0)) to dodge NaN != NaN: a lag filled with 0 on the first days now passes
# feedback: first days filled with 0
# score: 2
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


def test_lags(sales):
    out = add_lags(sales, [1, 2])
    assert out["lag_1"].fillna(0).tolist() == [0, 1, 2, 3, 0, 10, 20, 30]
    assert out["lag_2"].fillna(0).tolist() == [0, 0, 1, 2, 0, 0, 10, 20]


def test_shuffled_rows_keep_their_lags(sales):
    shuffled = sales.sample(frac=1, random_state=1)
    out = add_lags(shuffled, [1]).sort_index()
    assert out["lag_1"].fillna(0).tolist() == [0, 1, 2, 3, 0, 10, 20, 30]


@pytest.mark.parametrize("lag", [0, -1])
def test_lags_start_at_one(sales, lag):
    with pytest.raises(ValueError):
        add_lags(sales, [lag])


def test_input_is_not_modified(sales):
    before = sales.copy()
    add_lags(sales, [1])
    pd.testing.assert_frame_equal(sales, before)
