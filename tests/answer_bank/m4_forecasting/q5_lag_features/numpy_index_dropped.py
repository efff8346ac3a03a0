# verdict: wrong
# misconception: passes the visible example (whose index is 0..n-1): NumPy per product (products in order of appearance), then pd.DataFrame of the arrays WITHOUT index=frame.index: right on SHOP, whose index is 0..n-1, but not indexed like any other frame (passes the first test cell, fails the second)
# feedback: with the same index
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    columns = {f"lag_{k}": [] for k in lags} | {f"rolling_mean_{w}": [] for w in windows}
    for name in frame["product"].unique():
        d = frame.loc[frame["product"] == name, "demand"].to_numpy(dtype=float)
        for k in lags:
            lag = np.full(len(d), np.nan)
            lag[k:] = d[:len(d) - k]
            columns[f"lag_{k}"].append(lag)
        for w in windows:
            mean = np.full(len(d), np.nan)
            for t in range(w, len(d)):
                mean[t] = d[t - w:t].mean()
            columns[f"rolling_mean_{w}"].append(mean)
    return pd.DataFrame({c: np.concatenate(v) if v else np.array([]) for c, v in columns.items()})
