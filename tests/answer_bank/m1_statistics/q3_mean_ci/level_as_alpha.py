# verdict: wrong
# misconception: treats level as alpha: t.ppf(1 - level / 2) is a quantile near the middle, a far too narrow interval
# feedback: `level` was used as if it were alpha
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    q = stats.t.ppf(1 - level / 2, n - 1)
    se = x.std(ddof=1) / np.sqrt(n)
    return (x.mean() - q * se, x.mean() + q * se)
