# verdict: wrong
# misconception: rolling(w, min_periods=1) "to avoid NaN": the first days get means over fewer than w days (it never looks ahead, so it keeps the 2 points of the no-look-ahead cell)
# feedback: min_periods
# score: 2
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    demand = frame.groupby("product", sort=False)["demand"]
    features = {f"lag_{k}": demand.shift(k) for k in lags}
    for w in windows:
        features[f"rolling_mean_{w}"] = demand.transform(lambda s: s.shift(1).rolling(w, min_periods=1).mean())
    return pd.DataFrame(features, index=frame.index)
