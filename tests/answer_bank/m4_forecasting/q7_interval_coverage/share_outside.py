# verdict: wrong
# misconception: returns the share of misses (y below lower or above upper) instead of the share inside
# feedback: share outside the interval
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y = np.asarray(y, dtype=float)
    missed = (y < np.asarray(lower)) | (y > np.asarray(upper))
    return float(missed.mean())
