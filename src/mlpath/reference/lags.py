"""Lagged demand: each product's sales some days earlier, as forecasting features."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def add_lags(sales: pd.DataFrame, lags: Sequence[int]) -> pd.DataFrame:
    """Add each product's demand ``k`` days earlier as a column ``lag_<k>``.

    Parameters
    ----------
    sales : DataFrame
        Columns ``date``, ``product`` and ``demand``, one row per product and day with no
        day missing, rows in any order, a unique index.
    lags : sequence of int
        The lags in days, each at least 1.

    Returns
    -------
    DataFrame
        A copy of ``sales``, rows in the same order, with one float column ``lag_<k>`` per
        lag: the same product's demand ``k`` days before the row's date, NaN when that day
        is before the first in the data. The input is not modified.

    Raises
    ------
    ValueError
        If a lag is smaller than 1 (a lag of 0 is the target itself).

    Examples
    --------
    >>> sales = pd.DataFrame({"date": pd.date_range("2024-01-01", periods=3),
    ...                       "product": "milk", "demand": [5, 7, 6]})
    >>> add_lags(sales, [1])["lag_1"].tolist()
    [nan, 5.0, 7.0]
    """
    out = sales.copy()
    ordered = out.sort_values(["product", "date"])
    for k in lags:
        if k < 1:
            raise ValueError(f"lag {k} would use the same day's demand or a later one: lags start at 1")
        out[f"lag_{k}"] = ordered.groupby("product")["demand"].shift(k).astype(float)
    return out
