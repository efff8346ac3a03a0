# verdict: wrong
# misconception: shifts and rolls the whole demand column without grouping by product, so each product's first days take the previous product's last sales
# feedback: the features run across products
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Lags and rolling means built only from earlier rows."""
    demand = frame["demand"]
    features = {f"lag_{k}": demand.shift(k) for k in lags}
    for w in windows:
        features[f"rolling_mean_{w}"] = demand.shift(1).rolling(w).mean()
    return pd.DataFrame(features, index=frame.index)
