# verdict: correct
# misconception: a while loop that moves the origin on while origin + horizon <= n
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs for a rolling-origin backtest."""
    folds, origin = [], initial
    while origin + horizon <= n:
        folds.append((np.arange(0, origin), np.arange(origin, origin + horizon)))
        origin += step
    return folds
