# verdict: wrong
# misconception: cuts 1 - level from each tail (5 % and 95 % quantiles) instead of (1 - level) / 2
# feedback: the tails are wrong
# score: 0
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval."""
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    boot = [statistic(rng.choice(x, size=x.size, replace=True)) for _ in range(n_resamples)]
    low, high = np.quantile(boot, [1 - level, level])
    return float(low), float(high)
