# verdict: wrong
# misconception: returns the forecast's MAE, never divided by the in-sample seasonal-naive scale
# feedback: this is the unscaled MAE
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute error of the forecast."""
    return float(np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float))))
