# verdict: wrong
# misconception: root mean squared error of each fold instead of the MAE
# feedback: root mean squared error of each fold
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Error of ``forecaster`` on each fold of a backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        forecast = np.asarray(forecaster(y[np.asarray(train)], len(test)), dtype=float)
        errors.append(np.sqrt(np.mean((y[np.asarray(test)] - forecast) ** 2)))
    return np.array(errors)
