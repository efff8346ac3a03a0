# verdict: correct
# misconception: np.logical_and of the two comparisons, counted with np.count_nonzero and divided by the size
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y = np.asarray(y, dtype=float)
    inside = np.logical_and(np.greater_equal(y, lower), np.less_equal(y, upper))
    return np.count_nonzero(inside) / y.size
