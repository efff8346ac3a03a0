# verdict: wrong
# misconception: counts back from the end, y[-1 - h % m]: the last season is replayed backwards (step 1 gets y[-1], step 2 y[-2], ...)
# feedback: the last season is read backwards
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by going back one season from the end."""
    y = np.asarray(y, dtype=float)
    return np.array([y[-1 - h % m] for h in range(horizon)])
