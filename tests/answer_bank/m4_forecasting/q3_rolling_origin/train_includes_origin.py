# verdict: wrong
# misconception: reads "train on 0 ... origin" as inclusive, np.arange(origin + 1): the training part holds the first test index (look-ahead)
# feedback: lets the model see the future
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs."""
    return [(np.arange(origin + 1), np.arange(origin, origin + horizon))
            for origin in range(initial, n - horizon + 1, step)]
