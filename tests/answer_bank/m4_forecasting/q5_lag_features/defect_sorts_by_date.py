# verdict: correct
# misconception: defect (issue 17, m4 q5): sorts by product and date first, as lesson 4.3 advises ("one row per day, in date order"), then puts the rows back in frame's order; the hidden call passed a frame without a `date` column (KeyError)
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    ordered = frame.sort_values(["product", "date"], kind="stable")
    demand = ordered.groupby("product", sort=False)["demand"]
    out = pd.DataFrame(index=ordered.index)
    for k in lags:
        out[f"lag_{k}"] = demand.shift(k)
    for w in windows:
        out[f"rolling_mean_{w}"] = demand.transform(lambda s: s.shift(1).rolling(w).mean())
    return out.loc[frame.index]
