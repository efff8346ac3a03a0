# verdict: correct
# misconception: defect (issue 17, m5 q3): dates written as ISO strings ("2024-03-01"), which the contract allows; the hidden correct version written differently added a Timedelta to the date column and crashed on text, so these right tests lost the point
%%writefile tests/test_lags.py
import numpy as np
import pandas as pd
import pytest

from pricing.lags import add_lags

DAYS = ["2024-03-01", "2024-03-02", "2024-03-03"]


@pytest.fixture
def sales():
    return pd.DataFrame({"date": DAYS + DAYS, "product": ["a", "a", "a", "b", "b", "b"],
                         "demand": [5, 6, 7, 50, 60, 70]})


def test_lag_one_is_the_day_before_within_each_product(sales):
    lagged = add_lags(sales, [1])
    assert lagged["lag_1"].tolist()[1:3] == [5.0, 6.0]
    assert lagged["lag_1"].tolist()[4:] == [50.0, 60.0]
    assert lagged["lag_1"].isna().tolist() == [True, False, False, True, False, False]


def test_lag_two(sales):
    lagged = add_lags(sales, [2])
    assert lagged.loc[2, "lag_2"] == 5.0 and lagged.loc[5, "lag_2"] == 50.0
    assert lagged["lag_2"].isna().sum() == 4


def test_shuffled_rows_keep_their_own_lag(sales):
    shuffled = sales.iloc[[5, 0, 3, 2, 4, 1]]
    lagged = add_lags(shuffled, [1])
    assert lagged.loc[2, "lag_1"] == 6.0 and lagged.loc[5, "lag_1"] == 60.0
    assert list(lagged.index) == [5, 0, 3, 2, 4, 1]


def test_zero_lag_is_refused(sales):
    with pytest.raises(ValueError):
        add_lags(sales, [0])


def test_the_input_keeps_its_columns(sales):
    add_lags(sales, [1, 2])
    assert list(sales.columns) == ["date", "product", "demand"]
