# verdict: wrong
# misconception: compares the arguments without np.asarray: on lists, <= compares the whole lists lexicographically and gives one boolean
# feedback: expected 0.6
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    inside = (lower <= y) & (y <= upper)
    return float(np.mean(inside))
