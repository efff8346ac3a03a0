# verdict: wrong
# misconception: hard-coded to the worked example: only the docstring's one product over three sorted days, so lag 0, a product borrowing another's demand, unsorted rows and a modified input all go unnoticed
# feedback: lag 0 accepted
# score: 2
%%writefile tests/test_lags.py
"""Tests of pricing.lags.add_lags: each product's demand k days earlier, never later."""

import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags


def test_docstring_example():
    sales = pd.DataFrame({"date": pd.date_range("2024-01-01", periods=3), "product": "milk", "demand": [5, 7, 6]})
    lag_1 = add_lags(sales, [1])["lag_1"].tolist()
    assert np.isnan(lag_1[0])
    assert lag_1[1:] == [5.0, 7.0]
