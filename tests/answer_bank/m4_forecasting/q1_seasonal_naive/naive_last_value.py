# verdict: wrong
# misconception: the naive forecast: repeats the last observed value instead of the last season
# feedback: this is the naive forecast
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observation."""
    y = np.asarray(y, dtype=float)
    return np.repeat(y[-1], horizon)
