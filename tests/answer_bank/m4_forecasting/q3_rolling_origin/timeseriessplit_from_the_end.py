# verdict: wrong
# misconception: scikit-learn's TimeSeriesSplit(n_splits, test_size=horizon): it anchors the folds at the END of the series and moves by test_size, not by step from `initial`
# feedback: fold 0 should train on 0…5
# score: 0
from sklearn.model_selection import TimeSeriesSplit


def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Expanding-window (train, test) index pairs from scikit-learn."""
    n_folds = (n - initial - horizon) // step + 1
    return list(TimeSeriesSplit(n_splits=n_folds, test_size=horizon).split(np.arange(n)))
