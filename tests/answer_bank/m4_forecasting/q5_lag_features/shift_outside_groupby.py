# verdict: wrong
# misconception: rolling mean within each product, then .shift(1) on the whole column (outside the groupby): each product's first day gets the previous product's last weekly mean
# feedback: of ANOTHER product
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    demand = frame.groupby("product", sort=False)["demand"]
    features = {f"lag_{k}": demand.shift(k) for k in lags}
    for w in windows:
        features[f"rolling_mean_{w}"] = demand.transform(lambda s: s.rolling(w).mean()).shift(1)
    return pd.DataFrame(features, index=frame.index)
