# verdict: correct
# misconception: scikit-learn's mean_absolute_error for both the forecast and the in-sample seasonal naive (y[m:] against y[:-m])
from sklearn.metrics import mean_absolute_error


def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    y_train = np.asarray(y_train, dtype=float)
    scale = mean_absolute_error(y_train[m:], y_train[:-m])
    return float(mean_absolute_error(np.asarray(y_test, dtype=float), np.asarray(forecast, dtype=float)) / scale)
