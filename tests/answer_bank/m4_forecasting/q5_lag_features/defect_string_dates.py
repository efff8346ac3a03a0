# verdict: correct
# misconception: defect (issue 17, m4 q5): accepts string dates: parses `date` with pd.to_datetime, checks that every product's days follow each other, and builds the features per product on a date index; the hidden call passed a frame without a `date` column (KeyError)
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    dates = pd.to_datetime(frame["date"])
    gaps = dates.groupby(frame["product"], sort=False).diff().dropna()
    assert (gaps == pd.Timedelta(days=1)).all(), "every product needs one row per day, in date order"
    pieces = []
    for name, rows in frame.groupby("product", sort=False):
        s = rows["demand"].astype(float)
        piece = pd.DataFrame(index=rows.index)
        for k in lags:
            piece[f"lag_{k}"] = s.shift(k)
        for w in windows:
            piece[f"rolling_mean_{w}"] = s.shift(1).rolling(w).mean()
        pieces.append(piece)
    columns = [f"lag_{k}" for k in lags] + [f"rolling_mean_{w}" for w in windows]
    return pd.concat(pieces).reindex(index=frame.index, columns=columns)
