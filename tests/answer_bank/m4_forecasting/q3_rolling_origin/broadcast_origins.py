# verdict: correct
# misconception: NumPy: the origins with np.arange, every test window at once by broadcasting origins[:, None] + np.arange(horizon)
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs for a rolling-origin backtest."""
    origins = np.arange(initial, n - horizon + 1, step)
    tests = origins[:, None] + np.arange(horizon)
    return [(np.arange(origin), test) for origin, test in zip(origins, tests)]
