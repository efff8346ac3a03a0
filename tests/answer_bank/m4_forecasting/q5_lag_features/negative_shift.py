# verdict: wrong
# misconception: shift(-k) for "k days earlier": negative shifts pull FUTURE demand into the row (look-ahead in the lags)
# feedback: changed lag_1, lag_7 on that day or earlier
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means."""
    demand = frame.groupby("product", sort=False)["demand"]
    features = {f"lag_{k}": demand.shift(-k) for k in lags}
    for w in windows:
        features[f"rolling_mean_{w}"] = demand.transform(lambda s: s.shift(1).rolling(w).mean())
    return pd.DataFrame(features, index=frame.index)
