# verdict: correct
# misconception: pandas by position: pd.Series(y).iloc[train_index] as the history (passed on as a NumPy array), fold errors preallocated
def backtest(y, forecaster, splits) -> np.ndarray:
    """Mean absolute error of ``forecaster`` on each fold of a backtest."""
    series = pd.Series(np.asarray(y, dtype=float))
    maes = np.empty(len(splits))
    for k, (train, test) in enumerate(splits):
        history = series.iloc[list(train)].to_numpy()
        actual = series.iloc[list(test)].to_numpy()
        forecast = np.asarray(forecaster(history, len(actual)), dtype=float)
        maes[k] = np.abs(actual - forecast).mean()
    return maes
