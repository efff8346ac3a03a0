# verdict: wrong
# misconception: hard-coded to the worked example: returns array([1.0, 3.5]) without calling the forecaster
# feedback: called the forecaster 0 times
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """The example's fold errors."""
    return np.array([1.0, 3.5])
