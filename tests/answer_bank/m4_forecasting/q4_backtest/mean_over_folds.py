# verdict: wrong
# misconception: averages the fold MAEs into one number instead of returning one MAE per fold
# feedback: one number for all folds
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of the backtest."""
    y = np.asarray(y, dtype=float)
    errors = []
    for train, test in splits:
        forecast = np.asarray(forecaster(y[np.asarray(train)], len(test)), dtype=float)
        errors.append(np.mean(np.abs(y[np.asarray(test)] - forecast)))
    return float(np.mean(errors))
