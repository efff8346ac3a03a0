# verdict: wrong
# misconception: checks that each product's days follow each other, as lesson 4.3 does, with date.diff() == pd.Timedelta(days=1): right on datetimes, but the statement allows ISO-string dates, which cannot be subtracted
# feedback: raised TypeError
# score: 0
def lag_features(frame: pd.DataFrame, lags, windows) -> pd.DataFrame:
    """Per-product lags and rolling means built only from earlier days."""
    steps = frame.groupby("product", sort=False)["date"].diff().dropna()
    if not (steps == pd.Timedelta(days=1)).all():
        raise ValueError("a product has a missing or repeated day")
    by = frame.groupby("product", sort=False)["demand"]
    result = pd.DataFrame(index=frame.index)
    for k in lags:
        result[f"lag_{k}"] = by.shift(k)
    for w in windows:
        result[f"rolling_mean_{w}"] = by.transform(lambda s: s.shift(1).rolling(w).mean())
    return result
