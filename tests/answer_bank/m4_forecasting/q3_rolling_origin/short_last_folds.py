# verdict: wrong
# misconception: moves the origin until the end of the series and cuts the last test windows short (min(origin + horizon, n)) instead of stopping when a full window no longer fits
# feedback: only folds with a full test window count
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs."""
    folds = []
    for origin in range(initial, n, step):
        folds.append((np.arange(origin), np.arange(origin, min(origin + horizon, n))))
    return folds
