# verdict: correct
# misconception: scipy.stats.sem, whose default is already ddof=1
def standard_error(x) -> float:
    """Standard error of the sample mean, with scipy."""
    return float(stats.sem(np.asarray(x, dtype=float)))
