# verdict: wrong
# misconception: gives the forecaster the whole series (forgets to cut it at the origin), so it sees the test window
# feedback: including some from the TEST window
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        forecast = np.asarray(forecaster(y, len(test)), dtype=float)
        errors.append(np.mean(np.abs(y[np.asarray(test)] - forecast)))
    return np.array(errors)
