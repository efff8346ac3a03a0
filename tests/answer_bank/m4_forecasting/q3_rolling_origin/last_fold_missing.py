# verdict: wrong
# misconception: off-by-one in the loop bound, range(initial, n - horizon, step): the last origin whose test window ends exactly at the end of the series is dropped
# feedback: the last fold is missing
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs."""
    return [(np.arange(origin), np.arange(origin, origin + horizon))
            for origin in range(initial, n - horizon, step)]
