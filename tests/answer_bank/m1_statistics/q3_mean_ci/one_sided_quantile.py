# verdict: wrong
# misconception: stats.t.ppf(level, n - 1), a one-sided quantile, instead of t.ppf((1 + level) / 2, n - 1)
# feedback: one-sided quantile
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    q = stats.t.ppf(level, n - 1)
    se = x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - q * se), float(x.mean() + q * se)
