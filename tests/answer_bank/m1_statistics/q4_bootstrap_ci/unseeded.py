# verdict: wrong
# misconception: ignores `seed` and draws from NumPy's global generator: right interval, but not reproducible
# feedback: returned two different results
# score: 2
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval."""
    x = np.asarray(x, dtype=float)
    boot = [statistic(np.random.choice(x, size=x.size)) for _ in range(n_resamples)]
    low, high = np.quantile(boot, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)
