# verdict: wrong
# misconception: leaves a one-step gap: each test window starts at origin + 1 instead of the origin, and the loop stops one origin early so the shifted window still fits
# feedback: returned 2 folds
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs."""
    return [(np.arange(origin), np.arange(origin + 1, origin + 1 + horizon))
            for origin in range(initial, n - horizon, step)]
