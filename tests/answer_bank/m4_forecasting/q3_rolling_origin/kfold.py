# verdict: wrong
# misconception: scikit-learn's KFold as for tabular data: most folds train on data after the test window (look-ahead)
# feedback: shuffled K-fold
# score: 0
from sklearn.model_selection import KFold


def rolling_origin_splits(n: int, initial: int, horizon: int, step: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(train, test) index pairs from K-fold cross-validation."""
    n_folds = (n - initial - horizon) // step + 1
    return list(KFold(n_splits=max(n_folds, 2)).split(np.arange(n)))
