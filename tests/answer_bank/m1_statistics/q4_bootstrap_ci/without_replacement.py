# verdict: wrong
# misconception: resampling without replacement (a permutation of x): every resample has the same statistic, zero width
# feedback: resampling without replacement
# score: 0
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval."""
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    boot = [statistic(rng.choice(x, size=x.size, replace=False)) for _ in range(n_resamples)]
    low, high = np.percentile(boot, [100 * (1 - level) / 2, 100 * (1 + level) / 2])
    return float(low), float(high)
