# verdict: correct
# misconception: within each product, the rolling mean ending today shifted by one day (rolling(w).mean().shift(1)), the same window as shift(1).rolling(w)
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    demand = frame.groupby("product", sort=False)["demand"]
    lag_columns = [demand.shift(k).rename(f"lag_{k}") for k in lags]
    mean_columns = [demand.transform(lambda s: s.rolling(w).mean().shift(1)).rename(f"rolling_mean_{w}")
                    for w in windows]
    return pd.concat(lag_columns + mean_columns, axis=1).reindex(frame.index)
