# verdict: wrong
# misconception: loops over frame.groupby("product") (which SORTS the products alphabetically) and glues the groups' values back with np.concatenate: the rows no longer line up with frame when products are not in alphabetical order, as in SHOP
# feedback: First difference at position
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    features = {}
    for k in lags:
        features[f"lag_{k}"] = np.concatenate([g.shift(k).to_numpy() for _, g in frame.groupby("product")["demand"]])
    for w in windows:
        features[f"rolling_mean_{w}"] = np.concatenate(
            [g.shift(1).rolling(w).mean().to_numpy() for _, g in frame.groupby("product")["demand"]])
    return pd.DataFrame(features, index=frame.index)
