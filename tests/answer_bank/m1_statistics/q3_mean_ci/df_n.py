# verdict: wrong
# misconception: n degrees of freedom instead of n - 1
# feedback: the degrees of freedom are n
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    q = stats.t.ppf((1 + level) / 2, df=n)
    se = x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - q * se), float(x.mean() + q * se)
