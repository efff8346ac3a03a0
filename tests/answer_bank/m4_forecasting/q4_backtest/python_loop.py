# verdict: correct
# misconception: plain Python: the history built value by value from the training positions, the MAE summed by hand
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    values = [float(v) for v in np.asarray(y)]
    maes = []
    for train, test in splits:
        history = np.array([values[int(i)] for i in train])
        forecast = list(forecaster(history, len(test)))
        total = sum(abs(values[int(i)] - float(f)) for i, f in zip(test, forecast))
        maes.append(total / len(test))
    return np.array(maes)
