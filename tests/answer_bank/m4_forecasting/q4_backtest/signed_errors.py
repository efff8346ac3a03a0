# verdict: wrong
# misconception: the mean error with its sign (bias), forgetting the absolute value, so over- and under-forecasts cancel
# feedback: averaged with their signs
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Error of ``forecaster`` on each fold of a backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        forecast = np.asarray(forecaster(y[np.asarray(train)], len(test)), dtype=float)
        errors.append(np.mean(y[np.asarray(test)] - forecast))
    return np.array(errors)
