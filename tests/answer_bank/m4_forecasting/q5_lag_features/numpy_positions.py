# verdict: correct
# misconception: NumPy per product, written back by position (np.flatnonzero of each product's rows) into arrays laid out like frame, returned with index=frame.index
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    products = frame["product"].to_numpy()
    demand = frame["demand"].to_numpy(dtype=float)
    columns = [f"lag_{k}" for k in lags] + [f"rolling_mean_{w}" for w in windows]
    out = {c: np.full(len(frame), np.nan) for c in columns}
    for name in pd.unique(products):
        rows = np.flatnonzero(products == name)
        d = demand[rows]
        for k in lags:
            out[f"lag_{k}"][rows[k:]] = d[:len(d) - k]
        for w in windows:
            if len(d) > w:
                sums = np.cumsum(np.concatenate([[0.0], d]))
                out[f"rolling_mean_{w}"][rows[w:]] = (sums[w:len(d)] - sums[:len(d) - w]) / w
    return pd.DataFrame(out, index=frame.index, columns=columns)
