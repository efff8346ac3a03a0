# verdict: correct
# misconception: np.resize cycles the last season to horizon values
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    return np.resize(np.asarray(y, dtype=float)[-m:], horizon)
