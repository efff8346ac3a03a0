# verdict: wrong
# misconception: passes the visible example (default level): the 0.975 quantile is typed in, so `level` is ignored: always the 95 % interval
# feedback: ignores `level`
# score: 0
def mean_ci(x, level: float = 0.95) -> tuple[float, float]:
    """Confidence interval for the mean."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    half_width = stats.t.ppf(0.975, n - 1) * x.std(ddof=1) / np.sqrt(n)
    return float(x.mean() - half_width), float(x.mean() + half_width)
