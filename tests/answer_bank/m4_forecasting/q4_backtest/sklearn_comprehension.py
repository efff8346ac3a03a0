# verdict: correct
# misconception: a list comprehension with np.take and scikit-learn's mean_absolute_error
from sklearn.metrics import mean_absolute_error


def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    values = np.asarray(y, dtype=float)
    return np.array([mean_absolute_error(np.take(values, test), forecaster(np.take(values, train), len(test)))
                     for train, test in splits])
