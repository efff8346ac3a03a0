# verdict: wrong
# misconception: a sliding window that keeps the last `initial` points instead of an expanding window from 0
# feedback: EXPANDING window
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Sliding-window (train, test) index pairs."""
    return [(np.arange(origin - initial, origin), np.arange(origin, origin + horizon))
            for origin in range(initial, n - horizon + 1, step)]
