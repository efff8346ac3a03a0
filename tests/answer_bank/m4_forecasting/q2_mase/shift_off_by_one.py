# verdict: wrong
# misconception: off-by-one in the seasonal shift: compares y[m+1:] with y[:-m-1], differences m + 1 steps apart
# feedback: m + 1 steps apart
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    y_train = np.asarray(y_train, dtype=float)
    mae = np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)))
    scale = np.mean(np.abs(y_train[m + 1:] - y_train[:-m - 1]))
    return float(mae / scale)
