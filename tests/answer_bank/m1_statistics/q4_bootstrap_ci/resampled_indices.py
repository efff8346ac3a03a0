# verdict: correct
# misconception: draws bootstrap indices with rng.integers (with replacement) and takes np.percentile of the statistics
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval from resampled indices."""
    x = np.asarray(x, dtype=float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(x), size=(n_resamples, len(x)))
    boot = np.array([statistic(x[i]) for i in idx])
    alpha = 100 * (1 - level) / 2
    low, high = np.percentile(boot, [alpha, 100 - alpha])
    return float(low), float(high)
