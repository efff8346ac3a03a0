# verdict: correct
# misconception: np.tile the last season ceil(horizon / m) times, then cut to horizon
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    last_season = np.asarray(y, dtype=float)[-m:]
    repeats = -(-horizon // m)  # ceiling division
    return np.tile(last_season, repeats)[:horizon]
