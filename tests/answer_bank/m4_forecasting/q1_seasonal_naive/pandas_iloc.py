# verdict: correct
# misconception: pandas throughout, by position: pd.Series(y).iloc with the lesson's index T - m + (h - 1) % m
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    series = pd.Series(y, dtype=float)
    T = len(series)
    positions = [T - m + (h - 1) % m for h in range(1, horizon + 1)]
    return series.iloc[positions].to_numpy()
