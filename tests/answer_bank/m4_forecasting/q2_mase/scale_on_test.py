# verdict: wrong
# misconception: computes the seasonal-naive scale on the test window instead of the training series
# feedback: computed on the test window
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    y_test = np.asarray(y_test, dtype=float)
    mae = np.mean(np.abs(y_test - np.asarray(forecast, dtype=float)))
    scale = np.mean(np.abs(y_test[m:] - y_test[:-m]))
    return float(mae / scale)
