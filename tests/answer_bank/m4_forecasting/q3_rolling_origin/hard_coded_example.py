# verdict: wrong
# misconception: hard-coded to the worked example: returns the three folds of rolling_origin_splits(10, 6, 2, 1) whatever the arguments
# feedback: worked example
# score: 0
def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The example's folds."""
    return [(np.arange(6), np.array([6, 7])), (np.arange(7), np.array([7, 8])), (np.arange(8), np.array([8, 9]))]
