"""Lagged demand, found by date rather than by position."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd


def add_lags(sales: pd.DataFrame, lags: Sequence[int]) -> pd.DataFrame:
    """Same contract as :func:`mlpath.reference.lags.add_lags`."""
    if any(k < 1 for k in lags):
        raise ValueError(f"lags start at 1 day, got {list(lags)}")
    out = sales.copy()
    # Dates may be datetimes or ISO text ("2024-03-01"): compare them as datetimes.
    keys = pd.DataFrame({"date": pd.to_datetime(sales["date"]).to_numpy(), "product": sales["product"].to_numpy()})
    for k in lags:
        earlier = keys.assign(date=keys["date"] + pd.Timedelta(days=k), demand=sales["demand"].to_numpy())
        out[f"lag_{k}"] = keys.merge(earlier, on=["date", "product"], how="left")["demand"].to_numpy(dtype=float)
    return out
