# verdict: wrong
# misconception: 1-based steps h = 1..H used as last_season[h % m] (the lesson's (h - 1) % m without the - 1): every forecast is taken one day too late in the season
# feedback: expected [ 7.,  8.,  9., 10.,  7.,  8.]
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    last_season = np.asarray(y, dtype=float)[-m:]
    h = np.arange(1, horizon + 1)
    return last_season[h % m]
