# verdict: wrong
# misconception: off-by-one look-ahead: the history is y[:test[0] + 1], which includes the first test value the forecast is scored on
# feedback: it saw the future it is scored on
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        test = np.asarray(test)
        forecast = np.asarray(forecaster(y[:test[0] + 1], len(test)), dtype=float)
        errors.append(np.mean(np.abs(y[test] - forecast)))
    return np.array(errors)
