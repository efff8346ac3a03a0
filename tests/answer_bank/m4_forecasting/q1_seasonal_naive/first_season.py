# verdict: wrong
# misconception: repeats the first season of the data, y[:m], instead of the most recent one
# feedback: it repeats the FIRST season of the data
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating one season."""
    y = np.asarray(y, dtype=float)
    season = y[:m]
    return season[np.arange(horizon) % m]
