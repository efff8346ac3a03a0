# verdict: wrong
# misconception: np.std's default ddof=0 (divisor n) instead of the sample standard deviation
# feedback: ddof=0
# score: 0
def standard_error(x) -> float:
    """Standard error of the sample mean."""
    return float(np.std(x) / np.sqrt(len(x)))
