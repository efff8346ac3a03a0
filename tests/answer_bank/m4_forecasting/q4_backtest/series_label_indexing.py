# verdict: wrong
# misconception: passes the visible example (a list): wraps y in pd.Series and indexes it with y[train_index] / y[test_index]: that looks up index LABELS, not positions, so it only works when the index happens to be 0..n-1 (a Series with a date index, or an integer index not starting at 0, raises KeyError)
# feedback: raised KeyError
# score: 0
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    y = pd.Series(y, dtype=float)
    maes = []
    for train, test in splits:
        forecast = np.asarray(forecaster(y[train].to_numpy(), len(test)), dtype=float)
        maes.append(float((y[test] - forecast).abs().mean()))
    return np.array(maes)
