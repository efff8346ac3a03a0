# verdict: wrong
# misconception: passes the visible example (a list): converts only lists to arrays and keeps a pandas Series as it arrives: y_train[m:] - y_train[:-m] then subtracts by index LABEL (pandas aligns), giving zeros and NaN, a scale of 0 and an infinite MASE on the hidden Series
# feedback: by INDEX LABEL
# score: 0
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    if isinstance(y_train, list):
        y_train = np.array(y_train, dtype=float)
    mae = np.mean(np.abs(np.asarray(y_test, dtype=float) - np.asarray(forecast, dtype=float)))
    scale = np.mean(np.abs(y_train[m:] - y_train[:-m]))
    return float(mae / scale)
