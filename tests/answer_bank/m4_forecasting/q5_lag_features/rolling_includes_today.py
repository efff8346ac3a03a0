# verdict: wrong
# misconception: rolling(w).mean() without shift(1): the window ends today, so the feature contains the demand it is meant to predict
# feedback: the rolling mean includes the row's own day
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means."""
    demand = frame.groupby("product", sort=False)["demand"]
    features = {f"lag_{k}": demand.shift(k) for k in lags}
    for w in windows:
        features[f"rolling_mean_{w}"] = demand.transform(lambda s: s.rolling(w).mean())
    return pd.DataFrame(features, index=frame.index)
