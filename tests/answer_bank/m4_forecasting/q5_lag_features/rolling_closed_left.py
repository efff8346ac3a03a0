# verdict: correct
# misconception: rolling(w, closed="left") within each product: the window excludes the row's own day, no shift needed
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    demand = frame.groupby("product")["demand"]
    out = pd.DataFrame(index=frame.index)
    for k in lags:
        out[f"lag_{k}"] = demand.shift(k)
    for w in windows:
        out[f"rolling_mean_{w}"] = demand.transform(lambda s: s.rolling(w, closed="left").mean())
    return out
