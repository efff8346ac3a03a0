# verdict: wrong
# misconception: checks only the upper bound (y <= upper), forgetting outcomes below the interval
# feedback: only the upper bound
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y = np.asarray(y, dtype=float)
    return float(np.mean(y <= np.asarray(upper, dtype=float)))
