# verdict: wrong
# misconception: returns the number of outcomes inside (a count), not their share
# feedback: coverage is a share
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y = np.asarray(y, dtype=float)
    return float(np.sum((np.asarray(lower) <= y) & (y <= np.asarray(upper))))
