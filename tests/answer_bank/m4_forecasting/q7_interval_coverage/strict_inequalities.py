# verdict: wrong
# misconception: counts outcomes ON a bound as outside (lower < y < upper), which with whole units loses many covered days
# feedback: on a bound are counted as outside
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y = np.asarray(y, dtype=float)
    return float(np.mean((np.asarray(lower) < y) & (y < np.asarray(upper))))
