# verdict: wrong
# misconception: np.diff(y_train, n=m) for the seasonal differences: n is the ORDER of differencing (differences of differences), not the lag; the lag-m difference is y[m:] - y[:-m]
# feedback: ORDER difference
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    y_train = np.asarray(y_train, dtype=float)
    mae = np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)))
    scale = np.mean(np.abs(np.diff(y_train, n=m)))
    return float(mae / scale)
