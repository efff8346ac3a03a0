# verdict: wrong
# misconception: returns the standard deviation of the claims, not of their mean (no division by sqrt(n))
# feedback: not of their mean
# score: 0
def standard_error(x) -> float:
    """Standard error of the sample mean."""
    return float(np.std(x, ddof=1))
