# verdict: wrong
# misconception: the scale sums the T - m seasonal differences but divides by T, the length of the training series
# feedback: returned 2.25, expected 1.5
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    y_train = np.asarray(y_train, dtype=float)
    mae = np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)))
    scale = np.sum(np.abs(y_train[m:] - y_train[:-m])) / len(y_train)
    return float(mae / scale)
