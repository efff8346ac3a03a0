# verdict: correct
# misconception: no groupby: shift the whole (product, date)-sorted column, then blank the rows whose window reaches back into another product (product.shift(k) != product)
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    demand, product = frame["demand"].astype(float), frame["product"]
    features = {}
    for k in lags:
        features[f"lag_{k}"] = demand.shift(k).where(product.shift(k) == product)
    for w in windows:
        # the window covers the w rows before t: all of the same product iff row t - w is
        features[f"rolling_mean_{w}"] = demand.shift(1).rolling(w).mean().where(product.shift(w) == product)
    return pd.DataFrame(features, index=frame.index)
