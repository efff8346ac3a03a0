# verdict: wrong
# misconception: the standard error uses np.std's default ddof=0
# feedback: np.std's default divisor n
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    se = np.std(x) / np.sqrt(n)
    q = stats.t.ppf((1 + level) / 2, n - 1)
    return (x.mean() - q * se, x.mean() + q * se)
