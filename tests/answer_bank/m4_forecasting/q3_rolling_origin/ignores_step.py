# verdict: wrong
# misconception: passes the visible example (step = 1): moves the origin by one position every time, ignoring `step`
# feedback: while a full test window fits give
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs for a rolling-origin backtest."""
    folds = []
    origin = initial
    while origin + horizon <= n:
        folds.append((np.arange(0, origin), np.arange(origin, origin + horizon)))
        origin += 1
    return folds
