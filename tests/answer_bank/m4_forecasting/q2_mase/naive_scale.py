# verdict: wrong
# misconception: scales by the one-step naive forecast, np.diff(y_train), ignoring the seasonal period m
# feedback: the scale uses one-step differences
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    y_train = np.asarray(y_train, dtype=float)
    mae = np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)))
    return float(mae / np.mean(np.abs(np.diff(y_train))))
