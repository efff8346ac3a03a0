# verdict: wrong
# misconception: passes the training POSITIONS (train_index) to the forecaster instead of the training values y[train_index]
# feedback: should get the 3 training values, oldest first
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        forecast = np.asarray(forecaster(np.asarray(train), len(test)), dtype=float)
        errors.append(np.mean(np.abs(y[np.asarray(test)] - forecast)))
    return np.array(errors)
