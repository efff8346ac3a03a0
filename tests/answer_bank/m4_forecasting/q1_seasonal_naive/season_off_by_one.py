# verdict: wrong
# misconception: off-by-one slice of the last season, y[-m-1:-1]: drops the last observation and starts one step too early
# feedback: the season is off by one step
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    y = np.asarray(y, dtype=float)
    last_season = y[-m - 1:-1]
    return np.array([last_season[h % m] for h in range(horizon)])
