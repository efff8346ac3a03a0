# verdict: wrong
# misconception: off-by-one slice y[:train[-1]]: the end of a slice is exclusive, so the last training value (the most recent one) is left out
# feedback: but got 2 values
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        forecast = np.asarray(forecaster(y[:train[-1]], len(test)), dtype=float)
        errors.append(np.mean(np.abs(y[np.asarray(test)] - forecast)))
    return np.array(errors)
