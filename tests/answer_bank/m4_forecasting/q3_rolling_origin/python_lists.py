# verdict: correct
# misconception: plain Python lists of positions (list(range(...))) instead of NumPy arrays
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs for a rolling-origin backtest."""
    folds = []
    for origin in range(initial, n + 1, step):
        if origin + horizon > n:
            break
        folds.append((list(range(origin)), list(range(origin, origin + horizon))))
    return folds
