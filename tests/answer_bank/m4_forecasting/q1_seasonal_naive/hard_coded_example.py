# verdict: wrong
# misconception: hard-coded to the worked example: returns array([7, 8, 9, 10, 7, 8]) whatever y, m and horizon
# feedback: worked example
# score: 0
def seasonal_naive(y, m: int, horizon: int) -> np.ndarray:
    """The example's forecast."""
    return np.array([7.0, 8.0, 9.0, 10.0, 7.0, 8.0])
