# verdict: wrong
# misconception: a percentage-style error: MAE divided by the mean level of the training series
# feedback: the scale is the mean of the training series
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Scaled forecast error."""
    mae = np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)))
    return float(mae / np.mean(np.asarray(y_train, dtype=float)))
