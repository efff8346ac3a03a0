# verdict: wrong
# misconception: writes the maths literally, lower <= y <= upper, which Python expands to "and" of two arrays: ValueError
# feedback: raised ValueError
# score: 0
def interval_coverage(y, lower, upper) -> float:
    """Share of outcomes inside their interval, bounds included."""
    y, lower, upper = np.asarray(y, dtype=float), np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    return float(np.mean(lower <= y <= upper))
