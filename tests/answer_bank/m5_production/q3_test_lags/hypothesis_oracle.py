# verdict: correct
# misconception: hypothesis property test against an oracle that looks each lag up by (product, date) in a dict, on generated products, days, lags and row orders
%%writefile tests/test_lags.py
"""Tests of pricing.lags.add_lags: each product's demand k days earlier, never later."""

import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags

from hypothesis import given, settings
from hypothesis import strategies as st


@st.composite
def shop(draw):
    products = draw(st.lists(st.sampled_from(["milk", "tea", "bread"]), min_size=1, max_size=3, unique=True))
    days = draw(st.integers(1, 6))
    rows = [(pd.Timestamp("2024-01-01") + pd.Timedelta(days=d), p, draw(st.integers(0, 50)))
            for p in products for d in range(days)]
    order = draw(st.permutations(range(len(rows))))
    sales = pd.DataFrame([rows[i] for i in order], columns=["date", "product", "demand"])
    lags = draw(st.lists(st.integers(1, 4), min_size=1, max_size=3, unique=True))
    return sales, lags


@settings(max_examples=40)
@given(shop())
def test_each_lag_is_the_same_products_demand_k_days_earlier(case):
    sales, lags = case
    before = sales.copy()
    out = add_lags(sales, lags)
    demand = {(p, d): v for d, p, v in sales[["date", "product", "demand"]].itertuples(index=False)}
    for k in lags:
        expected = [demand.get((p, d - pd.Timedelta(days=k)), np.nan)
                    for d, p in sales[["date", "product"]].itertuples(index=False)]
        np.testing.assert_array_equal(out[f"lag_{k}"].to_numpy(), np.array(expected, dtype=float))
    pd.testing.assert_frame_equal(out[list(sales.columns)], sales)   # same rows, same order
    pd.testing.assert_frame_equal(sales, before)                     # the input is untouched


@pytest.mark.parametrize("lags", [[0], [-3], [1, 0]])
def test_lags_below_one_are_refused(lags):
    sales = pd.DataFrame({"date": pd.date_range("2024-01-01", periods=3), "product": "milk", "demand": [1, 2, 3]})
    with pytest.raises(ValueError):
        add_lags(sales, lags)
