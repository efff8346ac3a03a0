# verdict: wrong
# misconception: percentiles of the raw data instead of percentiles of the bootstrap statistics (far too wide: it covers the mean every time)
# feedback: percentiles of the claims themselves
# score: 0
def bootstrap_percentile_ci(x, statistic, n_resamples: int = 2000, level: float = 0.95,
                            seed: int = 0) -> tuple[float, float]:
    """Bootstrap percentile confidence interval."""
    x = np.asarray(x, dtype=float)
    low, high = np.quantile(x, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)
