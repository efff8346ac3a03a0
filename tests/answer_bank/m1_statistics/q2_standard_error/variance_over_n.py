# verdict: wrong
# misconception: the variance divided by n, forgetting the square root
# feedback: that is the variance divided by n
# score: 0
def standard_error(x) -> float:
    """Standard error of the sample mean."""
    x = pd.Series(x, dtype=float)
    return float(x.var() / len(x))
