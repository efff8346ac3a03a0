# verdict: correct
# misconception: plain Python loops: the in-sample seasonal naive forecast of each y_t is y_{t-m}; the scale is its MAE
def mase(y_train, y_test, forecast, m: int) -> float:
    """Mean absolute scaled error."""
    train = [float(v) for v in np.asarray(y_train)]
    test = [float(v) for v in np.asarray(y_test)]
    fc = [float(v) for v in np.asarray(forecast)]
    in_sample = [abs(train[t] - train[t - m]) for t in range(m, len(train))]
    scale = sum(in_sample) / len(in_sample)
    mae = sum(abs(a - f) for a, f in zip(test, fc)) / len(test)
    return mae / scale
