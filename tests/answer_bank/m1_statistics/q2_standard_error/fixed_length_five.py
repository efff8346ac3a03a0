# verdict: wrong
# misconception: passes the visible example: divides by sqrt(5), the example's sample size, instead of sqrt(len(x))
# feedback: the sample size is fixed at 5
# score: 0
def standard_error(x) -> float:
    """Standard error of the sample mean."""
    s = np.std(np.asarray(x, dtype=float), ddof=1)
    return float(s / np.sqrt(5))
