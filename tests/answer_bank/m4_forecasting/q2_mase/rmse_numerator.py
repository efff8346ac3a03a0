# verdict: wrong
# misconception: root mean squared error of the forecast divided by the seasonal naive's in-sample MAE
# feedback: the numerator is the root mean squared error
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Scaled forecast error."""
    y_train = np.asarray(y_train, dtype=float)
    error = np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)
    scale = np.mean(np.abs(y_train[m:] - y_train[:-m]))
    return float(np.sqrt(np.mean(error ** 2)) / scale)
