# verdict: correct
# misconception: an oracle by self-merge on (product, date + k days) over a seeded random shop of three products in shuffled order, grouped in a test class, pd.testing.assert_series_equal
%%writefile tests/test_lags.py
"""Tests of pricing.lags.add_lags: each product's demand k days earlier, never later."""

import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags



def expected_lag(sales, k):
    """The demand of the same product k days earlier, found by date (NaN when there is none)."""
    earlier = sales[["product", "date", "demand"]].assign(date=sales["date"] + pd.Timedelta(days=k))
    found = sales[["product", "date"]].merge(earlier, on=["product", "date"], how="left")["demand"]
    return pd.Series(found.to_numpy(dtype=float), index=sales.index, name=f"lag_{k}")


class TestAddLags:
    @pytest.fixture
    def shop(self):
        rng = np.random.default_rng(3)
        days = pd.date_range("2023-12-28", periods=9)
        frame = pd.DataFrame([(d, p) for p in ["bread", "milk", "tea"] for d in days], columns=["date", "product"])
        frame["demand"] = rng.integers(0, 100, len(frame))
        return frame.sample(frac=1, random_state=4).reset_index(drop=True)

    @pytest.mark.parametrize("lags", [[1], [2, 7], [3, 1]])
    def test_matches_the_oracle(self, shop, lags):
        out = add_lags(shop, lags)
        for k in lags:
            pd.testing.assert_series_equal(out[f"lag_{k}"], expected_lag(shop, k))
        pd.testing.assert_frame_equal(out[["date", "product", "demand"]], shop)

    def test_the_oracle_is_right_on_one_row(self, shop):
        row = shop[(shop["product"] == "tea") & (shop["date"] == "2024-01-02")].index[0]
        day_before = shop[(shop["product"] == "tea") & (shop["date"] == "2024-01-01")]["demand"].item()
        assert add_lags(shop, [1]).loc[row, "lag_1"] == day_before
        first = shop[(shop["product"] == "milk") & (shop["date"] == "2023-12-28")].index[0]
        assert np.isnan(add_lags(shop, [1]).loc[first, "lag_1"])

    def test_the_input_keeps_its_columns(self, shop):
        columns = list(shop.columns)
        add_lags(shop, [1, 2])
        assert list(shop.columns) == columns

    def test_lag_zero_is_the_target(self, shop):
        with pytest.raises(ValueError):
            add_lags(shop, [0])
