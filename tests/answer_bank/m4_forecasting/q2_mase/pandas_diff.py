# verdict: correct
# misconception: pandas by position: pd.Series(...).diff(m) gives the seasonal differences (first m are NaN and skipped by mean)
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    train = pd.Series(np.asarray(y_train, dtype=float))
    mae = (pd.Series(np.asarray(y_test, dtype=float)) - np.asarray(forecast, dtype=float)).abs().mean()
    scale = train.diff(m).abs().mean()
    return float(mae / scale)
