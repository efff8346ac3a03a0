# verdict: wrong
# misconception: divides the standard deviation by n instead of sqrt(n)
# feedback: divided by n instead of sqrt(n)
# score: 0
def standard_error(x) -> float:
    """Standard error of the sample mean."""
    x = np.asarray(x, dtype=float)
    return float(x.std(ddof=1) / len(x))
