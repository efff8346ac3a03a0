"""Lagged demand, found by date rather than by position."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def add_lags(sales: pd.DataFrame, lags: Sequence[int]) -> pd.DataFrame:
    """Same contract as :func:`mlpath.reference.lags.add_lags`."""
    if any(k < 1 for k in lags):
        raise ValueError(f"lags start at 1 day, got {list(lags)}")
    out = sales.copy()
    keys = sales[["date", "product"]]
    for k in lags:
        earlier = sales[["date", "product", "demand"]].assign(date=sales["date"] + pd.Timedelta(days=k))
        out[f"lag_{k}"] = keys.merge(earlier, on=["date", "product"], how="left")["demand"].to_numpy(dtype=float)
    return out
