# verdict: wrong
# misconception: the half-width uses the standard deviation s instead of the standard error s / sqrt(n)
# feedback: the standard deviation is used instead of the standard error
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    q = stats.t.ppf((1 + level) / 2, len(x) - 1)
    s = x.std(ddof=1)
    return float(x.mean() - q * s), float(x.mean() + q * s)
