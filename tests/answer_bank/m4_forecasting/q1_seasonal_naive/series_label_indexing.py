# verdict: wrong
# misconception: passes the visible example (a list): keeps a pandas Series as it arrives and reads last_season[h % m]: on a Series with a date index (pandas 3) the integer is a LABEL, not a position, so the hidden test's monthly Series raises KeyError
# feedback: Your code raised KeyError
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """Forecast ``horizon`` steps by repeating the last observed season."""
    last_season = y[-m:]
    return np.array([last_season[h % m] for h in range(horizon)], dtype=float)
