# verdict: wrong
# misconception: np.tile(last_season, horizon // m): the floor division drops the partial last season, so horizon 6 with m = 4 gives 4 forecasts
# feedback: but the answer has shape (6,)
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by tiling the last season."""
    last_season = np.asarray(y, dtype=float)[-m:]
    return np.tile(last_season, horizon // m)
