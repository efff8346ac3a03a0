# verdict: wrong
# misconception: groupby(...).apply(lambda s: s.shift(k)): apply prepends the product to the index (group_keys), so the result is indexed (product, row) instead of like frame
# feedback: with the same index
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    demand = frame.groupby("product")["demand"]
    features = {f"lag_{k}": demand.apply(lambda s: s.shift(k)) for k in lags}
    for w in windows:
        features[f"rolling_mean_{w}"] = demand.apply(lambda s: s.shift(1).rolling(w).mean())
    return pd.DataFrame(features)
