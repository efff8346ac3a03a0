# verdict: wrong
# misconception: translates "0 ... origin-1" literally into np.arange(0, origin - 1), which stops one step early and leaves out the last training day
# feedback: the training part stops one step before the origin
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs."""
    folds = []
    for origin in range(initial, n - horizon + 1, step):
        folds.append((np.arange(0, origin - 1), np.arange(origin, origin + horizon)))
    return folds
